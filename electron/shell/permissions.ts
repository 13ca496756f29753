// Which web permissions the app's page may have. Everything is denied except:
// - notifications: a new offered contact while the window is in the background;
// - media, microphone only: the softphone (SIP over WebRTC). Never the
//   camera, never screen capture;
// - speaker-selection: the softphone plays the call in the headset and the
//   ring on the speakers (setSinkId);
// - hid: call-control buttons on the headset (WebHID). The device chooser
//   only lists devices with a telephony collection (the page's filter), and
//   `mayUseDevice` allows HID devices only, never USB or serial;
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
    case 'speaker-selection':
    case 'hid':
      return true;
    case 'media': {
      const types = query.mediaTypes ?? [];
      return types.length > 0 && types.every((type) => type === 'audio');
    }
    default:
      return false;
  }
}

export interface DeviceQuery {
  deviceType: string;
  /** The origin asking (app://desk). */
  origin: string;
}

/** Which devices the app's page may open once chosen: HID headsets only. */
export function mayUseDevice(query: DeviceQuery): boolean {
  return query.deviceType === 'hid' && isAppUrl(`${query.origin}/`);
}

/**
 * Electron shows no HID chooser of its own: main picks for the adviser. The
 * page asked with a telephony usage-page filter, so the list holds headsets
 * only; the first is taken (a desk has one headset). '' cancels.
 */
export function pickHidDevice(devices: ReadonlyArray<{ deviceId: string }>): string {
  return devices[0]?.deviceId ?? '';
}
