import { describe, expect, it } from 'vitest';
import type { Presence } from '../../lib/bridge-types';
import { countByState, loadEntries, mergeProfile, orderedChannels, secondsInState, sortAdvisers } from './adviser-view';

const at = (hhmmss: string) => `2026-11-25T${hhmmss}.000Z`;

function adviser(displayName: string, state: Presence['state'], since: string, extra: Partial<Presence> = {}): Presence {
  return {
    userId: displayName.toLowerCase(),
    displayName,
    intent: state === 'busy' || state === 'wrap_up' ? 'ready' : state,
    state,
    reason: state === 'not_ready' ? 'break' : null,
    since,
    idleSince: since,
    channels: ['phone', 'chat'],
    languages: ['sv'],
    capacity: { phone: 1, chat: 3 },
    load: {},
    wrapUpUntil: null,
    profileVersion: 1,
    ...extra,
  };
}

describe('secondsInState', () => {
  const now = Date.parse(at('10:00:00'));

  it('counts whole seconds since the state began, on the server clock', () => {
    expect(secondsInState(at('09:58:30'), now)).toBe(90);
    expect(secondsInState(at('09:59:59'), now + 999)).toBe(1);
    expect(secondsInState(at('08:00:00'), now)).toBe(7200);
  });

  it('shows 0 for a start slightly in the future (clock skew) or an unreadable time', () => {
    expect(secondsInState(at('10:00:02'), now)).toBe(0);
    expect(secondsInState('not a time', now)).toBe(0);
  });

  it('ticks: one second later is one more second', () => {
    const since = at('09:59:00');
    expect(secondsInState(since, now + 1000) - secondsInState(since, now)).toBe(1);
  });
});

describe('sortAdvisers', () => {
  it('orders by state (ready, busy, wrap-up, not ready, offline), then longest in state, then name', () => {
    const list = [
      adviser('Olle', 'offline', at('07:00:00')),
      adviser('Nora', 'not_ready', at('09:50:00')),
      adviser('Bea', 'busy', at('09:55:00')),
      adviser('Ada', 'ready', at('09:59:00')),
      adviser('Cai', 'ready', at('09:40:00')),
      adviser('Wim', 'wrap_up', at('09:58:00')),
      adviser('Alva', 'ready', at('09:40:00')),
    ];
    expect(sortAdvisers(list).map((a) => a.displayName)).toEqual(['Alva', 'Cai', 'Ada', 'Bea', 'Wim', 'Nora', 'Olle']);
  });

  it('leaves the input as it was', () => {
    const list = [adviser('B', 'offline', at('07:00:00')), adviser('A', 'ready', at('07:00:00'))];
    sortAdvisers(list);
    expect(list.map((a) => a.displayName)).toEqual(['B', 'A']);
  });
});

describe('countByState', () => {
  it('counts every state, zero for the absent ones', () => {
    const list = [adviser('A', 'ready', at('09:00:00')), adviser('B', 'ready', at('09:00:00')), adviser('C', 'not_ready', at('09:00:00'))];
    expect(countByState(list)).toEqual({ ready: 2, busy: 0, wrap_up: 0, not_ready: 1, offline: 0 });
  });
});

describe('loadEntries', () => {
  it('lists only channels with contacts in hand, in channel order, with the capacity', () => {
    expect(loadEntries({ load: { chat: 2, phone: 1, email: 0 }, capacity: { phone: 1, chat: 3 } })).toEqual([
      { channel: 'phone', load: 1, capacity: 1 },
      { channel: 'chat', load: 2, capacity: 3 },
    ]);
  });

  it('is empty for an adviser holding nothing', () => {
    expect(loadEntries({ load: {}, capacity: { phone: 1 } })).toEqual([]);
  });

  it('reports a capacity of 0 when the profile has none for a channel with load', () => {
    expect(loadEntries({ load: { forum: 1 }, capacity: {} })).toEqual([{ channel: 'forum', load: 1, capacity: 0 }]);
  });
});

describe('orderedChannels', () => {
  it('puts channels in the fixed channel order', () => {
    expect(orderedChannels(['social', 'phone', 'email'])).toEqual(['phone', 'email', 'social']);
  });
});

describe('mergeProfile', () => {
  const board = adviser('Ada', 'busy', at('09:00:00'), { channels: ['phone'], languages: ['sv'], profileVersion: 3 });

  it('takes a newer profile but keeps the live state and times', () => {
    const newer = adviser('Ada', 'offline', at('08:00:00'), { channels: ['chat', 'email'], languages: ['sv', 'en'], profileVersion: 4 });
    const merged = mergeProfile(board, newer);
    expect(merged.channels).toEqual(['chat', 'email']);
    expect(merged.languages).toEqual(['sv', 'en']);
    expect(merged.profileVersion).toBe(4);
    expect(merged.state).toBe('busy');
    expect(merged.since).toBe(board.since);
  });

  it('ignores a profile the board already has or has passed', () => {
    expect(mergeProfile(board, adviser('Ada', 'ready', at('09:00:00'), { channels: ['social'], profileVersion: 3 }))).toBe(board);
    expect(mergeProfile(board, adviser('Ada', 'ready', at('09:00:00'), { channels: ['social'], profileVersion: 2 }))).toBe(board);
    expect(mergeProfile(board, undefined)).toBe(board);
  });
});
