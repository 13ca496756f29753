// Is the adviser looking at the selected chat? Only then are the consumer's
// messages reported as read: the window is in front and has focus, the
// workspace (not the wallboard) is showing, and keyboard focus is inside the
// chat area — the conversation, its composer or its tabs. An adviser writing
// a case note while the consumer types has not read the new lines yet; the
// unread marker says so, and they are read the moment the adviser comes back.
import { useEffect, useState, type RefObject } from 'react';
import { useUiStore } from '../../app/ui-store';

export function useChatAttention(area: RefObject<HTMLElement | null>, selectedChatId: string | null): string | null {
  const [inside, setInside] = useState(false);
  const view = useUiStore((s) => s.view);

  useEffect(() => {
    const check = () => setInside(document.visibilityState === 'visible' && document.hasFocus() && !!area.current?.contains(document.activeElement));
    // During focusout the next element has not got focus yet: look once it has.
    const later = () => window.setTimeout(check, 0);
    check();
    document.addEventListener('focusin', check);
    document.addEventListener('focusout', later);
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    window.addEventListener('blur', check);
    return () => {
      document.removeEventListener('focusin', check);
      document.removeEventListener('focusout', later);
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
      window.removeEventListener('blur', check);
    };
  }, [area]);

  return inside && view === 'workspace' ? selectedChatId : null;
}
