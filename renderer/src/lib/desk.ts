// The renderer's only way out: `window.desk`, put there by Electron's preload
// or by the browser-mode host's bootstrap script before this bundle runs.
// The renderer never talks HTTP or WebSocket itself.
import type { DeskWindowApi } from '../../../electron/bridge';

declare global {
  interface Window {
    desk?: DeskWindowApi;
  }
}

/** The bridge, or null when the page was opened without a host (then main.tsx shows an error screen). */
export function findDesk(): DeskWindowApi | null {
  const candidate = typeof window === 'undefined' ? undefined : window.desk;
  return candidate && typeof candidate.sessionState === 'function' && typeof candidate.onEvent === 'function' ? candidate : null;
}

let cached: DeskWindowApi | null = null;

/** The bridge; only called after main.tsx has checked that it exists. */
export function desk(): DeskWindowApi {
  cached ??= findDesk();
  if (!cached) throw new Error('window.desk is missing: the workspace must be opened by the desktop app or the browser-mode host');
  return cached;
}
