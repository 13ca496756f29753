// Accept and decline, shared by the offer cards' buttons and the keyboard
// shortcuts, so both show the same progress and errors.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import type { Interaction } from '../../lib/bridge-types';
import { liveErrorText, liveProblemCode } from '../live/live-errors';
import { useContactStep } from '../live/live-hooks';
import { useChatUiStore } from '../chat/chat-ui-store';
import { recoverFocusToInbox } from './focus-helpers';
import { useInboxStore } from './inbox-store';
import { answerInteraction, callOfInteraction, isRingingHere, phoneCommand } from '../phone/phone-actions';
import { refusalText } from '../phone/refusal-text';

export interface OfferSteps {
  accept(offer: Interaction): void;
  decline(offer: Interaction): void;
  /** The offer a step is running for. */
  busyId: string | null;
  error: { id: string; text: string } | null;
}

export function useOfferSteps(): OfferSteps {
  const { t } = useTranslation();
  const step = useContactStep();
  const announce = useUiStore((s) => s.announce);
  const openWhenReady = useInboxStore((s) => s.openWhenReady);
  const [error, setError] = useState<OfferSteps['error']>(null);

  const fail = (id: string) => (failure: unknown) =>
    setError({ id, text: t('inbox.stepFailed', { message: liveProblemCode(failure) === 'offline' ? t('live.offline') : liveErrorText(failure) }) });

  return {
    accept(offer) {
      if (step.isPending) return;
      setError(null);
      // A call routed by the platform is answered on the phone: the backend
      // refuses REST accept for it and takes the answer from the platform.
      if (offer.channel === 'phone' && isRingingHere(offer.id)) {
        void answerInteraction(offer.id).then((result) => {
          const refusal = refusalText(result);
          if (refusal) {
            setError({ id: offer.id, text: t('inbox.stepFailed', { message: refusal }) });
            return;
          }
          // The case opens once the backend has it (see phone/use-call-watch.ts).
          announce(t('inbox.accepted'));
        });
        return;
      }
      step.mutate(
        { id: offer.id, step: 'accept' },
        {
          onSuccess: (accepted) => {
            if (accepted.channel === 'chat') {
              // A chat opens in the chat area with the cursor in its composer; its case opens beside it.
              announce(t('chat.accepted'));
              const chat = useChatUiStore.getState();
              chat.select(accepted.id);
              chat.focusComposer(accepted.id);
              if (accepted.caseId) openWhenReady(accepted.caseId, { focusNote: false });
              return;
            }
            announce(t('inbox.accepted'));
            // Focus follows to the case's note box once the case is there (see use-open-accepted-case.ts).
            if (accepted.caseId) openWhenReady(accepted.caseId);
          },
          onError: fail(offer.id),
        },
      );
    },
    decline(offer) {
      if (step.isPending) return;
      setError(null);
      step.mutate(
        { id: offer.id, step: 'decline' },
        {
          onSuccess: () => {
            // The routing engine has the call back; stop it ringing here at once
            // rather than wait for the platform to cancel this leg.
            const call = offer.channel === 'phone' ? callOfInteraction(offer.id) : null;
            if (call?.status === 'ringing') void phoneCommand({ kind: 'reject', callId: call.id });
            announce(t('inbox.declined'));
            recoverFocusToInbox();
          },
          onError: fail(offer.id),
        },
      );
    },
    busyId: step.isPending ? (step.variables?.id ?? null) : null,
    error,
  };
}
