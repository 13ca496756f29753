// Headset descriptors and input reports for the HID mapping tests.
//
// These are NOT captures from real devices (none was attached to the machine
// this was written on). They are written by hand after the layouts call-
// control headsets declare, as WebHID would hand them over (device.collections
// with usages as page << 16 | id, and reports without the report-id byte):
// - JABRA_STYLE: a telephony collection (page 0x0B, usage 0x05 Headset) whose
//   input report 2 carries Hook Switch (absolute), Line Busy, Flash (relative),
//   Phone Mute (relative) and Redial as one bit each, then padding; output
//   report 2 carries the Mute, Off-Hook, Ring and Hold LEDs as bits; plus a
//   consumer-control collection (volume keys) that must be ignored.
// - ARRAY_STYLE: a telephony collection whose buttons come as an array field
//   (one 8-bit slot holding the index of the button down, 0 = none), and a
//   relative hook switch, the other way devices declare the same controls.
import type { CollectionInfo } from './hid-layout';

const T = (id: number) => (0x0b << 16) | id;
const L = (id: number) => (0x08 << 16) | id;
const C = (id: number) => (0x0c << 16) | id;

export const JABRA_STYLE: CollectionInfo[] = [
  {
    usagePage: 0x0c,
    usage: 0x01,
    inputReports: [{ reportId: 1, items: [{ usages: [C(0xe9), C(0xea)], reportSize: 1, reportCount: 2, isAbsolute: false }, { reportSize: 6, reportCount: 1 }] }],
  },
  {
    usagePage: 0x0b,
    usage: 0x05,
    inputReports: [
      {
        reportId: 2,
        items: [
          { usages: [T(0x20)], reportSize: 1, reportCount: 1, isAbsolute: true },
          { usages: [T(0x97)], reportSize: 1, reportCount: 1, isAbsolute: true },
          { usages: [T(0x21)], reportSize: 1, reportCount: 1, isAbsolute: false },
          { usages: [T(0x2f)], reportSize: 1, reportCount: 1, isAbsolute: false },
          { usages: [T(0x24)], reportSize: 1, reportCount: 1, isAbsolute: false },
          { reportSize: 3, reportCount: 1 },
        ],
      },
    ],
    outputReports: [
      {
        reportId: 2,
        items: [
          { usages: [L(0x09), L(0x17), L(0x18), L(0x20)], reportSize: 1, reportCount: 4, isAbsolute: true },
          { reportSize: 4, reportCount: 1 },
        ],
      },
    ],
  },
];

/** Input report 2 of JABRA_STYLE as recorded from a press sequence (hex, one byte). */
export const JABRA_REPORTS = {
  idle: '00',
  /** Button pressed while ringing: the headset goes off hook. */
  offHook: '01',
  /** Mute pressed during the call (still off hook), then released. */
  muteDown: '09',
  muteUp: '01',
  /** Flash pressed and released while off hook. */
  flashDown: '05',
  flashUp: '01',
  /** Button pressed again: on hook. */
  onHook: '00',
};

export const ARRAY_STYLE: CollectionInfo[] = [
  {
    usagePage: 0x0b,
    usage: 0x05,
    inputReports: [
      {
        reportId: 3,
        items: [
          { usages: [T(0x20)], reportSize: 1, reportCount: 1, isAbsolute: false },
          { reportSize: 7, reportCount: 1 },
          { usages: [T(0x21), T(0x2f), T(0x26)], reportSize: 8, reportCount: 1, isArray: true, logicalMinimum: 1, logicalMaximum: 3 },
        ],
      },
    ],
    outputReports: [{ reportId: 4, items: [{ usages: [L(0x17), L(0x09)], reportSize: 1, reportCount: 2, isAbsolute: true }, { reportSize: 6, reportCount: 1 }] }],
  },
];

/** Input report 3 of ARRAY_STYLE (two bytes: hook bit, then the array slot). */
export const ARRAY_REPORTS = {
  idle: '0000',
  hookDown: '0100',
  hookUp: '0000',
  /** Array slot = 2: the second usage (Phone Mute) is down. */
  muteDown: '0002',
  flashDown: '0001',
  released: '0000',
};

export function hex(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
