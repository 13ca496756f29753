import { describe, expect, it } from 'vitest';
import { mayGrantPermission, mayUseDevice, pickHidDevice } from './permissions.js';

const fromApp = { requestingUrl: 'app://desk/index.html', isMainFrame: true };

describe('mayGrantPermission', () => {
  it('grants notifications and clipboard writes to the app', () => {
    expect(mayGrantPermission({ ...fromApp, permission: 'notifications' })).toBe(true);
    expect(mayGrantPermission({ ...fromApp, permission: 'clipboard-sanitized-write' })).toBe(true);
  });

  it('lets the softphone choose audio outputs and read the headset’s buttons', () => {
    expect(mayGrantPermission({ ...fromApp, permission: 'speaker-selection' })).toBe(true);
    expect(mayGrantPermission({ ...fromApp, permission: 'hid' })).toBe(true);
    expect(mayGrantPermission({ requestingUrl: 'https://evil.example/', isMainFrame: true, permission: 'hid' })).toBe(false);
  });

  it('grants the microphone, and only the microphone', () => {
    expect(mayGrantPermission({ ...fromApp, permission: 'media', mediaTypes: ['audio'] })).toBe(true);
    expect(mayGrantPermission({ ...fromApp, permission: 'media', mediaTypes: ['video'] })).toBe(false);
    expect(mayGrantPermission({ ...fromApp, permission: 'media', mediaTypes: ['audio', 'video'] })).toBe(false);
    expect(mayGrantPermission({ ...fromApp, permission: 'media', mediaTypes: ['unknown'] })).toBe(false);
    expect(mayGrantPermission({ ...fromApp, permission: 'media', mediaTypes: [] })).toBe(false);
    expect(mayGrantPermission({ ...fromApp, permission: 'media' })).toBe(false);
  });

  it.each([
    'clipboard-read',
    'display-capture',
    'geolocation',
    'openExternal',
    'fileSystem',
    'serial',
    'usb',
    'midiSysex',
    'pointerLock',
    'keyboardLock',
    'window-management',
    'unknown',
  ])('denies %s', (permission) => {
    expect(mayGrantPermission({ ...fromApp, permission, mediaTypes: ['audio'] })).toBe(false);
  });

  it('denies anything asked by a subframe or a foreign page', () => {
    expect(mayGrantPermission({ ...fromApp, isMainFrame: false, permission: 'notifications' })).toBe(false);
    expect(
      mayGrantPermission({ requestingUrl: 'https://evil.example/', isMainFrame: true, permission: 'notifications' }),
    ).toBe(false);
    expect(mayGrantPermission({ requestingUrl: undefined, isMainFrame: true, permission: 'notifications' })).toBe(false);
  });
});

describe('mayUseDevice and pickHidDevice', () => {
  it('lets the app open HID headsets, and no USB or serial device, and nothing for other origins', () => {
    expect(mayUseDevice({ deviceType: 'hid', origin: 'app://desk' })).toBe(true);
    expect(mayUseDevice({ deviceType: 'usb', origin: 'app://desk' })).toBe(false);
    expect(mayUseDevice({ deviceType: 'serial', origin: 'app://desk' })).toBe(false);
    expect(mayUseDevice({ deviceType: 'hid', origin: 'https://evil.example' })).toBe(false);
  });

  it('takes the first headset the filtered chooser lists, or cancels when there is none', () => {
    expect(pickHidDevice([{ deviceId: 'a' }, { deviceId: 'b' }])).toBe('a');
    expect(pickHidDevice([])).toBe('');
  });
});
