// What the workstation hears on its calls, from WebRTC's own counters
// (getStats: bytes and the total audio energy of the inbound audio). The
// softphone's audio element is not in the page, so the page's peer
// connections are kept in a list by an init script, before the app loads.
import type { Page } from 'playwright-core';

/** The inbound audio of all the page's calls so far. */
export async function deskReceived(page: Page): Promise<{ bytes: number; energy: number }> {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { __pcs?: RTCPeerConnection[] }).__pcs ?? [];
    let bytes = 0;
    let energy = 0;
    for (const pc of pcs) {
      (await pc.getStats()).forEach((r: { type: string; kind?: string; bytesReceived?: number; totalAudioEnergy?: number }) => {
        if (r.type === 'inbound-rtp' && r.kind === 'audio') {
          bytes += r.bytesReceived ?? 0;
          energy += r.totalAudioEnergy ?? 0;
        }
      });
    }
    return { bytes, energy };
  });
}

/** Keeps every RTCPeerConnection the page makes in window.__pcs. */
export const RECORD_PEER_CONNECTIONS = `(() => {
  const Original = window.RTCPeerConnection;
  const pcs = (window.__pcs = []);
  window.RTCPeerConnection = class extends Original {
    constructor(...args) { super(...args); pcs.push(this); }
  };
})();`;

/** True once what the desk receives grows by sound within a second (a beep), not just packets of silence. */
export async function deskHears(page: Page): Promise<boolean> {
  const a = await deskReceived(page);
  await new Promise((r) => setTimeout(r, 1000));
  const b = await deskReceived(page);
  return b.bytes > a.bytes && b.energy - a.energy > 1e-4;
}
