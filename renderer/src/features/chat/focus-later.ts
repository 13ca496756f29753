// Focus for an element that is about to appear: live work moves under the
// adviser (a chat ends, its wrap-up card comes with the next live event), so
// the target may not be in the page yet. Tries for a moment, then gives up.
// The first try waits a beat, so a dialog closing now hands focus back first.
const TRY_FOR_MS = 3_000;

export function focusWhenThere(selector: string): void {
  const until = Date.now() + TRY_FOR_MS;
  const attempt = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) el.focus();
    else if (Date.now() < until) window.setTimeout(attempt, 50);
  };
  window.setTimeout(attempt, 50);
}

/** The heading of a contact's card in the inbox (its wrap-up, once a chat has ended). */
export const contactCardHeading = (interactionId: string) => `[data-contact-id="${CSS.escape(interactionId)}"] h3`;
