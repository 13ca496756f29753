// The engine with a fake SIP adapter and a controlled clock: the line comes
// up with the backend's credentials, says when the service has no phone,
// renews the credentials before they expire, comes back after a dropped
// WebSocket, and carries the adviser's commands to SIP in order.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SipEffect, SipEvent } from './call-types';
import type { CredentialsAnswer, PhoneCredentials } from './credentials';
import type { SipAdapter } from './sip-adapter';
import { createSoftphoneEngine } from './softphone-engine';

const T0 = Date.parse('2026-11-30T10:00:00Z');

function credentials(expiresInMs: number): PhoneCredentials {
  return {
    wsUrl: 'wss://sip.example/ws', domain: 'sip.example', uri: 'sip:adviser@sip.example', authorizationUsername: 'adviser',
    password: 'secret', expiresAt: new Date(Date.now() + expiresInMs).toISOString(), displayName: 'Ada',
  };
}

function setup(answers: Array<() => CredentialsAnswer>) {
  let emit: (e: SipEvent) => void = () => undefined;
  const executed: SipEffect[] = [];
  const adapter = {
    start: vi.fn(async () => undefined),
    renew: vi.fn(async () => undefined),
    reconnect: vi.fn(async () => undefined),
    stop: vi.fn(async () => undefined),
    execute: vi.fn(async (e: SipEffect) => {
      executed.push(e);
    }),
    has: () => true,
  } satisfies SipAdapter;
  const fetchCredentials = vi.fn(async () => (answers.shift() ?? (() => ({ kind: 'error', message: 'none left' }) as const))());
  let n = 0;
  const engine = createSoftphoneEngine({
    createAdapter: (onEvent) => {
      emit = onEvent;
      return adapter;
    },
    fetchCredentials,
    newId: () => `c${++n}`,
    random: () => 0.999,
  });
  return { engine, adapter, fetchCredentials, executed, emit: (e: SipEvent) => emit(e) };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the softphone engine', () => {
  it('registers with the credentials the backend issues', async () => {
    const t = setup([() => ({ kind: 'ok', credentials: credentials(3_600_000) })]);
    await t.engine.start();
    expect(t.adapter.start).toHaveBeenCalledWith(expect.objectContaining({ uri: 'sip:adviser@sip.example' }));
    expect(t.engine.state().line).toBe('registering');
    t.emit({ type: 'registered' });
    expect(t.engine.state().line).toBe('registered');
  });

  it('says the service has no phone, and does not start SIP, on phone_not_configured', async () => {
    const t = setup([() => ({ kind: 'not_configured' })]);
    await t.engine.start();
    expect(t.engine.state().line).toBe('not_configured');
    expect(t.adapter.start).not.toHaveBeenCalled();
  });

  it('renews the credentials a minute before they expire', async () => {
    const t = setup([() => ({ kind: 'ok', credentials: credentials(600_000) }), () => ({ kind: 'ok', credentials: { ...credentials(600_000), password: 'next' } })]);
    await t.engine.start();
    t.emit({ type: 'registered' });
    await vi.advanceTimersByTimeAsync(539_000);
    expect(t.adapter.renew).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(t.fetchCredentials).toHaveBeenCalledTimes(2);
    expect(t.adapter.renew).toHaveBeenCalledWith(expect.objectContaining({ password: 'next' }));
  });

  it('connects again after the WebSocket drops, sooner the first time, and keeps renewing', async () => {
    const t = setup([() => ({ kind: 'ok', credentials: credentials(3_600_000) }), () => ({ kind: 'ok', credentials: credentials(3_600_000) })]);
    await t.engine.start();
    t.emit({ type: 'registered' });
    t.emit({ type: 'unregistered', error: 'connection closed' });
    expect(t.engine.state()).toMatchObject({ line: 'unregistered', lineError: 'connection closed' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(t.adapter.reconnect).toHaveBeenCalledTimes(1);
    t.emit({ type: 'unregistered', error: 'still down' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(t.adapter.reconnect).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(t.adapter.reconnect).toHaveBeenCalledTimes(2);
    t.emit({ type: 'registered' });
    expect(t.engine.state().line).toBe('registered');
    await vi.advanceTimersByTimeAsync(3_540_000);
    expect(t.adapter.renew).toHaveBeenCalledTimes(1);
  });

  it('fetches fresh credentials, rather than reconnecting, when the platform refuses the registration', async () => {
    const t = setup([() => ({ kind: 'ok', credentials: credentials(3_600_000) }), () => ({ kind: 'ok', credentials: { ...credentials(3_600_000), password: 'rotated' } })]);
    await t.engine.start();
    t.emit({ type: 'unregistered', error: 'REGISTER refused: 403' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(t.adapter.reconnect).not.toHaveBeenCalled();
    expect(t.adapter.renew).toHaveBeenCalledWith(expect.objectContaining({ password: 'rotated' }));
  });

  it('retries fetching credentials when the backend cannot be reached', async () => {
    const t = setup([() => ({ kind: 'error', message: 'offline' }), () => ({ kind: 'ok', credentials: credentials(3_600_000) })]);
    await t.engine.start();
    expect(t.engine.state().line).toBe('unregistered');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(t.adapter.start).toHaveBeenCalledTimes(1);
  });

  it('carries commands to SIP in order and refuses what the rules refuse', async () => {
    const t = setup([() => ({ kind: 'ok', credentials: credentials(3_600_000) })]);
    await t.engine.start();
    t.emit({ type: 'registered' });
    t.emit({ type: 'incoming', callId: 'in', remote: '0701234567', remoteName: null, interactionId: 'ix' });
    expect(t.engine.command({ kind: 'hold', callId: 'in' })).toEqual({ ok: false, code: 'not_active' });
    expect(t.engine.command({ kind: 'answerInteraction', interactionId: 'ix' })).toEqual({ ok: true, callId: 'in' });
    t.emit({ type: 'established', callId: 'in' });
    t.engine.command({ kind: 'warmTransferStart', callId: 'in', target: '081234567' });
    await vi.advanceTimersByTimeAsync(0);
    expect(t.executed.map((e) => e.op)).toEqual(['answer', 'hold', 'invite']);
  });

  it('tells subscribers about each change, and stops cleanly', async () => {
    const t = setup([() => ({ kind: 'ok', credentials: credentials(3_600_000) })]);
    const seen: string[] = [];
    t.engine.subscribe((s) => seen.push(s.line));
    await t.engine.start();
    t.emit({ type: 'registered' });
    await t.engine.stop();
    expect(seen).toEqual(['registering', 'registered', 'idle']);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(t.fetchCredentials).toHaveBeenCalledTimes(1);
  });
});
