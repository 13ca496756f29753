// Every react-query key of the app, in one place. Components never build keys:
// they call the app hooks, which use these. `rootsForEntities` maps the
// entities named in a 'data-changed' event to the key roots to refresh.

export const queryKeys = {
  appInfo: ['app-info'] as const,
  myOpenCases: ['cases', 'mine'] as const,
  caseSearch: (text: string) => ['cases', 'search', text] as const,
  caseDetail: (id: string) => ['cases', 'detail', id] as const,
  topics: ['topics'] as const,
  municipalities: ['municipalities'] as const,
  knowledgeSearch: (text: string, language: string) => ['knowledge', 'search', text, language] as const,
  article: (id: string) => ['knowledge', 'article', id] as const,
  partnerLookup: (topicId: string, municipalityCode: string) => ['partners', 'lookup', topicId, municipalityCode] as const,
  partner: (id: string) => ['partners', 'detail', id] as const,
  conflicts: ['conflicts'] as const,
  // Online-only live-work reads (not cache data, so no 'data-changed' root).
  liveQueues: ['live', 'queues'] as const,
  liveAdvisers: ['live', 'advisers'] as const,
  // Online-only reads for the wallboard; live events and timers refresh them, never sync pokes.
  wallboard: ['wallboard', 'snapshot'] as const,
  wallboardHistory: (hours: number, bucketMinutes: number) => ['wallboard', 'history', hours, bucketMinutes] as const,
  wallboardQueues: ['wallboard', 'queues'] as const,
  // Online-only: the team's canned responses (changed by team leads, refreshed after each change).
  cannedRoot: ['canned'] as const,
  canned: (language: string, text: string) => ['canned', language, text] as const,
  // Online-only: a callback in hand, and the overdue list on the wallboard.
  callback: (interactionId: string) => ['callbacks', 'detail', interactionId] as const,
  overdueCallbacks: ['callbacks', 'overdue'] as const,
};

export type QueryRoot = 'cases' | 'topics' | 'municipalities' | 'knowledge' | 'partners' | 'conflicts';

const ENTITY_ROOTS: Record<string, QueryRoot[]> = {
  case: ['cases'],
  note: ['cases'],
  referral: ['cases'],
  case_link: ['cases'],
  consumer: ['cases'],
  // Topic labels show in case views and the partner lookup ranks by topic.
  topic: ['topics', 'partners'],
  municipality: ['municipalities', 'partners'],
  partner: ['partners'],
  article: ['knowledge'],
};

const ALL_ROOTS: QueryRoot[] = ['cases', 'topics', 'municipalities', 'knowledge', 'partners', 'conflicts'];

/** The query roots to invalidate; an entity this build does not know refreshes everything rather than nothing. */
export function rootsForEntities(entities: readonly string[]): QueryRoot[] {
  const roots = new Set<QueryRoot>();
  for (const entity of entities) {
    const known = ENTITY_ROOTS[entity];
    if (!known) return ALL_ROOTS;
    for (const root of known) roots.add(root);
  }
  return [...roots];
}
