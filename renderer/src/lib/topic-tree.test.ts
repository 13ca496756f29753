import { describe, expect, it } from 'vitest';
import type { Topic } from './bridge-types';
import { topicPath, topicTree } from './topic-tree';

const topic = (id: string, parentId: string | null, sort: number, labelSv = id, labelEn = `${id}-en`): Topic => ({ id, parentId, labelSv, labelEn, sort });

const topics = [topic('goods.complaint', 'goods', 2, 'Reklamation'), topic('housing', null, 2, 'Boende'), topic('goods', null, 1, 'Varor'), topic('goods.warranty', 'goods', 1, 'Garanti')];

describe('topicTree', () => {
  it('groups subtopics under their areas, both in sort order', () => {
    expect(topicTree(topics).map((g) => [g.area.id, g.children.map((c) => c.id)])).toEqual([
      ['goods', ['goods.warranty', 'goods.complaint']],
      ['housing', []],
    ]);
  });

  it('drops subtopics whose area is missing instead of showing them loose', () => {
    expect(topicTree([topic('orphan', 'gone', 1)])).toEqual([]);
  });
});

describe('topicPath', () => {
  it('names a subtopic with its area in the UI language', () => {
    expect(topicPath(topics, 'goods.complaint', 'sv')).toBe('Varor › Reklamation');
    expect(topicPath(topics, 'goods.complaint', 'en')).toBe('goods-en › goods.complaint-en');
    expect(topicPath(topics, 'goods', 'sv')).toBe('Varor');
  });

  it('is null for no topic or an unknown one', () => {
    expect(topicPath(topics, null, 'sv')).toBeNull();
    expect(topicPath(topics, 'nope', 'sv')).toBeNull();
  });
});
