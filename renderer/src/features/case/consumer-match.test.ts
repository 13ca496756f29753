import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../lib/bridge-types';
import { earlierCases, emailKey, matchesConsumer, phoneKey } from './consumer-match';

const summary = (id: string, createdAt: string, consumerPhone: string | null, consumerEmail: string | null): CaseSummary => ({
  id,
  reference: `HK-2025-${id.padStart(6, '0')}`,
  consumerId: 'c1',
  topicId: null,
  channel: 'phone',
  language: 'sv',
  status: 'closed',
  outcome: 'answered',
  assignedAdviserId: null,
  subject: null,
  tags: [],
  version: 1,
  createdBy: 'u1',
  createdAt,
  updatedAt: createdAt,
  closedAt: null,
  consumerName: 'Anna',
  consumerPhone,
  consumerEmail,
  pending: false,
});

describe('phoneKey and emailKey', () => {
  it('sees national and international forms of a number as one', () => {
    expect(phoneKey('070-123 45 67')).toBe(phoneKey('+46 70 123 45 67'));
    expect(phoneKey('0046701234567')).toBe(phoneKey('0701234567'));
  });

  it('ignores too-short numbers and malformed addresses', () => {
    expect(phoneKey('123')).toBeNull();
    expect(phoneKey('')).toBeNull();
    expect(emailKey('anna@')).toBeNull();
    expect(emailKey('anna exempel.se')).toBeNull();
    expect(emailKey(' Anna@Exempel.SE ')).toBe('anna@exempel.se');
  });
});

describe('earlierCases', () => {
  const a = summary('1', '2024-01-01T10:00:00Z', '0701234567', null);
  const b = summary('2', '2025-03-01T10:00:00Z', null, 'anna@exempel.se');
  const other = summary('3', '2025-04-01T10:00:00Z', '0731111111', 'bo@exempel.se');

  it('keeps only cases of this consumer, newest first, each once', () => {
    const found = earlierCases([[a, other], [b, a], undefined], '+46 70-123 45 67', 'ANNA@exempel.se');
    expect(found.map((c) => c.id)).toEqual(['2', '1']);
  });

  it('finds nothing when neither phone nor e-mail is usable', () => {
    expect(earlierCases([[a, b, other]], '12', 'anna')).toEqual([]);
    expect(matchesConsumer(a, '', '')).toBe(false);
  });
});
