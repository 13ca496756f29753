// The optimistic effect of a mutation on the cache: what the adviser sees
// before the server has it. Used for a new local write and again after a pull
// replaced a row that still has pending changes, so typed text never vanishes.
// Deterministic from the mutation and its outbox time, so re-applying is safe.
import type { Case, Consumer, ConsumerFields, Note, Partner, Referral, User } from '../../bridge.js';
import { normalizeEmail, normalizePhone } from '../../../backend/src/consumers/normalize.js';
import type { EntityStore } from '../cache/entities.js';
import type { CacheDb } from '../cache/open-cache.js';
import type { CasePatch, Mutation } from './mutation.js';

/** The id of a consumer typed on this desk for a new case, until the server's record arrives. */
export const localConsumerId = (caseId: string) => `local-consumer:${caseId}`;

// As the backend's cleanTags: trimmed, lower case, distinct, sorted.
const cleanTags = (tags: string[]) => [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();

/** Fields as the backend would store them; an unreadable phone number is left to the server to refuse. */
export function normalizedFields(f: ConsumerFields): ConsumerFields {
  let phone = f.phone?.trim() || null;
  if (phone) {
    try {
      phone = normalizePhone(phone);
    } catch {
      // Kept as typed: the push gets the server's verdict, shown as a rejected change.
    }
  }
  return {
    ...f,
    ...(f.name !== undefined ? { name: f.name?.trim() || null } : {}),
    ...(f.phone !== undefined ? { phone } : {}),
    ...(f.email !== undefined ? { email: f.email ? normalizeEmail(f.email) : null } : {}),
  };
}

const hasAny = (f: ConsumerFields | undefined): f is ConsumerFields =>
  f !== undefined && Object.values(f).some((v) => v !== null && v !== undefined && v !== '');

export function createLocalApplier(db: CacheDb, store: EntityStore) {
  const s = {
    case: db.prepare<[string], { data: string }>('SELECT data FROM cases WHERE id = ?'),
    consumer: db.prepare<[string], { data: string; local: number }>('SELECT data, local FROM consumers WHERE id = ?'),
    byPhone: db.prepare<[string], { id: string; local: number; data: string }>(
      'SELECT id, local, data FROM consumers WHERE phone = ? ORDER BY local, updated_at DESC LIMIT 1',
    ),
    byEmail: db.prepare<[string], { id: string; local: number; data: string }>(
      'SELECT id, local, data FROM consumers WHERE email = ? ORDER BY local, updated_at DESC LIMIT 1',
    ),
    noteExists: db.prepare<[string], { id: string }>('SELECT id FROM notes WHERE id = ?'),
    referralExists: db.prepare<[string], { id: string }>('SELECT id FROM referrals WHERE id = ?'),
    partner: db.prepare<[string], { data: string }>('SELECT data FROM partners WHERE id = ?'),
    orphanLocals: db.prepare<[]>(
      `DELETE FROM consumers WHERE local = 1 AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.consumer_id = consumers.id)`,
    ),
  };

  const readCase = (id: string): Case | null => {
    const r = s.case.get(id);
    return r ? (JSON.parse(r.data) as Case) : null;
  };

  /** The cached consumer whose phone or e-mail matches (server records before local ones), as the backend matches. */
  function matchConsumer(f: ConsumerFields): { id: string; local: boolean; consumer: Consumer } | null {
    const n = normalizedFields(f);
    const hit = (n.phone && s.byPhone.get(n.phone)) || (n.email && s.byEmail.get(n.email)) || undefined;
    return hit ? { id: hit.id, local: hit.local === 1, consumer: JSON.parse(hit.data) as Consumer } : null;
  }

  const touch = (caseId: string, at: string) => {
    const c = readCase(caseId);
    if (c && c.updatedAt < at) store.putCase({ ...c, updatedAt: at });
  };

  function createCase(m: Extract<Mutation, { type: 'case.create' }>, user: User, at: string): void {
    const existing = readCase(m.case.id);
    // The server's version (it has a reference) is the truth; nothing to lay on top.
    if (existing && existing.reference !== '') return;
    let consumerId = m.case.consumerId ?? null;
    if (!consumerId && hasAny(m.case.consumer)) {
      const match = matchConsumer(m.case.consumer);
      if (match) {
        consumerId = match.id;
        // Fill what the record lacked, as the backend does when it reuses one.
        const fill = Object.fromEntries(
          Object.entries(normalizedFields(m.case.consumer)).filter(
            ([k, v]) => v !== null && v !== undefined && match.consumer[k as keyof Consumer] === null,
          ),
        );
        if (Object.keys(fill).length > 0) store.putConsumer({ ...match.consumer, ...fill, updatedAt: at }, match.local);
      } else {
        consumerId = localConsumerId(m.case.id);
        const f = normalizedFields(m.case.consumer);
        store.putConsumer(
          {
            id: consumerId,
            name: f.name ?? null,
            phone: f.phone ?? null,
            email: f.email ?? null,
            municipalityCode: f.municipalityCode ?? null,
            language: f.language ?? null,
            version: 1,
            createdAt: at,
            updatedAt: at,
          },
          true,
        );
      }
    }
    store.putCase({
      id: m.case.id,
      reference: '',
      consumerId,
      topicId: m.case.topicId ?? null,
      channel: m.case.channel,
      language: m.case.language,
      status: 'open',
      outcome: null,
      assignedAdviserId: m.case.assignedAdviserId === undefined ? user.id : m.case.assignedAdviserId,
      subject: m.case.subject?.trim() || null,
      tags: cleanTags(m.case.tags ?? []),
      version: 1,
      createdBy: user.id,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    });
  }

  function updateCase(caseId: string, patch: CasePatch, at: string): void {
    const c = readCase(caseId);
    if (!c) return;
    const status = patch.status ?? c.status;
    const outcome = patch.outcome !== undefined ? patch.outcome : c.outcome;
    const closing = status === 'closed' && c.status !== 'closed';
    const reopening = status !== 'closed' && c.status === 'closed';
    store.putCase({
      ...c,
      ...(patch.topicId !== undefined ? { topicId: patch.topicId } : {}),
      ...(patch.assignedAdviserId !== undefined ? { assignedAdviserId: patch.assignedAdviserId } : {}),
      ...(patch.subject !== undefined ? { subject: patch.subject?.trim() || null } : {}),
      ...(patch.tags !== undefined ? { tags: cleanTags(patch.tags) } : {}),
      ...(patch.language !== undefined ? { language: patch.language } : {}),
      status,
      outcome: reopening && patch.outcome === undefined ? null : outcome,
      closedAt: closing ? at : reopening ? null : c.closedAt,
      // The server counts one version per update; the next local change is based on this one.
      version: c.version + 1,
      updatedAt: at > c.updatedAt ? at : c.updatedAt,
    });
  }

  return {
    matchConsumer,
    readCase,
    apply(m: Mutation, user: User, at: string): void {
      switch (m.type) {
        case 'case.create':
          return createCase(m, user, at);
        case 'case.update':
          return updateCase(m.caseId, m.patch, at);
        case 'note.add': {
          if (s.noteExists.get(m.note.id)) return;
          const note: Note = { id: m.note.id, caseId: m.caseId, authorId: user.id, authorName: user.displayName, body: m.note.body.trim(), createdAt: at };
          store.putNote(note);
          return touch(m.caseId, at);
        }
        case 'referral.add': {
          if (s.referralExists.get(m.referral.id)) return;
          const p = s.partner.get(m.referral.partnerId);
          const referral: Referral = {
            id: m.referral.id,
            caseId: m.caseId,
            partnerId: m.referral.partnerId,
            partnerName: p ? (JSON.parse(p.data) as Partner).name : m.referral.partnerId,
            reason: m.referral.reason.trim(),
            method: m.referral.method,
            createdBy: user.id,
            createdAt: at,
          };
          store.putReferral(referral);
          return touch(m.caseId, at);
        }
        case 'consumer.update': {
          const r = s.consumer.get(m.consumerId);
          if (!r) return;
          const c = JSON.parse(r.data) as Consumer;
          store.putConsumer({ ...c, ...normalizedFields(m.fields), version: c.version + 1, updatedAt: at }, r.local === 1);
          return;
        }
        case 'case.link':
          // The link's id is the server's; it arrives with the next pull.
          return;
      }
    },
    /** Undoes what a mutation the server refused showed locally (its own rows only; a case's state is restored by the caller). */
    retract(m: Mutation): void {
      switch (m.type) {
        case 'note.add':
          return store.remove('note', m.note.id);
        case 'referral.add':
          return store.remove('referral', m.referral.id);
        case 'case.create': {
          const c = readCase(m.case.id);
          if (c && c.reference === '') store.remove('case', m.case.id);
          return;
        }
        default:
          return;
      }
    },
    /** Drops consumers typed on this desk once no case shows them (the server's record has replaced them). */
    dropOrphanLocalConsumers(): void {
      s.orphanLocals.run();
    },
  };
}

export type LocalApplier = ReturnType<typeof createLocalApplier>;
