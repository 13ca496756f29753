// Turns what an adviser typed into search terms. The user's text never reaches
// a query language: we keep only words (letters and digits, any script) and
// build each dialect's query from those, so quotes, operators, `NEAR`, `*`, `-`
// or SQL fragments are just separators.

/** At most this many words are used; the rest of a pasted paragraph is ignored. */
export const MAX_WORDS = 12;
const MAX_WORD_LENGTH = 64;

// A word starts with a letter or digit; combining marks may follow (NFC leaves
// some scripts decomposed).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** The distinct words of a query, lower-cased, in the order typed. */
export function queryWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    const word = match[0].slice(0, MAX_WORD_LENGTH);
    if (!words.includes(word)) words.push(word);
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

/**
 * An FTS5 MATCH expression: every word a quoted prefix term, all required.
 * Words contain no quote characters, so the quoting cannot be broken; FTS5's
 * own tokenizer folds the diacritics of the terms as it did the documents'.
 */
export function fts5Match(words: readonly string[]): string {
  return words.map((w) => `"${w}"*`).join(' ');
}

/**
 * A to_tsquery('simple', …) text from words already passed through
 * halla_unaccent. Unaccent can turn a letter into punctuation (U+02BC becomes
 * an apostrophe, ⑴ becomes "(1)"), so the folded text is split into words
 * again: what remains are letters and digits only, safe inside tsquery quotes.
 * Returns null when nothing usable remains.
 */
export function tsPrefixQuery(foldedWords: readonly string[]): string | null {
  const terms: string[] = [];
  for (const folded of foldedWords) {
    for (const w of queryWords(folded)) if (!terms.includes(w)) terms.push(w);
  }
  if (terms.length === 0) return null;
  return terms.map((w) => `'${w}':*`).join(' & ');
}
