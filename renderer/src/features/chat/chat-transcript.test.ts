import { describe, expect, it } from 'vitest';
import type { Note } from '../../lib/bridge-types';
import { transcriptOnCase } from './chat-transcript';

const note = (body: string, createdAt: string) => ({ id: body, body, createdAt }) as unknown as Note;
const chat = { acceptedAt: '2026-11-25T09:00:00.000Z', arrivedAt: '2026-11-25T08:58:00.000Z' };

describe('transcriptOnCase', () => {
  it('finds the transcript note written for this chat', () => {
    expect(transcriptOnCase({ notes: [note('Chattutskrift (svenska) 2026-11-25\n\n[10:00] Eva: hej', '2026-11-25T09:05:00.000Z')] }, chat)).toBe(true);
  });

  it('does not take an older chat’s transcript on the same case, or other notes, for it', () => {
    expect(transcriptOnCase({ notes: [note('Chattutskrift (svenska) 2026-11-20', '2026-11-20T09:05:00.000Z'), note('Ringde tillbaka', '2026-11-25T09:06:00.000Z')] }, chat)).toBe(false);
    expect(transcriptOnCase(null, chat)).toBe(false);
  });
});
