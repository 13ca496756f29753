// One article in the side panel: safe Markdown, copy link, open on the web,
// put the link in the open case's note or in the chat on screen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { articleUrl } from '../../lib/article-url';
import { copyText } from '../../lib/clipboard';
import { desk } from '../../lib/desk';
import { errorMessage } from '../../lib/error-message';
import { Markdown } from '../../lib/markdown-view';
import { useChatTarget } from '../chat/chat-hooks';
import { useChatUiStore } from '../chat/chat-ui-store';
import { useArticle } from './knowledge-queries';

export function ArticleView({ id }: { id: string }) {
  const { t } = useTranslation();
  const article = useArticle(id);
  const openArticle = useUiStore((s) => s.openArticle);
  const announce = useUiStore((s) => s.announce);
  const selectedCaseId = useUiStore((s) => s.selectedCaseId);
  const [copyFailed, setCopyFailed] = useState(false);
  const chat = useChatTarget();
  const takesContacts = useUiStore((s) => s.session?.user?.role !== 'admin');
  const back = () => {
    openArticle(null);
    useUiStore.getState().requestFocus('knowledgeSearch');
  };
  const open = (url: string) => void desk().openExternal(url);

  const backButton = (
    <button type="button" className="link-button back-button" onClick={back}>
      ← {t('knowledge.back')}
    </button>
  );
  if (article.isPending) return <p>{t('common.loading')}</p>;
  if (article.isError) return <p role="alert">{t('common.error', { message: errorMessage(article.error) })}</p>;
  if (!article.data) {
    return (
      <div>
        {backButton}
        <p>{t('knowledge.notFound')}</p>
      </div>
    );
  }
  const a = article.data;
  const url = articleUrl(a.slug);

  const copy = async () => {
    const ok = await copyText(url);
    setCopyFailed(!ok);
    if (ok) announce(t('knowledge.copied'));
  };
  const addToNote = () => {
    if (!selectedCaseId) return;
    const { noteDrafts, setNoteDraft, requestFocus } = useUiStore.getState();
    const current = noteDrafts[selectedCaseId] ?? '';
    setNoteDraft(selectedCaseId, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${a.title}: ${url}`);
    announce(t('knowledge.addedToNote'));
    requestFocus('noteBox');
  };
  const addToChat = () => {
    if (!chat) return;
    const ui = useChatUiStore.getState();
    ui.insert(chat.interaction.id, `${a.title}: ${url}`);
    ui.focusComposer(chat.interaction.id);
    announce(t('chat.linkInserted'));
  };

  return (
    <article className="article" aria-labelledby="article-title">
      {backButton}
      <h2 id="article-title" lang={a.language}>{a.title}</h2>
      <p className="article-summary" lang={a.language}>{a.summary}</p>
      <div className="article-actions">
        <button type="button" onClick={() => void copy()}>
          {t('knowledge.copyLink')}
        </button>
        <button type="button" onClick={() => open(url)}>
          {t('knowledge.openWeb')}
        </button>
        {selectedCaseId && (
          <button type="button" onClick={addToNote}>
            {t('knowledge.addToNote')}
          </button>
        )}
        {takesContacts && (
          <button type="button" onClick={addToChat} disabled={!chat} aria-describedby={chat ? undefined : 'article-chat-hint'}>
            {t('chat.insertLink')}
          </button>
        )}
      </div>
      {takesContacts && !chat && (
        <p id="article-chat-hint" className="visually-hidden">
          {t('chat.insertLinkNoChat')}
        </p>
      )}
      {copyFailed && (
        <div className="field">
          <p role="alert">{t('knowledge.copyFailed')}</p>
          <label htmlFor="article-link">{t('knowledge.link')}</label>
          <input id="article-link" readOnly value={url} onFocus={(e) => e.target.select()} />
        </div>
      )}
      <div className="article-body" lang={a.language}>
        <Markdown source={a.body} topHeadingLevel={3} onOpenLink={open} />
      </div>
    </article>
  );
}
