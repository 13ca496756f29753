// Search snippets leave the API as segments, not HTML, so no client ever
// renders markup that came from article text. The database marks the hits
// with two control characters (which article text cannot contain: they are
// stripped on write) and this file turns the marked text into segments.

export const HIT_START = '\u0001';
export const HIT_END = '\u0002';

export interface SnippetSegment {
  text: string;
  hit: boolean;
}

// C0 controls other than tab, line feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Article text as stored: without the control characters used as hit markers. */
export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

// Snippets come from markdown; the reader wants the words, not the syntax.
function plainText(marked: string): string {
  return marked
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/gm, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits text marked with HIT_START/HIT_END into segments; a stray marker never throws. */
export function toSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let hit = false;
  let text = '';
  const flush = () => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += text;
    else segments.push({ text, hit });
    text = '';
  };
  for (const ch of plainText(marked)) {
    if (ch === HIT_START || ch === HIT_END) {
      flush();
      hit = ch === HIT_START;
    } else {
      text += ch;
    }
  }
  flush();
  return segments;
}

export const hasHit = (marked: string | null): boolean => marked !== null && marked.includes(HIT_START);
