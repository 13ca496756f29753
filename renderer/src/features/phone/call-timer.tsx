// How long the call has been answered, ticking each second.
import { useEffect, useState } from 'react';
import { formatClock } from '../live/clock-format';

export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function callSeconds(answeredAt: number | null, now: number): number {
  return answeredAt === null ? 0 : Math.max(0, Math.floor((now - answeredAt) / 1000));
}

export function CallTimer({ answeredAt, label }: { answeredAt: number | null; label: string }) {
  const now = useNow();
  return (
    <p className="contact-clock">
      <span className="visually-hidden">{label} </span>
      {/* Not a live region: a screen reader would read it every second. */}
      <time>{formatClock(callSeconds(answeredAt, now))}</time>
    </p>
  );
}
