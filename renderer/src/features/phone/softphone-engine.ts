// The softphone itself: the call machine's state, the SIP adapter carrying
// out its effects, and the line's upkeep (credentials fetched, renewed
// before they expire, the platform retried after a drop). One engine runs
// per workstation: in the page in browser mode, in the hidden phone window
// in the desktop app. Everything else (UI, headset, relay) talks to it
// through `PhoneClient` (phone-client.ts).
import { apply, decide } from './call-machine';
import { INITIAL_PHONE_STATE, REGISTER_REFUSED, type CommandResult, type PhoneCommand, type PhoneState, type SipEvent } from './call-types';
import type { CredentialsAnswer, PhoneCredentials } from './credentials';
import { renewDelayMs, retryDelayMs } from './line-timing';
import type { SipAdapter } from './sip-adapter';

export interface EngineDeps {
  createAdapter(onEvent: (event: SipEvent) => void): SipAdapter;
  fetchCredentials(): Promise<CredentialsAnswer>;
  newId(): string;
  now?(): number;
  random?(): number;
}

export interface SoftphoneEngine {
  state(): PhoneState;
  subscribe(listener: (state: PhoneState) => void): () => void;
  command(command: PhoneCommand): CommandResult;
  /** Fetches credentials and registers (signed in). */
  start(): Promise<void>;
  /** Unregisters and ends every call (signing out, closing). */
  stop(): Promise<void>;
}

export function createSoftphoneEngine(deps: EngineDeps): SoftphoneEngine {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  let state: PhoneState = INITIAL_PHONE_STATE;
  let running = false;
  let credentials: PhoneCredentials | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;
  let lastError: string | null = null;
  const listeners = new Set<(s: PhoneState) => void>();

  const set = (next: PhoneState) => {
    if (next === state) return;
    state = next;
    for (const l of [...listeners]) l(state);
  };

  const schedule = (ms: number, task: () => Promise<void>) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (running) void task();
    }, ms);
  };

  const adapter = deps.createAdapter(onSipEvent);

  function run(effects: ReturnType<typeof decide>['effects']): void {
    // In order, one after another: a hold must be sent before the consultation INVITE.
    void effects.reduce<Promise<void>>(
      (chain, effect) => chain.then(() => adapter.execute(effect)).catch((error: unknown) => console.error('softphone effect failed', effect.op, error)),
      Promise.resolve(),
    );
  }

  function onSipEvent(event: SipEvent): void {
    const step = apply(state, event, now());
    set(step.state);
    run(step.effects);
    if (!running) return;
    if (event.type === 'registered') {
      attempt = 0;
      // A reconnection replaced the renewal timer; put it back.
      if (credentials) schedule(renewDelayMs(credentials.expiresAt, now()), renew);
    }
    if (event.type === 'unregistered') {
      lastError = event.error;
      attempt += 1;
      schedule(retryDelayMs(attempt, random()), reconnect);
    }
  }

  async function reconnect(): Promise<void> {
    // Credentials may have expired while the platform was away.
    if (!credentials || Date.parse(credentials.expiresAt) <= now()) {
      await connect();
      return;
    }
    // Connected but refused (e.g. the password was rotated): fresh credentials, not a new socket.
    if (lastError?.startsWith(REGISTER_REFUSED)) {
      await renew();
      return;
    }
    try {
      await adapter.reconnect();
    } catch (error) {
      onSipEvent({ type: 'unregistered', error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function obtain(): Promise<PhoneCredentials | null> {
    const answer = await deps.fetchCredentials();
    if (!running) return null;
    if (answer.kind === 'not_configured') {
      set(apply(state, { type: 'not_configured' }, now()).state);
      return null;
    }
    if (answer.kind === 'error') {
      onSipEvent({ type: 'unregistered', error: answer.message });
      return null;
    }
    credentials = answer.credentials;
    schedule(renewDelayMs(answer.credentials.expiresAt, now()), renew);
    return answer.credentials;
  }

  async function connect(): Promise<void> {
    const fresh = await obtain();
    if (!fresh) return;
    try {
      await adapter.start(fresh);
    } catch (error) {
      onSipEvent({ type: 'unregistered', error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function renew(): Promise<void> {
    const fresh = await obtain();
    if (fresh) await adapter.renew(fresh);
  }

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    command(command) {
      const decision = decide(state, command, { now: now(), newId: deps.newId });
      set(decision.state);
      run(decision.effects);
      return decision.result;
    },
    async start() {
      if (running) return;
      running = true;
      attempt = 0;
      set(apply(state, { type: 'registering' }, now()).state);
      await connect();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      credentials = null;
      await adapter.stop();
      set(apply(state, { type: 'stopped' }, now()).state);
    },
  };
}
