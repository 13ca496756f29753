// Where each telephony control sits in a headset's HID reports, worked out
// from the report descriptor as WebHID hands it over (device.collections).
// Headsets differ (Jabra, Poly, EPOS each lay their reports out their own
// way), so nothing here is hard-coded per vendor: the descriptor says which
// report and which bit carries the hook switch, and which output bit lights
// the off-hook LED.

/** The subset of WebHID's HIDReportItem this needs (kept structural so tests can write fixtures). */
export interface ReportItemInfo {
  usages?: number[];
  usageMinimum?: number;
  usageMaximum?: number;
  reportSize?: number;
  reportCount?: number;
  isArray?: boolean;
  isAbsolute?: boolean;
  hasNull?: boolean;
  logicalMinimum?: number;
  logicalMaximum?: number;
}

export interface ReportInfo {
  reportId?: number;
  items?: ReportItemInfo[];
}

export interface CollectionInfo {
  usagePage?: number;
  usage?: number;
  inputReports?: ReportInfo[];
  outputReports?: ReportInfo[];
  children?: CollectionInfo[];
}

export const PAGE_TELEPHONY = 0x0b;
export const PAGE_LED = 0x08;

export const USAGE = {
  hookSwitch: (PAGE_TELEPHONY << 16) | 0x20,
  flash: (PAGE_TELEPHONY << 16) | 0x21,
  phoneMute: (PAGE_TELEPHONY << 16) | 0x2f,
  ledMute: (PAGE_LED << 16) | 0x09,
  ledOffHook: (PAGE_LED << 16) | 0x17,
  ledRing: (PAGE_LED << 16) | 0x18,
  ledHold: (PAGE_LED << 16) | 0x20,
} as const;

/** One control: a bit field in one report, or one slot of an array field. */
export interface Field {
  reportId: number;
  /** Bit offset from the start of the report's data (after the report id byte, which WebHID strips). */
  bitOffset: number;
  bitSize: number;
  /** Absolute (a state such as the hook) or relative (a press), as the descriptor declares. */
  isAbsolute: boolean;
  /** Array fields report the usage pressed as a value (an index into `arrayUsages`), not a bit. */
  arrayUsages: number[] | null;
  /** The value that means `arrayUsages[0]` (the item's logical minimum). */
  arrayMinimum: number;
  /** Array fields: how many usages can be reported at once (consecutive slots of bitSize). */
  slots: number;
}

export interface HidLayout {
  /** Input controls by 32-bit usage (page << 16 | id). */
  inputs: Map<number, Field>;
  /** Output (LED) fields by usage. */
  outputs: Map<number, Field>;
  /** Size in bytes of each output report, by report id. */
  outputSizes: Map<number, number>;
}

/** Usages an item declares, spelled out from a usage range when it has no list. */
function usagesOf(item: ReportItemInfo): number[] {
  if (item.usages && item.usages.length > 0) return item.usages;
  if (item.usageMinimum !== undefined && item.usageMaximum !== undefined && item.usageMaximum >= item.usageMinimum) {
    const out: number[] = [];
    for (let u = item.usageMinimum; u <= item.usageMaximum && out.length < 256; u++) out.push(u);
    return out;
  }
  return [];
}

function place(reports: ReportInfo[] | undefined, into: Map<number, Field>, sizes: Map<number, number> | null): void {
  for (const report of reports ?? []) {
    const reportId = report.reportId ?? 0;
    let bit = 0;
    for (const item of report.items ?? []) {
      const size = item.reportSize ?? 0;
      const count = item.reportCount ?? 0;
      const usages = usagesOf(item);
      if (item.isArray) {
        // Each of the `count` slots holds the index of a pressed usage (or a null value).
        for (const usage of usages) {
          if (!into.has(usage)) into.set(usage, { reportId, bitOffset: bit, bitSize: size, isAbsolute: item.isAbsolute ?? true, arrayUsages: usages, arrayMinimum: item.logicalMinimum ?? 0, slots: count });
        }
      } else {
        for (let i = 0; i < count; i++) {
          // With fewer usages than fields, the last usage repeats (HID 1.11, 6.2.2.8).
          const usage = usages[Math.min(i, usages.length - 1)];
          if (usage !== undefined && !into.has(usage)) into.set(usage, { reportId, bitOffset: bit + i * size, bitSize: size, isAbsolute: item.isAbsolute ?? true, arrayUsages: null, arrayMinimum: 0, slots: 1 });
        }
      }
      bit += size * count;
    }
    if (sizes) sizes.set(reportId, Math.max(sizes.get(reportId) ?? 0, Math.ceil(bit / 8)));
  }
}

function walk(collection: CollectionInfo, layout: HidLayout): void {
  place(collection.inputReports, layout.inputs, null);
  place(collection.outputReports, layout.outputs, layout.outputSizes);
  for (const child of collection.children ?? []) walk(child, layout);
}

/** The layout of the telephony collections only: a headset's other collections (consumer volume keys, vendor pages) are left alone. */
export function telephonyLayout(collections: readonly CollectionInfo[]): HidLayout {
  const layout: HidLayout = { inputs: new Map(), outputs: new Map(), outputSizes: new Map() };
  for (const collection of collections) if (collection.usagePage === PAGE_TELEPHONY) walk(collection, layout);
  return layout;
}

/** True when the device has a hook switch: the one control a call-control headset must have. */
export function isCallControlDevice(collections: readonly CollectionInfo[]): boolean {
  return telephonyLayout(collections).inputs.has(USAGE.hookSwitch);
}

/** The unsigned value of `field` in `data` (little-endian bit order, as HID packs it). */
export function readField(data: Uint8Array, field: Pick<Field, 'bitOffset' | 'bitSize'>): number {
  let value = 0;
  for (let i = 0; i < field.bitSize; i++) {
    const bit = field.bitOffset + i;
    const byte = data[bit >> 3] ?? 0;
    if ((byte >> (bit & 7)) & 1) value |= 1 << i;
  }
  return value;
}

export function writeField(data: Uint8Array, field: Pick<Field, 'bitOffset' | 'bitSize'>, value: number): void {
  for (let i = 0; i < field.bitSize; i++) {
    const bit = field.bitOffset + i;
    const index = bit >> 3;
    if (index >= data.length) return;
    const mask = 1 << (bit & 7);
    data[index] = (value >> i) & 1 ? (data[index] ?? 0) | mask : (data[index] ?? 0) & ~mask;
  }
}
