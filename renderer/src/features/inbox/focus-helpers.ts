// Where keyboard focus goes when live work moves under it. A card that
// disappears (an accepted or declined offer, a finished wrap-up) takes focus
// with it; the page then puts it somewhere sensible instead of on <body>.
// Focus is never taken from where the adviser is working (a text field, a
// dialog): only when nothing has it.

export const INBOX_HEADING_ID = 'live-inbox-heading';

/** Nothing (or the page itself) has focus. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}

/** Moves focus to the inbox heading, if focus was lost. */
export function recoverFocusToInbox(): void {
  // After React has removed the card that had focus.
  window.setTimeout(() => {
    if (focusIsLost()) document.getElementById(INBOX_HEADING_ID)?.focus();
  }, 0);
}

/** The contact whose card holds focus, for the shortcuts ("this offer"). */
export function focusedContactId(): string | null {
  const active = document.activeElement;
  return active instanceof HTMLElement ? (active.closest<HTMLElement>('[data-contact-id]')?.dataset.contactId ?? null) : null;
}
