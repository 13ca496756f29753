import { describe, expect, it } from 'vitest';
import { articleUrl } from './article-url';

describe('articleUrl', () => {
  it('puts the slug under the public site', () => {
    expect(articleUrl('reklamera-en-vara')).toBe('https://www.hallakonsument.se/reklamera-en-vara');
    expect(articleUrl('/varor/reklamera/')).toBe('https://www.hallakonsument.se/varor/reklamera');
  });

  it('encodes characters and cannot leave the site', () => {
    expect(articleUrl('försäkring för hem')).toBe('https://www.hallakonsument.se/f%C3%B6rs%C3%A4kring%20f%C3%B6r%20hem');
    expect(articleUrl('../../evil.example')).toBe('https://www.hallakonsument.se/evil.example');
    expect(articleUrl('x?a=1#b')).toBe('https://www.hallakonsument.se/x%3Fa%3D1%23b');
    expect(new URL(articleUrl('//evil.example/x')).host).toBe('www.hallakonsument.se');
  });
});
