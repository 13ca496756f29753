import { describe, expect, it } from 'vitest';
import { changedFields, describeVersion } from './describe-version';

describe('describeVersion', () => {
  it('lists an object field by field, nested values as JSON', () => {
    expect(describeVersion({ status: 'closed', version: 3, tags: ['a'], outcome: null })).toEqual([
      { field: 'status', value: 'closed' },
      { field: 'version', value: '3' },
      { field: 'tags', value: '["a"]' },
      { field: 'outcome', value: '–' },
    ]);
  });

  it('shows a bare value as one row and nothing for no version', () => {
    expect(describeVersion('text')).toEqual([{ field: '', value: 'text' }]);
    expect(describeVersion(null)).toEqual([]);
    expect(describeVersion(undefined)).toEqual([]);
  });

  it('keeps markup as text', () => {
    expect(describeVersion({ body: '<script>x</script>' })).toEqual([{ field: 'body', value: '<script>x</script>' }]);
  });
});

describe('changedFields', () => {
  it('names the fields present in both versions with different values', () => {
    const mine = describeVersion({ status: 'closed', topicId: 'a', subject: 'x' });
    const theirs = describeVersion({ status: 'open', topicId: 'a' });
    expect([...changedFields(mine, theirs)]).toEqual(['status']);
  });
});
