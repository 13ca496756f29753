import { describe, expect, it } from 'vitest';
import type { Interaction, LiveEvent } from '../../bridge.js';
import { applyEvent, emptyModel, lapseTyping, syncChats, workOf } from './live-state.js';

const ME = 'me';
const contact = (over: Partial<Interaction> = {}): Interaction =>
  ({ id: 'c1', state: 'offered', offeredTo: ME, adviserId: null, version: 2, arrivedAt: '2026-11-25T09:00:00.000Z', ...over }) as Interaction;
const model = () => ({ ...emptyModel(), userId: ME });
const offer = (i: Interaction, seq = 1): LiveEvent => ({ type: 'offer', seq, at: '2026-11-25T09:00:00.000Z', interaction: i });

describe('applying live events', () => {
  it('reports a new offer once, however often it is applied', () => {
    const m = model();
    expect(applyEvent(m, offer(contact())).offer?.id).toBe('c1');
    expect(applyEvent(m, offer(contact())).offer).toBeUndefined();
    expect(workOf(m).interactions).toHaveLength(1);
  });

  it('never lets an older version of a contact replace a newer one', () => {
    const m = model();
    applyEvent(m, { type: 'interaction', seq: 2, at: '', interaction: contact({ state: 'active', adviserId: ME, version: 3 }) });
    applyEvent(m, offer(contact({ version: 2 })));
    expect(workOf(m).interactions.map((i) => i.state)).toEqual(['active']);
  });

  it('withdraws only a contact that is still offered', () => {
    const m = model();
    applyEvent(m, { type: 'interaction', seq: 2, at: '', interaction: contact({ state: 'active', adviserId: ME, version: 3 }) });
    expect(applyEvent(m, { type: 'offer-withdrawn', seq: 3, at: '', interactionId: 'c1', reason: 'expired' }).changed).toEqual([]);
    expect(workOf(m).interactions).toHaveLength(1);
  });

  it('drops a contact once it is done, or held by someone else', () => {
    const m = model();
    applyEvent(m, offer(contact()));
    applyEvent(m, { type: 'interaction', seq: 2, at: '', interaction: contact({ state: 'done', adviserId: ME, version: 5 }) });
    expect(workOf(m).interactions).toEqual([]);
    applyEvent(m, offer(contact({ id: 'c2', offeredTo: 'someone-else' })));
    expect(workOf(m).interactions).toEqual([]);
  });

  it('lets a consumer’s typing mark lapse, and renews it with the next event', () => {
    const m = model();
    applyEvent(m, { type: 'interaction', seq: 2, at: '', interaction: contact({ channel: 'chat', state: 'active', adviserId: ME, version: 3 }) });
    syncChats(m);
    const activity = (typing: boolean): LiveEvent => ({ type: 'chat-activity', at: '', interactionId: 'c1', consumerTyping: typing, consumerPresent: true, deliveredSeq: 0, readSeq: 0, consumerName: null });
    applyEvent(m, activity(true));
    expect(workOf(m).chats.c1?.consumerTyping).toBe(true);
    expect(lapseTyping(m, 'c1')).toBe(true);
    expect(workOf(m).chats.c1?.consumerTyping).toBe(false);
    // Nothing to lapse a second time, or for a chat not in hand.
    expect(lapseTyping(m, 'c1')).toBe(false);
    expect(lapseTyping(m, 'other')).toBe(false);
    applyEvent(m, activity(true));
    expect(workOf(m).chats.c1?.consumerTyping).toBe(true);
  });
});
