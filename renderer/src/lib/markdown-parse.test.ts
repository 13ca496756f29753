import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeLinkTarget } from './markdown-parse';

describe('safeLinkTarget', () => {
  it.each([
    ['https://www.hallakonsument.se/reklamation', 'https://www.hallakonsument.se/reklamation'],
    ['http://example.org', 'http://example.org/'],
    ['  HTTPS://arn.se/  ', 'https://arn.se/'],
  ])('keeps the absolute http(s) link %s', (raw, expected) => {
    expect(safeLinkTarget(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example/x',
    'mailto:info@example.org',
    'https://user:pass@evil.example/',
    'https://a.se/"onmouseover="x',
    "https://a.se/'x",
    'https://a.se/<x>',
    'https://a.se/a b',
    'https://a.se\\@evil.example',
    'https://',
    '',
  ])('refuses %s', (raw) => {
    expect(safeLinkTarget(raw)).toBeNull();
  });
});

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and both kinds of lists', () => {
    const blocks = parseMarkdown('# Reklamera\n\nFörsta stycket\nfortsätter här.\n\n- ett\n- två\n\n1. steg ett\n2. steg två\n\n## Mer');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, children: [{ kind: 'text', text: 'Reklamera' }] },
      { kind: 'paragraph', children: [{ kind: 'text', text: 'Första stycket fortsätter här.' }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'ett' }], [{ kind: 'text', text: 'två' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'steg ett' }], [{ kind: 'text', text: 'steg två' }]] },
      { kind: 'heading', level: 2, children: [{ kind: 'text', text: 'Mer' }] },
    ]);
  });

  it('continues a list item on an indented line and ends the list at a plain line', () => {
    const blocks = parseMarkdown('- första\n  rad två\nEtt stycke');
    expect(blocks).toEqual([
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'första rad två' }]] },
      { kind: 'paragraph', children: [{ kind: 'text', text: 'Ett stycke' }] },
    ]);
  });

  it('treats CRLF like LF and ignores blank input', () => {
    expect(parseMarkdown('a\r\nb')).toEqual([{ kind: 'paragraph', children: [{ kind: 'text', text: 'a b' }] }]);
    expect(parseMarkdown('\n\n  \n')).toEqual([]);
  });

  it('keeps HTML as literal text, never as markup', () => {
    const blocks = parseMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(blocks).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: '<script>alert(1)</script>' }] },
      { kind: 'paragraph', children: [{ kind: 'text', text: '<img src=x onerror=alert(1)>' }] },
    ]);
  });

  it('does not take "#hashtag" without a space for a heading', () => {
    expect(parseMarkdown('#hashtag')[0]?.kind).toBe('paragraph');
  });
});

describe('parseInline', () => {
  it('reads bold, italic and nested emphasis', () => {
    expect(parseInline('**fet** och *kursiv* och __också fet__ och _också kursiv_')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'fet' }] },
      { kind: 'text', text: ' och ' },
      { kind: 'em', children: [{ kind: 'text', text: 'kursiv' }] },
      { kind: 'text', text: ' och ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'också fet' }] },
      { kind: 'text', text: ' och ' },
      { kind: 'em', children: [{ kind: 'text', text: 'också kursiv' }] },
    ]);
    expect(parseInline('**fet med *kursiv* inuti**')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'fet med ' }, { kind: 'em', children: [{ kind: 'text', text: 'kursiv' }] }, { kind: 'text', text: ' inuti' }] },
    ]);
  });

  it('leaves unclosed markers, lone stars and snake_case words alone', () => {
    expect(parseInline('**inte stängd')).toEqual([{ kind: 'text', text: '**inte stängd' }]);
    expect(parseInline('2 * 3 = 6')).toEqual([{ kind: 'text', text: '2 * 3 = 6' }]);
    expect(parseInline('file_name_here')).toEqual([{ kind: 'text', text: 'file_name_here' }]);
  });

  it('honours backslash escapes', () => {
    expect(parseInline('\\*inte kursiv\\*')).toEqual([{ kind: 'text', text: '*inte kursiv*' }]);
  });

  it('makes http(s) links and reduces any other target to its text', () => {
    expect(parseInline('Se [ARN](https://www.arn.se "ARN") nu')).toEqual([
      { kind: 'text', text: 'Se ' },
      { kind: 'link', href: 'https://www.arn.se/', children: [{ kind: 'text', text: 'ARN' }] },
      { kind: 'text', text: ' nu' },
    ]);
    // The target is dropped, only the label stays (the stray ")" is the rest of "alert(1)").
    expect(parseInline('[klicka](javascript:alert(1))')).toEqual([{ kind: 'text', text: 'klicka)' }]);
    expect(parseInline('[bild](data:text/html;base64,PHNjcmlwdD4=)')).toEqual([{ kind: 'text', text: 'bild' }]);
    expect(parseInline('[**fet** länk](https://a.se)')).toEqual([
      { kind: 'link', href: 'https://a.se/', children: [{ kind: 'strong', children: [{ kind: 'text', text: 'fet' }] }, { kind: 'text', text: ' länk' }] },
    ]);
    expect(parseInline('[ingen länk] (https://a.se)')).toEqual([{ kind: 'text', text: '[ingen länk] (https://a.se)' }]);
  });
});
