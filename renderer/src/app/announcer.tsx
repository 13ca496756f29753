// One polite live region for confirmations ("The note is saved"), so screen
// reader users hear what sighted users see in the status line.
import { useEffect, useState } from 'react';
import { useUiStore } from './ui-store';

export function Announcer() {
  const announcement = useUiStore((s) => s.announcement);
  const [visible, setVisible] = useState<string | null>(null);
  useEffect(() => {
    if (!announcement) return;
    setVisible(announcement.text);
    const timer = window.setTimeout(() => setVisible(null), 4000);
    return () => window.clearTimeout(timer);
  }, [announcement]);
  return (
    <div className={visible ? 'toast toast-visible' : 'toast'} role="status" aria-live="polite">
      {visible}
    </div>
  );
}
