// The public address of a knowledge article, for "copy link" and "open on the web".
export const PUBLIC_SITE = 'https://www.hallakonsument.se';

export function articleUrl(slug: string): string {
  const path = slug
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .map(encodeURIComponent)
    .join('/');
  return `${PUBLIC_SITE}/${path}`;
}
