import { describe, expect, it } from 'vitest';
import { queryKeys, rootsForEntities } from './query-keys';

describe('rootsForEntities', () => {
  it('refreshes case queries for any case-related entity', () => {
    for (const entity of ['case', 'note', 'referral', 'case_link', 'consumer']) expect(rootsForEntities([entity])).toEqual(['cases']);
  });

  it('refreshes the partner lookup when partners or its inputs change', () => {
    expect(rootsForEntities(['partner'])).toEqual(['partners']);
    expect(rootsForEntities(['topic']).sort()).toEqual(['partners', 'topics']);
    expect(rootsForEntities(['article'])).toEqual(['knowledge']);
  });

  it('merges several entities without duplicates', () => {
    expect(rootsForEntities(['case', 'note', 'article']).sort()).toEqual(['cases', 'knowledge']);
  });

  it('refreshes everything for an entity it does not know, and nothing for none', () => {
    expect(rootsForEntities(['case', 'something_new']).sort()).toEqual(['cases', 'conflicts', 'knowledge', 'municipalities', 'partners', 'topics']);
    expect(rootsForEntities([])).toEqual([]);
  });

  it('puts every key under the root that invalidation uses', () => {
    expect(queryKeys.caseDetail('x')[0]).toBe('cases');
    expect(queryKeys.caseSearch('x')[0]).toBe('cases');
    expect(queryKeys.myOpenCases[0]).toBe('cases');
    expect(queryKeys.knowledgeSearch('x', 'sv')[0]).toBe('knowledge');
    expect(queryKeys.article('x')[0]).toBe('knowledge');
    expect(queryKeys.partnerLookup('t', 'm')[0]).toBe('partners');
  });
});
