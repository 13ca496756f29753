// Dates and times as advisers read them: Stockholm time, in the UI language.
const ZONE = 'Europe/Stockholm';

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    timeZone: ZONE,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);
}

export function formatTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { timeZone: ZONE, timeStyle: 'short' }).format(date);
}

/** "HK-2025-000123" from the server, or null while a new case waits for its first sync. */
export function displayReference(reference: string | null | undefined): string | null {
  const trimmed = reference?.trim();
  return trimmed ? trimmed : null;
}
