// A small line icon per channel, drawn here (the CSP allows no external
// images). Decorative: the channel's name is always written beside it.
import type { Channel } from '../../lib/bridge-types';

const PATHS: Record<Channel, string[]> = {
  phone: ['M7 3h3l1.5 4.5-2 1.5a10 10 0 0 0 5.5 5.5l1.5-2L21 14v3a2 2 0 0 1-2 2A16 16 0 0 1 5 5a2 2 0 0 1 2-2z'],
  callback: ['M6 4h2.5l1.2 3.6-1.6 1.2a8 8 0 0 0 4.4 4.4l1.2-1.6 3.6 1.2V15a1.6 1.6 0 0 1-1.6 1.6A12.8 12.8 0 0 1 4.4 5.6 1.6 1.6 0 0 1 6 4z', 'M15 3h6v6', 'M21 3l-6 6'],
  email: ['M3 6h18v12H3z', 'M3 6l9 7 9-7'],
  chat: ['M4 5h16v10H10l-5 4v-4H4z', 'M8 10h.01', 'M12 10h.01', 'M16 10h.01'],
  forum: ['M3 4h12v8H8l-3 3v-3H3z', 'M17 8h4v8h-2v3l-3-3h-5v-2'],
  // Three linked circles (each drawn as two half arcs around its centre).
  social: ['M4.5 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0', 'M14.5 6a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0', 'M14.5 18a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0', 'M9.2 10.8l5.6-3.4', 'M9.2 13.2l5.6 3.4'],
};

export function ChannelIcon({ channel }: { channel: Channel }) {
  return (
    <svg className="channel-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      {PATHS[channel].map((d) => (
        <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      ))}
    </svg>
  );
}
