// Every IPC handler asks this before doing anything: the message must come
// from the app's own page in a top-level frame. A subframe or a page that
// somehow got loaded into a window (despite the navigation guards) gets
// nothing from the bridge.
import { isAppUrl } from './navigation.js';

/**
 * @param frameUrl the URL of the frame that sent the message
 *   (`event.senderFrame.url`); null when the frame is gone.
 * @param isMainFrame whether that frame is the top frame of its window
 *   (`event.senderFrame.parent === null`).
 */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  if (!isMainFrame) return false;
  if (typeof frameUrl !== 'string' || frameUrl === '') return false;
  return isAppUrl(frameUrl);
}
