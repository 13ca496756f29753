import { describe, expect, it } from 'vitest';
import type { Presence } from '../../lib/bridge-types';
import { CHOSEN_REASONS, isChosenReason, presenceLook, toggledPresence } from './presence-look';

const presence = (over: Partial<Presence> = {}): Presence => ({
  userId: 'u1',
  displayName: 'Vera Vägledare',
  intent: 'ready',
  state: 'ready',
  reason: null,
  since: '2026-11-25T09:00:00.000Z',
  idleSince: '2026-11-25T09:00:00.000Z',
  channels: ['phone'],
  languages: ['sv'],
  capacity: {},
  load: {},
  wrapUpUntil: null,
  profileVersion: 1,
  ...over,
});

describe('presenceLook', () => {
  it('says "not connected" while the live connection is down, whatever the last presence was', () => {
    expect(presenceLook(presence(), false)).toEqual({ kind: 'disconnected' });
    expect(presenceLook(null, true)).toEqual({ kind: 'disconnected' });
  });

  it('shows the state and, only when not ready, the reason', () => {
    expect(presenceLook(presence(), true)).toMatchObject({ kind: 'state', state: 'ready', reason: null, then: null });
    expect(presenceLook(presence({ intent: 'not_ready', state: 'not_ready', reason: 'meeting' }), true)).toMatchObject({ state: 'not_ready', reason: 'meeting' });
    expect(presenceLook(presence({ intent: 'not_ready', state: 'not_ready', reason: 'missed' }), true)).toMatchObject({ state: 'not_ready', reason: 'missed' });
  });

  it('tells what follows a contact when the adviser already chose not ready or offline', () => {
    expect(presenceLook(presence({ intent: 'not_ready', state: 'busy', reason: 'break' }), true)).toMatchObject({
      state: 'busy',
      reason: null,
      then: { intent: 'not_ready', reason: 'break' },
    });
    expect(presenceLook(presence({ intent: 'offline', state: 'wrap_up' }), true)).toMatchObject({ state: 'wrap_up', then: { intent: 'offline', reason: null } });
    expect(presenceLook(presence({ intent: 'ready', state: 'busy' }), true)).toMatchObject({ state: 'busy', then: null });
  });
});

describe('toggledPresence', () => {
  it('goes not ready with the reason chosen last when ready', () => {
    expect(toggledPresence(presence(), 'training')).toEqual({ intent: 'not_ready', reason: 'training' });
  });

  it('follows the intent: during a call with the intent ready, it means not ready afterwards', () => {
    expect(toggledPresence(presence({ state: 'busy' }), 'break')).toEqual({ intent: 'not_ready', reason: 'break' });
  });

  it('goes ready from not ready, offline, or an unknown presence', () => {
    expect(toggledPresence(presence({ intent: 'not_ready', state: 'not_ready', reason: 'break' }), 'break')).toEqual({ intent: 'ready' });
    expect(toggledPresence(presence({ intent: 'offline', state: 'offline' }), 'break')).toEqual({ intent: 'ready' });
    expect(toggledPresence(null, 'break')).toEqual({ intent: 'ready' });
  });
});

describe('isChosenReason', () => {
  it('accepts the five reasons an adviser picks, not the system reasons or junk', () => {
    for (const r of CHOSEN_REASONS) expect(isChosenReason(r)).toBe(true);
    for (const r of ['missed', 'disconnected', '', null, 3, 'BREAK']) expect(isChosenReason(r)).toBe(false);
  });
});
