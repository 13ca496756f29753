// The desktop notification for an offered contact (Electron's own; the
// browser-mode page shows a web notification instead). It may show on a
// screen others can see, so it names the channel and language only — never
// the caller, the subject or a colleague's internal note. The sound cue is
// played by the workspace, so the notification itself is silent.
import type { Interaction } from '../bridge.js';

const CHANNELS = {
  sv: { phone: 'Samtal', callback: 'Återuppringning', chat: 'Chatt', email: 'E-post', forum: 'Frågeforum', social: 'Sociala medier' },
  en: { phone: 'Call', callback: 'Callback', chat: 'Chat', email: 'E-mail', forum: 'Forum', social: 'Social media' },
} as const;

export function offerNotification(i: Pick<Interaction, 'channel' | 'language'>, locale: string): { title: string; body: string } {
  const lang = locale.toLowerCase().startsWith('en') ? 'en' : 'sv';
  const channel = CHANNELS[lang][i.channel];
  const language = i.language === 'en' ? (lang === 'sv' ? 'engelska' : 'English') : lang === 'sv' ? 'svenska' : 'Swedish';
  const title = lang === 'sv' ? `Ny kontakt: ${channel} (${language})` : `New contact: ${channel} (${language})`;
  return { title, body: lang === 'sv' ? 'Svara i arbetsplatsen' : 'Answer in the workstation' };
}
