import { describe, expect, it } from 'vitest';
import { fts5Match, MAX_WORDS, queryWords, tsPrefixQuery } from './query-words.js';
import { toSegments } from './snippet.js';

describe('queryWords', () => {
  it.each([
    ['Försäkring', ['försäkring']],
    ['  köp   på NÄTET ', ['köp', 'på', 'nätet']],
    ['"ångerrätt" AND (garanti*)', ['ångerrätt', 'and', 'garanti']],
    ["'; DROP TABLE articles; --", ['drop', 'table', 'articles']],
    ['e-post', ['e', 'post']],
    ['14 dagar', ['14', 'dagar']],
    ['köp köp KÖP', ['köp']],
    ['😀 ☃ !!! ()', []],
    ['', []],
    ['a\u0308ngerra\u0308tt', ['ängerrätt']],
    ['Привет мир', ['привет', 'мир']],
  ])('%j → %j', (text, words) => {
    expect(queryWords(text)).toEqual(words);
  });

  it(`keeps at most ${MAX_WORDS} words`, () => {
    expect(queryWords(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_WORDS);
  });
});

describe('dialect queries', () => {
  it('quotes every FTS5 term as a prefix', () => {
    expect(fts5Match(['forsakring', 'near'])).toBe('"forsakring"* "near"*');
  });

  it('re-splits folded words so punctuation from unaccent never reaches tsquery', () => {
    expect(tsPrefixQuery(['forsakring', "'x", '(1)'])).toBe("'forsakring':* & 'x':* & '1':*");
    expect(tsPrefixQuery(["'", ' '])).toBeNull();
  });
});

describe('toSegments', () => {
  it('splits marked text into hit and plain segments', () => {
    expect(toSegments('En \u0001försäkring\u0002 för \u0001hemmet\u0002.')).toEqual([
      { text: 'En ', hit: false },
      { text: 'försäkring', hit: true },
      { text: ' för ', hit: false },
      { text: 'hemmet', hit: true },
      { text: '.', hit: false },
    ]);
  });

  it('drops markdown syntax and collapses whitespace', () => {
    expect(toSegments('## Rubrik\n\n- **fet** [\u0001länk\u0002](https://x.se)\n> citat `kod`')).toEqual([
      { text: 'Rubrik fet ', hit: false },
      { text: 'länk', hit: true },
      { text: ' citat kod', hit: false },
    ]);
  });

  it('survives stray markers and empty input', () => {
    expect(toSegments('a\u0002b\u0001')).toEqual([{ text: 'ab', hit: false }]);
    expect(toSegments('')).toEqual([]);
  });
});
