// The desktop notification for an offered contact (Electron's own; the
// browser-mode page shows a web notification instead). Kept short: an adviser
// in a headset glances at it and answers from the workstation. The sound cue
// is played by the workspace, so the notification itself is silent.
import type { Interaction } from '../bridge.js';

const CHANNELS = {
  sv: { phone: 'Samtal', callback: 'Återuppringning', chat: 'Chatt', email: 'E-post', forum: 'Frågeforum', social: 'Sociala medier' },
  en: { phone: 'Call', callback: 'Callback', chat: 'Chat', email: 'E-mail', forum: 'Forum', social: 'Social media' },
} as const;

export function offerNotification(i: Interaction, locale: string): { title: string; body: string } {
  const lang = locale.toLowerCase().startsWith('sv') || !locale.toLowerCase().startsWith('en') ? 'sv' : 'en';
  const channel = CHANNELS[lang][i.channel];
  const language = i.language === 'en' ? (lang === 'sv' ? 'engelska' : 'English') : lang === 'sv' ? 'svenska' : 'Swedish';
  const title = lang === 'sv' ? `Ny kontakt: ${channel} (${language})` : `New contact: ${channel} (${language})`;
  const parts = [i.subject, i.note ? (lang === 'sv' ? `Överlämnad: ${i.note}` : `Transferred: ${i.note}`) : null].filter((p): p is string => !!p);
  const body = parts.length > 0 ? parts.join(' — ').slice(0, 200) : lang === 'sv' ? 'Svara i arbetsplatsen' : 'Answer in the workstation';
  return { title, body };
}
