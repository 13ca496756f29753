// One line of the conversation: the consumer's, the adviser's (with whether
// it is on its way, sent, delivered or read — in words, the ticks only
// repeat them) or the service's own notices. Text is always text.
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/format';
import type { ChatMessage, Language } from '../../lib/bridge-types';
import { chatOutbox } from './chat-outbox';
import type { ConversationEntry } from './pending-messages';

type Status = 'sending' | 'retrying' | 'sent' | 'delivered' | 'read' | 'failed';

const TICKS: Record<Status, string> = { sending: '…', retrying: '…', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '!' };

function statusOf(message: ChatMessage): Status {
  return message.read ? 'read' : message.delivered ? 'delivered' : 'sent';
}


function StatusMark({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <span className={`msg-status status-${status}`}>
      <span className="msg-ticks" aria-hidden="true">
        {TICKS[status]}
      </span>{' '}
      {t(`chat.status.${status}`)}
    </span>
  );
}

export function ChatMessageItem({
  entry,
  language,
  me,
  consumerName = null,
}: {
  entry: ConversationEntry;
  language: Language;
  me: string | null;
  /** The name the consumer gave on the chat page, if any (their own words: shown as text, never trusted further). */
  consumerName?: string | null;
}) {
  const { t, i18n } = useTranslation();
  if (entry.kind === 'pending') {
    const p = entry.pending;
    return (
      <li className={`msg msg-adviser msg-pending${p.status === 'failed' ? ' msg-failed' : ''}`}>
        <p className="msg-meta">
          <span className="msg-who">{t('chat.you')}</span>
          <StatusMark status={p.status} />
        </p>
        <p className="msg-body" lang={language}>
          {p.text}
        </p>
        {p.status === 'failed' && (
          <p className="msg-failure">
            {t(`chat.failure.${p.failure ?? 'invalid'}`)}{' '}
            <button type="button" className="link-button" onClick={() => chatOutbox.getState().remove([p.clientId])}>
              {t('chat.discard')}
            </button>
          </p>
        )}
      </li>
    );
  }
  const m = entry.message;
  const time = (
    <time className="msg-time" dateTime={m.createdAt}>
      {formatTime(m.createdAt, i18n.language)}
    </time>
  );
  if (m.sender === 'system') {
    return (
      <li className="msg msg-system">
        <p>
          <span className="visually-hidden">{t('chat.service')}: </span>
          <span className="msg-body">{m.body}</span> {time}
        </p>
      </li>
    );
  }
  const mine = m.sender === 'adviser' && (m.authorName === null || m.authorName === me);
  const who = m.sender === 'consumer' ? (consumerName ?? t('chat.consumer')) : mine ? t('chat.you') : (m.authorName ?? t('chat.service'));
  return (
    <li className={`msg msg-${m.sender}`}>
      <p className="msg-meta">
        <span className="msg-who">{who}</span> {time}
        {m.sender === 'adviser' && <StatusMark status={statusOf(m)} />}
      </p>
      <p className="msg-body" lang={language}>
        {m.body}
      </p>
    </li>
  );
}
