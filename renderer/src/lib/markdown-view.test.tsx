import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown-view';

const html = (source: string, top: 2 | 3 | 4 = 3) => renderToStaticMarkup(<Markdown source={source} topHeadingLevel={top} onOpenLink={() => undefined} />);

describe('Markdown', () => {
  it('renders headings under the page heading, paragraphs, lists and emphasis', () => {
    expect(html('# Titel\n\nText med **fet** och *kursiv*.\n\n- a\n- b\n\n1. x')).toBe(
      '<h3>Titel</h3><p>Text med <strong>fet</strong> och <em>kursiv</em>.</p><ul><li>a</li><li>b</li></ul><ol><li>x</li></ol>',
    );
    // The shallowest heading lands at the given level, so none is skipped.
    expect(html('###### djup', 4)).toBe('<h4>djup</h4>');
    expect(html('## Del\n\n### Mer\n\n#### Mest', 3)).toBe('<h3>Del</h3><h4>Mer</h4><h5>Mest</h5>');
  });

  it('escapes HTML in the article text instead of rendering it', () => {
    const out = html('<script>alert(1)</script> <img src=x onerror="alert(1)"> **<b>x</b>**');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('<strong>&lt;b&gt;x&lt;/b&gt;</strong>');
  });

  it('renders only http(s) links as links', () => {
    expect(html('[ARN](https://www.arn.se)')).toBe('<p><a href="https://www.arn.se/" rel="noreferrer noopener" class="external-link">ARN</a></p>');
    const hostile = html('[a](javascript:alert(1)) [b](data:text/html,x) [c](/lokal) [d](https://x.se" onclick="alert(1))');
    expect(hostile).not.toContain('<a');
    expect(hostile).not.toContain('javascript:');
    expect(hostile).not.toContain('onclick=');
  });

  it('does not let a quote in a URL break out of the href attribute', () => {
    const out = html('[x](https://a.se/"><script>alert(1)</script>)');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<a');
  });

  it('keeps percent-encoded characters inside the href', () => {
    expect(html('[x](https://a.se/s%C3%B6k?q=a%22b)')).toBe('<p><a href="https://a.se/s%C3%B6k?q=a%22b" rel="noreferrer noopener" class="external-link">x</a></p>');
  });
});
