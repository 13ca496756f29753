import { describe, expect, it } from 'vitest';
import type { QueueStats } from '../../lib/bridge-types';
import { hasActivity, orderQueues, queueNameOf } from './queue-order';

const stats = (queueId: string): QueueStats => {
  const [channel, language] = queueId.split('-') as [QueueStats['channel'], QueueStats['language']];
  return {
    queueId, channel, language, open: true, waiting: 0, offered: 0, longestWaitSeconds: 0, active: 0, answeredToday: 0, abandonedToday: 0,
    serviceLevelToday: null, slaTargetPercent: 80, slaSeconds: 60, staffed: 0, available: 0, estimatedWait: null,
  };
};

describe('orderQueues', () => {
  it('puts the most urgent queue first, Swedish before English, then by id', () => {
    const info = new Map([['phone-sv', { priority: 1 }], ['phone-en', { priority: 1 }], ['chat-sv', { priority: 2 }], ['callback-sv', { priority: 2 }], ['email-en', { priority: 4 }]]);
    const ordered = orderQueues(['email-en', 'chat-sv', 'phone-en', 'callback-sv', 'phone-sv'].map(stats), info);
    expect(ordered.map((q) => q.queueId)).toEqual(['phone-sv', 'phone-en', 'callback-sv', 'chat-sv', 'email-en']);
  });

  it('puts queues it knows nothing about last, in a stable order', () => {
    const ordered = orderQueues(['social-sv', 'phone-sv', 'forum-sv'].map(stats), new Map([['phone-sv', { priority: 1 }]]));
    expect(ordered.map((q) => q.queueId)).toEqual(['phone-sv', 'forum-sv', 'social-sv']);
  });
});

describe('queueNameOf', () => {
  it('names the queue in the UI language', () => {
    const info = { nameSv: 'Telefon (svenska)', nameEn: 'Phone (Swedish)' };
    expect(queueNameOf(info, 'sv')).toBe('Telefon (svenska)');
    expect(queueNameOf(info, 'en')).toBe('Phone (Swedish)');
    expect(queueNameOf(undefined, 'sv')).toBeNull();
  });
});

describe('hasActivity', () => {
  it('is false for a queue with nothing today and nobody staffing it', () => {
    expect(hasActivity(stats('chat-en'))).toBe(false);
  });

  it.each(['waiting', 'active', 'answeredToday', 'abandonedToday', 'staffed'] as const)('is true with %s', (field) => {
    expect(hasActivity({ ...stats('chat-en'), [field]: 1 })).toBe(true);
  });
});
