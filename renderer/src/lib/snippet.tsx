// Search snippets arrive as plain-text segments; hits are shown with <mark>.
// Never HTML: the segments are React text children, escaped by React.
import type { ReactNode } from 'react';

export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export function renderSnippet(segments: readonly SnippetSegment[]): ReactNode[] {
  return segments
    .filter((segment) => segment.text.length > 0)
    .map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>));
}

/** The snippet as plain text, e.g. for an accessible description. */
export function snippetText(segments: readonly SnippetSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}
