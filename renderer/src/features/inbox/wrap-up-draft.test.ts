import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../lib/bridge-types';
import { casePatch, finishBlock, formValues, wrapUpEntries, type WrapUpDraft } from './wrap-up-draft';

const contact = (id: string, state: Interaction['state']): Interaction => ({
  id,
  channel: 'phone',
  queueId: 'phone-sv',
  language: 'sv',
  state,
  consumerId: null,
  caseId: `case-${id}`,
  topicId: null,
  from: '+46701234567',
  subject: null,
  note: null,
  arrivedAt: '2026-11-25T09:00:00.000Z',
  availableAt: '2026-11-25T09:00:00.000Z',
  targetAdviserId: null,
  offeredTo: null,
  offeredAt: null,
  offerExpiresAt: null,
  offers: 1,
  adviserId: 'me',
  acceptedAt: '2026-11-25T09:00:05.000Z',
  wrapUpAt: state === 'wrap_up' ? '2026-11-25T09:05:00.000Z' : null,
  wrapUpUntil: state === 'wrap_up' ? '2026-11-25T09:06:00.000Z' : null,
  doneAt: null,
  endedAt: null,
  endReason: null,
  version: 3,
  updatedAt: '2026-11-25T09:05:00.000Z',
});

const draft = (id: string, over: Partial<WrapUpDraft> = {}): WrapUpDraft => ({
  interactionId: id,
  userId: 'me',
  caseId: `case-${id}`,
  channel: 'phone',
  startedAt: '2026-11-25T09:05:10.000Z',
  closeCase: true,
  ...over,
});

const openCase = { topicId: null, outcome: null, status: 'open' as const, referrals: [] };

describe('wrapUpEntries: keeping drafts', () => {
  it('shows a form for each contact in wrap-up, with its draft', () => {
    const entries = wrapUpEntries([contact('a', 'active'), contact('b', 'wrap_up')], { b: draft('b', { outcome: 'answered' }) }, 'me', true);
    expect(entries.map((e) => [e.id, e.interaction?.state, e.draft?.outcome, e.expired])).toEqual([['b', 'wrap_up', 'answered', false]]);
  });

  it('keeps the draft when the server ended the wrap-up (time ran out): the contact is gone, the form stays, marked expired', () => {
    const entries = wrapUpEntries([], { b: draft('b', { topicId: 'topic-1', outcome: 'referred' }) }, 'me', true);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: 'b', interaction: null, expired: true, draft: { topicId: 'topic-1', outcome: 'referred' } });
  });

  it('leaves nothing behind for a wrap-up in which nothing was filled in', () => {
    expect(wrapUpEntries([], {}, 'me', true)).toEqual([]);
  });

  it('does not call a draft expired while the live picture is not known (disconnected, or still loading after a reload)', () => {
    expect(wrapUpEntries([], { b: draft('b') }, 'me', false)[0]).toMatchObject({ id: 'b', interaction: null, expired: false });
  });

  it('does not show a draft as left over while its contact is still held (e.g. ending it is on its way)', () => {
    expect(wrapUpEntries([contact('a', 'active')], { a: draft('a') }, 'me', true)).toEqual([]);
  });

  it('never shows another adviser’s draft from the same workstation', () => {
    expect(wrapUpEntries([], { b: draft('b', { userId: 'someone-else' }) }, 'me', true)).toEqual([]);
    expect(wrapUpEntries([contact('b', 'wrap_up')], { b: draft('b', { userId: 'someone-else' }) }, 'me', true)[0]?.draft).toBeNull();
  });

  it('lists left-over drafts after the live ones, oldest first', () => {
    const drafts = { y: draft('y', { startedAt: '2026-11-25T09:10:00.000Z' }), x: draft('x', { startedAt: '2026-11-25T09:01:00.000Z' }) };
    expect(wrapUpEntries([contact('b', 'wrap_up')], drafts, 'me', true).map((e) => e.id)).toEqual(['b', 'x', 'y']);
  });
});

describe('formValues', () => {
  it('shows the case’s own values until the adviser changes them, and closes the case by default', () => {
    expect(formValues(null, { topicId: 't1', outcome: null })).toEqual({ topicId: 't1', outcome: null, closeCase: true });
    expect(formValues(draft('a', { topicId: '', outcome: 'answered', closeCase: false }), { topicId: 't1', outcome: null })).toEqual({
      topicId: '',
      outcome: 'answered',
      closeCase: false,
    });
    expect(formValues(null, null)).toEqual({ topicId: '', outcome: null, closeCase: true });
  });
});

describe('casePatch', () => {
  it('writes topic, outcome and closing when they differ from the case', () => {
    expect(casePatch(draft('a', { topicId: 't2', outcome: 'answered' }), openCase)).toEqual({ topicId: 't2', outcome: 'answered', status: 'closed' });
  });

  it('writes nothing twice: a second finish after the first was written changes nothing', () => {
    expect(casePatch(draft('a', { topicId: 't2', outcome: 'answered' }), { topicId: 't2', outcome: 'answered', status: 'closed' })).toBeNull();
  });

  it('leaves the case open when the adviser unticks closing', () => {
    expect(casePatch(draft('a', { outcome: 'outside_remit', closeCase: false }), openCase)).toEqual({ outcome: 'outside_remit' });
  });

  it('clears the topic when the adviser chose "no topic"', () => {
    expect(casePatch(draft('a', { topicId: '', outcome: 'answered', closeCase: false }), { ...openCase, topicId: 't1' })).toEqual({ topicId: null, outcome: 'answered' });
  });
});

describe('finishBlock', () => {
  it('asks for an outcome', () => {
    expect(finishBlock(draft('a'), openCase)).toBe('needs_outcome');
    expect(finishBlock(null, openCase)).toBe('needs_outcome');
  });

  it('asks for a referral before closing as referred, as closing a case does', () => {
    expect(finishBlock(draft('a', { outcome: 'referred' }), openCase)).toBe('needs_referral');
    expect(finishBlock(draft('a', { outcome: 'referred' }), { ...openCase, referrals: [{ id: 'r' } as never] })).toBeNull();
    expect(finishBlock(draft('a', { outcome: 'referred', closeCase: false }), openCase)).toBeNull();
  });

  it('lets an answered contact finish', () => {
    expect(finishBlock(draft('a', { outcome: 'answered' }), openCase)).toBeNull();
  });
});
