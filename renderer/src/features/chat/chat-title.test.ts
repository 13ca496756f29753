import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { chatTitle } from './chat-title';

const t = ((key: string, o?: { time?: string }) => `${key}:${o?.time ?? ''}`) as unknown as TFunction;
const arrived = { arrivedAt: '2026-11-25T09:02:00.000Z' };

describe('chatTitle', () => {
  it('prefers the case\'s name, then the name the consumer gave, then the time the chat came in', () => {
    expect(chatTitle(t, 'sv', arrived, { consumer: { name: 'Karin Berg' } } as never, 'Karin')).toBe('Karin Berg');
    expect(chatTitle(t, 'sv', arrived, { consumer: null } as never, '  Eva ')).toBe('Eva');
    expect(chatTitle(t, 'sv', arrived, null, null)).toMatch(/^chat\.titleAt:/);
    expect(chatTitle(t, 'sv', arrived, null, '   ')).toMatch(/^chat\.titleAt:/);
  });
});
