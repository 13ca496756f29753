// Local writes: the change goes into the cache (optimistically) AND into the
// outbox, as the backend's push mutation with client-generated ids, in ONE
// transaction — so either both happen or neither does, and nothing the
// adviser typed exists only in memory.
import { randomUUID } from 'node:crypto';
import type { CaseChangeInput, CaseView, ConsumerFields, NewCaseInput, NoteInput, ReferralInput, User } from '../../bridge.js';
import type { CacheDb } from '../cache/open-cache.js';
import type { Outbox } from '../cache/outbox.js';
import type { CaseViews } from '../reads/case-views.js';
import { DeskError } from '../errors.js';
import type { LocalApplier } from './apply-local.js';
import type { Mutation } from './mutation.js';

export interface LocalWritesDeps {
  db: CacheDb;
  applier: LocalApplier;
  outbox: Outbox;
  views: CaseViews;
  now(): Date;
  /** The signed-in user; throws when nobody is. */
  user(): User;
  /** Called after every committed write (events, a push soon). */
  written(entities: string[]): void;
}

const NOTE_MAX = 20_000;
const REASON_MAX = 2_000;

function text(value: string, field: string, max: number): string {
  const t = value.trim();
  if (t === '') throw new DeskError('validation_failed', `${field} must not be empty`);
  if (t.length > max) throw new DeskError('validation_failed', `${field} is longer than ${max} characters`);
  return t;
}

export function createLocalWrites(d: LocalWritesDeps) {
  const consumerFieldsOf = d.db.prepare<[string], { data: string; local: number }>('SELECT data, local FROM consumers WHERE id = ?');
  const hasReferral = d.db.prepare<[string], { id: string }>('SELECT id FROM referrals WHERE case_id = ? LIMIT 1');

  /** Applies and records one mutation in one transaction (a savepoint inside a caller's). */
  function record(m: Mutation, entities: string[]): void {
    const user = d.user();
    const at = d.now().toISOString();
    d.db.transaction(() => {
      d.applier.apply(m, user, at);
      d.outbox.append(user.id, m, at);
    })();
    d.written(entities);
  }

  /** Records a mutation; returns the case as now shown. */
  function enqueue(m: Mutation, caseId: string, entities: string[]): CaseView {
    record(m, entities);
    const view = d.views.getCase(caseId, d.user().id);
    if (!view) throw new DeskError('not_found', `Case ${caseId} is not in the cache`);
    return view;
  }

  function existingCase(caseId: string) {
    const c = d.applier.readCase(caseId);
    if (!c) throw new DeskError('not_found', `Case ${caseId} is not in the cache; open it while online first`);
    if (c.status === 'closed' && d.user().role === 'adviser') {
      throw new DeskError('forbidden', 'The case is closed; only a team lead or supervisor can change it');
    }
    return c;
  }

  return {
    record,
    createCase(input: NewCaseInput): CaseView {
      const caseId = randomUUID();
      let consumerId = input.consumerId;
      let consumer: ConsumerFields | undefined = input.consumer;
      if (consumerId) {
        const r = consumerFieldsOf.get(consumerId);
        if (!r) throw new DeskError('not_found', `Consumer ${consumerId} is not in the cache`);
        // A consumer typed on this desk has no server id yet: send its details, the server matches them.
        if (r.local === 1) {
          const c = JSON.parse(r.data) as Required<ConsumerFields>;
          consumer = { name: c.name, phone: c.phone, email: c.email, municipalityCode: c.municipalityCode, language: c.language };
          consumerId = undefined;
        }
      }
      const create: Mutation = {
        id: randomUUID(),
        type: 'case.create',
        case: {
          id: caseId,
          channel: input.channel,
          language: input.language,
          ...(consumerId ? { consumerId } : consumer ? { consumer } : {}),
          ...(input.topicId !== undefined ? { topicId: input.topicId } : {}),
          ...(input.subject !== undefined ? { subject: input.subject } : {}),
        },
      };
      const note = input.note?.trim();
      if (note && note.length > NOTE_MAX) throw new DeskError('validation_failed', `The note is longer than ${NOTE_MAX} characters`);
      const user = d.user();
      const at = d.now().toISOString();
      // The first note is its own mutation so its id is ours (the case.create note gets a server id).
      const noteAdd: Mutation | null = note ? { id: randomUUID(), type: 'note.add', caseId, note: { id: randomUUID(), body: note } } : null;
      d.db.transaction(() => {
        d.applier.apply(create, user, at);
        d.outbox.append(user.id, create, at);
        if (noteAdd) {
          d.applier.apply(noteAdd, user, at);
          d.outbox.append(user.id, noteAdd, at);
        }
      })();
      d.written(noteAdd ? ['cases', 'consumers', 'notes'] : ['cases', 'consumers']);
      const view = d.views.getCase(caseId, user.id);
      if (!view) throw new Error('A created case must be readable');
      return view;
    },
    changeCase(input: CaseChangeInput): CaseView {
      const c = existingCase(input.caseId);
      const status = input.patch.status ?? c.status;
      const outcome = input.patch.outcome !== undefined ? input.patch.outcome : c.outcome;
      // The server's rules, checked here too, so a refusal shows now rather than as a conflict later.
      if (status === 'closed' && !outcome) {
        throw new DeskError('validation_failed', 'Closing a case needs an outcome (answered, referred or outside remit)');
      }
      if (status === 'closed' && outcome === 'referred' && !hasReferral.get(c.id)) {
        throw new DeskError('validation_failed', 'Outcome "referred" needs a referral on the case first');
      }
      return enqueue(
        { id: randomUUID(), type: 'case.update', caseId: c.id, version: input.baseVersion, patch: input.patch },
        c.id,
        ['cases'],
      );
    },
    addNote(input: NoteInput): CaseView {
      const c = existingCase(input.caseId);
      const body = text(input.body, 'The note', NOTE_MAX);
      return enqueue({ id: randomUUID(), type: 'note.add', caseId: c.id, note: { id: randomUUID(), body } }, c.id, ['cases', 'notes']);
    },
    addReferral(input: ReferralInput): CaseView {
      const c = existingCase(input.caseId);
      const reason = text(input.reason, 'The reason', REASON_MAX);
      return enqueue(
        {
          id: randomUUID(),
          type: 'referral.add',
          caseId: c.id,
          referral: { id: randomUUID(), partnerId: input.partnerId, reason, method: input.method },
        },
        c.id,
        ['cases', 'referrals'],
      );
    },
  };
}

export type LocalWrites = ReturnType<typeof createLocalWrites>;
