// The case shapes the API returns, and their mapping from rows.
import type { CaseOutcome, CaseRow, CaseStatus, Channel, Language, ReferralMethod } from '../db/schema.js';
import type { Consumer } from '../consumers/service.js';

export interface Case {
  id: string;
  reference: string;
  consumerId: string | null;
  topicId: string | null;
  channel: Channel;
  language: Language;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  assignedAdviserId: string | null;
  subject: string | null;
  tags: string[];
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface Note {
  id: string;
  caseId: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface Referral {
  id: string;
  caseId: string;
  partnerId: string;
  partnerName: string;
  reason: string;
  method: ReferralMethod;
  createdBy: string;
  createdAt: string;
}

export interface CaseLink {
  id: string;
  caseId: string;
  linkedCaseId: string;
  createdBy: string;
  createdAt: string;
}

export interface CaseDetail extends Case {
  consumer: Consumer | null;
  notes: Note[];
  referrals: Referral[];
  links: Array<CaseLink & { linkedReference: string; linkedStatus: CaseStatus }>;
}

export interface CaseListItem extends Case {
  consumerName: string | null;
}

export function parseTags(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

export const toCase = (r: CaseRow): Case => ({
  id: r.id,
  reference: r.reference,
  consumerId: r.consumer_id,
  topicId: r.topic_id,
  channel: r.channel,
  language: r.language,
  status: r.status,
  outcome: r.outcome,
  assignedAdviserId: r.assigned_adviser_id,
  subject: r.subject,
  tags: parseTags(r.tags),
  version: r.version,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  closedAt: r.closed_at,
});
