// The backend's push mutations, exactly as the API defines them, and what
// each one touches (for the outbox's indexed columns).
import type { components } from '../../../api-client/src/index.js';

export type Mutation = components['schemas']['Mutation'];
export type MutationResult = components['schemas']['MutationResult'];
export type CasePatch = Extract<Mutation, { type: 'case.update' }>['patch'];

/** The case a mutation belongs to (null for a consumer update). */
export function caseIdOf(m: Mutation): string | null {
  switch (m.type) {
    case 'case.create':
      return m.case.id;
    case 'consumer.update':
      return null;
    default:
      return m.caseId;
  }
}

/** The entity a mutation creates or changes. */
export function entityIdOf(m: Mutation): string {
  switch (m.type) {
    case 'case.create':
      return m.case.id;
    case 'case.update':
    case 'case.link':
      return m.caseId;
    case 'note.add':
      return m.note.id;
    case 'referral.add':
      return m.referral.id;
    case 'consumer.update':
      return m.consumerId;
  }
}
