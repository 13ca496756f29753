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

/** adviser2…adviser12 in turn: phones, written channels or both; every fourth also in English. */
function skillsOf(username: string, index: number): { channels: Channel[]; languages: Language[] } {
  if (username === 'adviser' || username === 'teamlead' || username === 'supervisor') return { channels: ALL, languages: ['sv', 'en'] };
  const channels = [VOICE, WRITTEN, ALL][index % 3]!;
  return { channels, languages: index % 4 === 1 ? ['sv', 'en'] : ['sv'] };
}

export function staffRows(logins: readonly DemoLogin[], idOf: (username: string) => string, at: string) {
  const workers = logins.filter((u) => u.role !== 'admin');
  const profiles: AdviserProfilesTable[] = workers.map((u, i) => {
    const { channels, languages } = skillsOf(u.username, i);
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
  }));
  return { profiles, presence };
}
