// The WebHID glue for call-control headsets: ask for a device (only from a
// click in the audio settings dialog — WebHID requires a user gesture), find
// it again on later starts (getDevices), open it, and pass its reports to
// the pure mapping (hid-mapping.ts). WebHID is not in TypeScript's DOM
// library, so the few members used are typed here.
import type { CollectionInfo } from './hid-layout';
import { isCallControlDevice, PAGE_TELEPHONY, telephonyLayout } from './hid-layout';
import { createReportReader, ledReports, type HeadsetSignal, type Leds } from './hid-mapping';

export interface HidDeviceLike {
  readonly productName: string;
  readonly vendorId: number;
  readonly productId: number;
  readonly opened: boolean;
  readonly collections: CollectionInfo[];
  open(): Promise<void>;
  close(): Promise<void>;
  sendReport(reportId: number, data: BufferSource): Promise<void>;
  addEventListener(type: 'inputreport', listener: (event: { reportId: number; data: DataView }) => void): void;
  removeEventListener(type: 'inputreport', listener: (event: { reportId: number; data: DataView }) => void): void;
}

interface HidLike {
  getDevices(): Promise<HidDeviceLike[]>;
  requestDevice(options: { filters: Array<{ usagePage?: number }> }): Promise<HidDeviceLike[]>;
}

function hid(): HidLike | null {
  const candidate = (navigator as Navigator & { hid?: HidLike }).hid;
  return candidate ?? null;
}

export const webHidAvailable = (): boolean => hid() !== null;

/** Shows the browser's device chooser, listing telephony devices only. Call from a click. */
export async function requestHeadset(): Promise<HidDeviceLike | null> {
  const api = hid();
  if (!api) return null;
  const devices = await api.requestDevice({ filters: [{ usagePage: PAGE_TELEPHONY }] });
  return devices.find((d) => isCallControlDevice(d.collections)) ?? null;
}

/** Headsets this origin was allowed before: the browser remembers the choice. */
export async function rememberedHeadsets(): Promise<HidDeviceLike[]> {
  const api = hid();
  if (!api) return [];
  return (await api.getDevices()).filter((d) => isCallControlDevice(d.collections));
}

export interface HeadsetConnection {
  readonly name: string;
  setLeds(leds: Leds): void;
  close(): Promise<void>;
}

export async function connectHeadset(device: HidDeviceLike, onSignal: (signal: HeadsetSignal) => void): Promise<HeadsetConnection> {
  if (!device.opened) await device.open();
  const layout = telephonyLayout(device.collections);
  const read = createReportReader(layout);
  const listener = (event: { reportId: number; data: DataView }) => {
    const bytes = new Uint8Array(event.data.buffer, event.data.byteOffset, event.data.byteLength);
    for (const signal of read(event.reportId, bytes)) onSignal(signal);
  };
  device.addEventListener('inputreport', listener);
  let lastLeds = '';
  return {
    name: device.productName,
    setLeds(leds) {
      // Only on change: some headsets click or flicker on every LED report.
      const key = JSON.stringify(leds);
      if (key === lastLeds) return;
      lastLeds = key;
      for (const report of ledReports(layout, leds)) {
        device.sendReport(report.reportId, report.data).catch((error: unknown) => console.warn('headset LED report failed', error));
      }
    },
    async close() {
      device.removeEventListener('inputreport', listener);
      await device.close().catch(() => undefined);
    },
  };
}
