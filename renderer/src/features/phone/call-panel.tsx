// The calls in hand, at the top of the work list: each call's card and, for
// the consumer's call, the screen pop of their earlier cases (matched on the
// caller's number in the local cache, as the inbox does for offers). After a
// call, one line says how it ended.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { EarlierCases } from '../inbox/earlier-cases';
import type { CallView } from './call-types';
import { CallCardView, type CallChoice } from './call-card';
import { phoneCommand } from './phone-actions';
import { usePhoneAvailable, usePhoneState } from './phone-hooks';
import { refusalText } from './refusal-text';

/** The consumer's number to look up: the caller of an inbound call, the number dialled for an outbound one. */
const lookupNumber = (call: CallView) => (call.role === 'main' && /^\+?\d{5,}$/.test(call.remote) ? call.remote : null);

export function CallPanel() {
  const { t } = useTranslation();
  const available = usePhoneAvailable();
  const state = usePhoneState();
  const openDialog = useUiStore((s) => s.openDialog);
  const announce = useUiStore((s) => s.announce);
  if (!available || (state.calls.length === 0 && !state.lastEnded)) return null;

  const choose = (choice: CallChoice) => {
    if (choice.kind === 'keypad') openDialog({ kind: 'phoneKeypad', callId: choice.callId });
    else if (choice.kind === 'transfer') openDialog({ kind: 'phoneTransfer', callId: choice.callId });
    else
      void phoneCommand(choice.command).then((result) => {
        const refusal = refusalText(result);
        if (refusal) announce(refusal);
      });
  };

  return (
    <section className="call-panel" aria-label={t('phone.panelLabel')}>
      {state.calls.length > 0 ? (
        <ul className="contact-list">
          {state.calls.map((call) => {
            const number = lookupNumber(call);
            return (
              <li key={call.id}>
                <CallCardView call={call} transfer={state.transfer} onChoose={choose} />
                {/* A routed call's offer card already shows the history while it rings. */}
                {number && !(call.status === 'ringing' && call.interactionId) && <EarlierCases from={number} />}
              </li>
            );
          })}
        </ul>
      ) : (
        state.lastEnded?.endCause && <p className="muted small">{t('phone.lastEnded', { cause: t(`phone.ended_${state.lastEnded.endCause}`) })}</p>
      )}
    </section>
  );
}
