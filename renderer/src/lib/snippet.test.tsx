import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderSnippet, snippetText } from './snippet';

const html = (segments: { text: string; hit: boolean }[]) => renderToStaticMarkup(<p>{renderSnippet(segments)}</p>);

describe('renderSnippet', () => {
  it('marks the hits and leaves the rest as plain text', () => {
    expect(
      html([
        { text: 'Du kan ', hit: false },
        { text: 'reklamera', hit: true },
        { text: ' varan.', hit: false },
      ]),
    ).toBe('<p><span>Du kan </span><mark>reklamera</mark><span> varan.</span></p>');
  });

  it('escapes markup inside segments, hits included', () => {
    const out = html([
      { text: '<img src=x onerror=alert(1)>', hit: false },
      { text: '<script>x</script>', hit: true },
    ]);
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).toContain('<mark>&lt;script&gt;x&lt;/script&gt;</mark>');
  });

  it('drops empty segments and joins the plain text', () => {
    const segments = [
      { text: '', hit: true },
      { text: 'a', hit: false },
      { text: 'b', hit: true },
    ];
    expect(html(segments)).toBe('<p><span>a</span><mark>b</mark></p>');
    expect(snippetText(segments)).toBe('ab');
    expect(html([])).toBe('<p></p>');
  });
});
