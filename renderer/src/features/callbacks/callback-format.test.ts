import { describe, expect, it } from 'vitest';
import { formatWindow, groupSwedishNumber } from './callback-format';

describe('groupSwedishNumber', () => {
  it('groups mobile, Stockholm and other numbers so they can be read back', () => {
    expect(groupSwedishNumber('+46701234567')).toBe('+46 70 123 45 67');
    expect(groupSwedishNumber('+46812345678')).toBe('+46 8 12 34 56 78');
    expect(groupSwedishNumber('+4681234567')).toBe('+46 8 123 45 67');
    expect(groupSwedishNumber('+4631123456')).toBe('+46 31 12 34 56');
  });

  it('keeps every digit and leaves anything else as it is', () => {
    for (const n of ['+46701234567', '+46812345678', '+4631123456', '+4618123456']) {
      expect(groupSwedishNumber(n).replace(/\s/g, '')).toBe(n);
    }
    expect(groupSwedishNumber('+4570123456')).toBe('+4570123456');
    expect(groupSwedishNumber('okänt')).toBe('okänt');
  });
});

describe('formatWindow', () => {
  it('shows the day and the times in Stockholm, whatever the machine\'s zone', () => {
    expect(formatWindow('2026-11-25T10:00:00.000Z', '2026-11-25T11:00:00.000Z', 'sv')).toMatch(/^ons 25 nov\.?, 11:00–12:00$/);
    expect(formatWindow('2026-11-25T10:00:00.000Z', '2026-11-25T11:00:00.000Z', 'en')).toBe('Wed 25 Nov, 11:00–12:00');
  });

  it('does not throw on a broken time', () => {
    expect(formatWindow('x', 'y', 'sv')).toBe('x–y');
  });
});
