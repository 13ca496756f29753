// The workspace's side of the desktop app's phone window: a reloaded page
// gets the live call from the snapshot at once, later states from events,
// and a snapshot that arrives after a newer event does not undo it.
import { describe, expect, it } from 'vitest';
import type { DeskEvent, DeskWindowApi, PhoneCommand, PhoneSnapshot } from '../../../../electron/bridge';
import { INITIAL_PHONE_STATE, type PhoneState } from './call-types';
import { hostedPhoneClient } from './phone-client';
import { takesCalls } from './takes-calls';

function fakeDesk(snapshot: Promise<PhoneSnapshot>) {
  const listeners = new Set<(e: DeskEvent) => void>();
  const sent: PhoneCommand[] = [];
  const desk = {
    onEvent: (l: (e: DeskEvent) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    phoneState: () => snapshot,
    phoneCommand: async (c: PhoneCommand) => {
      sent.push(c);
      return { ok: true as const };
    },
  } as unknown as DeskWindowApi;
  return { desk, sent, emit: (e: DeskEvent) => listeners.forEach((l) => l(e)), listeners };
}

const registered: PhoneState = { ...INITIAL_PHONE_STATE, line: 'registered' };
const ringing: PhoneState = { ...registered, calls: [{ id: 'c', direction: 'inbound', remote: '0701234567', remoteName: null, interactionId: null, status: 'ringing', muted: false, role: 'main', pending: null, createdAt: 0, answeredAt: null, endedAt: null, endCause: null }] };

describe('hostedPhoneClient', () => {
  it('re-attaches a reloaded workspace to the phone window’s state, then follows its events', async () => {
    const f = fakeDesk(Promise.resolve({ hosted: true, state: ringing }));
    const seen: PhoneState[] = [];
    const off = hostedPhoneClient(f.desk).subscribe((s) => seen.push(s));
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual([ringing]);
    f.emit({ type: 'phone', state: registered });
    f.emit({ type: 'session', state: { signedIn: true, user: null, serverUrl: '' } });
    expect(seen).toEqual([ringing, registered]);
    off();
    expect(f.listeners.size).toBe(0);
  });

  it('keeps a newer event over a snapshot that answers late', async () => {
    let answer: (s: PhoneSnapshot) => void = () => undefined;
    const f = fakeDesk(new Promise((resolve) => (answer = resolve)));
    const seen: PhoneState[] = [];
    hostedPhoneClient(f.desk).subscribe((s) => seen.push(s));
    f.emit({ type: 'phone', state: registered });
    answer({ hosted: true, state: ringing });
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual([registered]);
  });

  it('sends commands over the bridge', async () => {
    const f = fakeDesk(Promise.resolve({ hosted: true, state: null }));
    await hostedPhoneClient(f.desk).command({ kind: 'hold', callId: 'c' });
    expect(f.sent).toEqual([{ kind: 'hold', callId: 'c' }]);
  });
});

describe('takesCalls', () => {
  it('gives a line to everyone who takes contacts, not to admins or nobody', () => {
    expect(['adviser', 'team_lead', 'supervisor'].map((role) => takesCalls({ role } as never))).toEqual([true, true, true]);
    expect(takesCalls({ role: 'admin' } as never)).toBe(false);
    expect(takesCalls(null)).toBe(false);
  });
});
