// A callback's reference: short enough to read out on the phone, no letters
// that look like digits (0/O, 1/I), random so one cannot guess another's.
import { randomInt } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export function newCallbackReference(): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `AU-${s}`;
}
