// Does an earlier case belong to the consumer being typed in? Phone numbers
// are compared by their last nine digits, so "070-123 45 67" and
// "+46 70 123 45 67" are the same number; e-mail addresses case-insensitively.
import type { CaseSummary } from '../../lib/bridge-types';

export function phoneKey(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 6 ? digits.slice(-9) : null;
}

export function emailKey(email: string | null | undefined): string | null {
  const trimmed = (email ?? '').trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(trimmed) ? trimmed : null;
}

export function matchesConsumer(summary: Pick<CaseSummary, 'consumerPhone' | 'consumerEmail'>, phone: string, email: string): boolean {
  const wantPhone = phoneKey(phone);
  const wantEmail = emailKey(email);
  return (wantPhone !== null && phoneKey(summary.consumerPhone) === wantPhone) || (wantEmail !== null && emailKey(summary.consumerEmail) === wantEmail);
}

/** Earlier cases of this consumer from one or more searches, newest first, each once. */
export function earlierCases(results: ReadonlyArray<readonly CaseSummary[] | undefined>, phone: string, email: string): CaseSummary[] {
  const seen = new Map<string, CaseSummary>();
  for (const list of results) for (const c of list ?? []) if (!seen.has(c.id) && matchesConsumer(c, phone, email)) seen.set(c.id, c);
  return [...seen.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
