// Shown in place of the composer once a chat has ended: who ended it, that
// the transcript is on its way to the case (and when it has arrived through
// sync), and the way to the wrap-up.
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../lib/bridge-types';
import type { HeldChat } from './chat-hooks';
import { transcriptOnCase } from './chat-transcript';
import { contactCardHeading, focusWhenThere } from './focus-later';

const KNOWN_ENDS = new Set(['adviser', 'consumer_ended', 'consumer_inactive']);

export function ChatEndedNote({ chat, kase }: { chat: HeldChat; kase: CaseView | null }) {
  const { t } = useTranslation();
  const reason = chat.interaction.endReason ?? '';
  const saved = transcriptOnCase(kase, chat.interaction);
  return (
    <div className="chat-ended">
      <p className="chat-ended-reason">
        <strong>{t(`chat.ended.${KNOWN_ENDS.has(reason) ? (reason as 'adviser') : 'other'}`)}</strong> {t('chat.wrapUpHint')}
      </p>
      <p className={saved ? 'chat-transcript saved' : 'chat-transcript'} role="status">
        <span className="transcript-mark" aria-hidden="true">
          {saved ? '✓' : '…'}
        </span>{' '}
        {saved ? t('chat.transcriptSaved') : t('chat.transcriptSaving')}
      </p>
      <button type="button" onClick={() => focusWhenThere(contactCardHeading(chat.interaction.id))}>
        {t('chat.toWrapUp')}
      </button>
    </div>
  );
}
