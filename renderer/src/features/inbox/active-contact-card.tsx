// A contact in progress: how long it has run, its case (opened as soon as it
// is in the cache), End and Transfer; for a callback, dialling and the attempts.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import type { Interaction } from '../../lib/bridge-types';
import { displayReference } from '../../lib/format';
import { formatClock, secondsSince } from '../live/clock-format';
import { liveErrorText, liveProblemCode } from '../live/live-errors';
import { useArrivingCase, useContactStep, useServerNow } from '../live/live-hooks';
import { useChatUiStore } from '../chat/chat-ui-store';
import { ChannelIcon } from './channel-icon';
import { CallbackPanel } from '../callbacks/callback-panel';
import { ContactFacts } from './contact-facts';
import { focusIsLost } from './focus-helpers';
import { callOfInteraction, phoneCommand } from '../phone/phone-actions';

export function ActiveContactCard({ contact }: { contact: Interaction }) {
  const { t } = useTranslation();
  const headingId = useId();
  const now = useServerNow();
  const kase = useArrivingCase(contact.caseId).data ?? null;
  const selectCase = useUiStore((s) => s.selectCase);
  const openDialog = useUiStore((s) => s.openDialog);
  const announce = useUiStore((s) => s.announce);
  const end = useContactStep();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Focus left with the accepted offer's card: continue here (the case's note box takes it once the case is open).
    if (focusIsLost()) headingRef.current?.focus();
  }, []);

  const finish = () => {
    // A call on the phone ends by hanging up; the platform tells the backend.
    const call = contact.channel === 'phone' ? callOfInteraction(contact.id) : null;
    if (call) {
      void phoneCommand({ kind: 'hangup', callId: call.id });
      return;
    }
    end.mutate({ id: contact.id, step: 'end' }, { onSuccess: () => announce(t('inbox.ended')) });
  };
  const transfer = () => {
    // A call on the phone is moved by the phone (the backend gives it its place back in line).
    const call = contact.channel === 'phone' ? callOfInteraction(contact.id) : null;
    openDialog(call ? { kind: 'phoneTransfer', callId: call.id } : { kind: 'transfer', interactionId: contact.id });
  };
  const reference = kase ? (displayReference(kase.reference) ?? t('caseItem.newUnsynced')) : null;
  const failure = end.isError ? (liveProblemCode(end.error) === 'offline' ? t('live.offline') : liveErrorText(end.error)) : null;

  return (
    <li>
      <article className="contact-card active-card" data-contact-id={contact.id} aria-labelledby={headingId}>
        <div className="contact-card-head">
          <h3 id={headingId} ref={headingRef} tabIndex={-1} className="contact-title">
            <ChannelIcon channel={contact.channel} />
            {t('inbox.activeTitle', { channel: t(`channel.${contact.channel}`) })}
          </h3>
          <p className="contact-clock">
            <span className="visually-hidden">{t('inbox.activeFor')} </span>
            {formatClock(secondsSince(contact.acceptedAt, now))}
          </p>
        </div>
        {/* A chat's facts, note and conversation are in the chat area; its card stays short. A callback shows what to dial and how the attempts went. */}
        {contact.channel === 'callback' ? <CallbackPanel contact={contact} /> : contact.channel !== 'chat' && <ContactFacts contact={contact} />}
        <p className="contact-case">
          <span className="contact-case-label">{t('inbox.caseLabel')}: </span>
          {contact.caseId && reference && kase ? (
            <button type="button" className="link-button" onClick={() => selectCase(kase.id)} aria-label={t('inbox.openCase', { reference })}>
              {reference}
            </button>
          ) : (
            <span role="status">{t('inbox.loadingCase')}</span>
          )}
        </p>
        <div className="contact-actions">
          {contact.channel === 'chat' && (
            <button
              type="button"
              onClick={() => {
                const chat = useChatUiStore.getState();
                chat.select(contact.id);
                chat.focusComposer(contact.id);
              }}
            >
              {t('chat.toChat')}
            </button>
          )}
          <button type="button" className="primary" onClick={finish} disabled={end.isPending}>
            {t('inbox.end')}
          </button>
          <button type="button" onClick={transfer} disabled={end.isPending}>
            {t('inbox.transfer')}
          </button>
        </div>
        {failure && (
          <p className="form-error" role="alert">
            {t('inbox.stepFailed', { message: failure })}
          </p>
        )}
      </article>
    </li>
  );
}
