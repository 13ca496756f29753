// Which web permissions the app's page may have. Everything is denied except:
// - notifications: a new offered contact while the window is in the background;
// - media, microphone only: the softphone (SIP over WebRTC) to come. Never the
//   camera, never screen capture;
// - clipboard-sanitized-write: "copy link" on a knowledge article writes
//   plain text to the clipboard. Reading the clipboard stays denied.
// and only for the app's own top frame.
import { isAppUrl } from './navigation.js';

export interface PermissionQuery {
  permission: string;
  /** The URL of the frame asking. */
  requestingUrl: string | undefined;
  isMainFrame: boolean;
  /** For `media`: what is asked for (request: a list; check: one type). */
  mediaTypes?: readonly string[];
}

export function mayGrantPermission(query: PermissionQuery): boolean {
  if (!query.isMainFrame) return false;
  if (query.requestingUrl === undefined || !isAppUrl(query.requestingUrl)) return false;
  switch (query.permission) {
    case 'notifications':
    case 'clipboard-sanitized-write':
      return true;
    case 'media': {
      const types = query.mediaTypes ?? [];
      return types.length > 0 && types.every((type) => type === 'audio');
    }
    default:
      return false;
  }
}
