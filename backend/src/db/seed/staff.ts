// The demo staff's live-work profiles: which channels and languages each takes
// and how many contacts at once, so that routing in the demo looks like a real
// floor — some on the phones, some on written channels, a few in English.
// Everyone starts offline; presence is the advisers' own choice.
import type { AdviserPresenceTable, AdviserProfilesTable, Channel, Language } from '../schema.js';
import { DEFAULT_CAPACITY } from '../../presence/service.js';
import type { DemoLogin } from './people.js';

const ALL: Channel[] = ['phone', 'callback', 'chat', 'email', 'forum', 'social'];
const VOICE: Channel[] = ['phone', 'callback'];
const WRITTEN: Channel[] = ['chat', 'email', 'forum', 'social'];

/**
 * Most advisers take every channel (the phones carry over half the contacts);
 * adviser9 and adviser10 take written channels only, adviser11 and adviser12
 * the phones only. Four of them also take English.
 */
function skillsOf(username: string): { channels: Channel[]; languages: Language[] } {
  const n = Number(/^adviser(\d+)$/.exec(username)?.[1] ?? 1);
  const channels = n === 9 || n === 10 ? WRITTEN : n === 11 || n === 12 ? VOICE : ALL;
  const languages: Language[] = username === 'adviser' || username === 'teamlead' || username === 'supervisor' || [2, 5, 9, 11].includes(n) ? ['sv', 'en'] : ['sv'];
  return { channels, languages };
}

export function staffRows(logins: readonly DemoLogin[], idOf: (username: string) => string, at: string) {
  const workers = logins.filter((u) => u.role !== 'admin');
  const profiles: AdviserProfilesTable[] = workers.map((u) => {
    const { channels, languages } = skillsOf(u.username);
    return {
      user_id: idOf(u.username),
      languages: JSON.stringify(languages),
      channels: JSON.stringify(channels),
      capacity: JSON.stringify(DEFAULT_CAPACITY),
      version: 1,
      updated_at: at,
      updated_by: null,
    };
  });
  const presence: AdviserPresenceTable[] = workers.map((u) => ({
    user_id: idOf(u.username),
    intent: 'offline',
    reason: null,
    state: 'offline',
    state_since: at,
    idle_since: at,
    seen_at: at,
    version: 1,
    updated_by: null,
    shown: null,
  }));
  return { profiles, presence };
}
