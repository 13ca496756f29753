// Sends what is in the outbox: per chat one message at a time, oldest
// first, so the consumer reads them in the order they were written. A
// failure that may pass (no network, the bridge gone for a moment, the
// server busy) is retried with the same client id after a growing delay; a
// refusal for good (the chat has ended) marks the message failed. No React
// here: it keeps running whichever chat is on screen.
import type { ChatMessage } from '../../lib/bridge-types';
import type { ChatOutbox } from './chat-outbox';
import { nextToSend } from './pending-messages';
import { judgeFailure, retryDelayMs, SEND_TIMEOUT_MS } from './retry-policy';

export interface SenderDeps {
  outbox: ChatOutbox;
  post(chatId: string, clientId: string, text: string): Promise<ChatMessage>;
  now(): number;
  random(): number;
  /** Runs `fn` after `ms`; returns a cancel function. */
  schedule(ms: number, fn: () => void): () => void;
}

export interface ChatSender {
  /** Tries every message that is due now. */
  pump(): void;
  /** The connection is back: waiting messages go now instead of after their delay. */
  retryNow(): void;
  stop(): void;
}

export function createChatSender(deps: SenderDeps): ChatSender {
  const { outbox } = deps;
  /** Client id → the attempt running for it. */
  const inFlight = new Map<string, number>();
  let attemptNo = 0;
  let stopped = false;
  let wake: { at: number; cancel(): void } | null = null;
  let soon = false;

  const find = (clientId: string) => outbox.getState().pending.find((p) => p.clientId === clientId) ?? null;

  function wakeAt(at: number): void {
    if (wake && wake.at <= at) return;
    wake?.cancel();
    const cancel = deps.schedule(Math.max(0, at - deps.now()), () => {
      wake = null;
      pump();
    });
    wake = { at, cancel };
  }

  function attempt(clientId: string): void {
    const p = find(clientId);
    if (!p) return;
    const token = ++attemptNo;
    inFlight.set(clientId, token);
    outbox.getState().update(clientId, { attempts: p.attempts + 1, status: 'sending', nextAttemptAt: null });
    const current = () => inFlight.get(clientId) === token;
    const cancelTimeout = deps.schedule(SEND_TIMEOUT_MS, () => failed(new Error('No answer in time')));

    function succeeded(message: ChatMessage): void {
      // Even a late answer is news: the server has the message.
      outbox.getState().update(clientId, { status: 'sent', seq: message.seq, failure: null, nextAttemptAt: null });
      if (current()) {
        inFlight.delete(clientId);
        cancelTimeout();
      }
      pump();
    }
    function failed(error: unknown): void {
      if (!current()) return;
      inFlight.delete(clientId);
      cancelTimeout();
      const now = find(clientId);
      if (now && now.status !== 'sent') {
        const verdict = judgeFailure(error);
        if (verdict.retry) {
          const delay = Math.max(verdict.atLeastMs, retryDelayMs(now.attempts, deps.random()));
          outbox.getState().update(clientId, { status: 'retrying', nextAttemptAt: deps.now() + delay });
        } else {
          outbox.getState().update(clientId, { status: 'failed', failure: verdict.failure, nextAttemptAt: null });
        }
      }
      pump();
    }
    deps.post(p.chatId, p.clientId, p.text).then(succeeded, failed);
  }

  function pump(): void {
    if (stopped) return;
    const { pending } = outbox.getState();
    const now = deps.now();
    for (const chatId of new Set(pending.map((p) => p.chatId))) {
      const head = nextToSend(pending, chatId);
      if (!head || inFlight.has(head.clientId)) continue;
      if (head.nextAttemptAt !== null && head.nextAttemptAt > now) {
        wakeAt(head.nextAttemptAt);
        continue;
      }
      attempt(head.clientId);
    }
  }

  // A message added (or changed) while pumping is looked at once the current pass is over.
  const unsubscribe = outbox.subscribe(() => {
    if (soon || stopped) return;
    soon = true;
    queueMicrotask(() => {
      soon = false;
      pump();
    });
  });

  return {
    pump,
    retryNow() {
      const now = deps.now();
      for (const p of outbox.getState().pending) if (p.status === 'retrying') outbox.getState().update(p.clientId, { nextAttemptAt: now });
      pump();
    },
    stop() {
      stopped = true;
      unsubscribe();
      wake?.cancel();
      wake = null;
    },
  };
}
