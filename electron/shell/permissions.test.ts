import { describe, expect, it } from 'vitest';
import { mayGrantPermission } from './permissions.js';

const fromApp = { requestingUrl: 'app://desk/index.html', isMainFrame: true };

describe('mayGrantPermission', () => {
  it('grants notifications and clipboard writes to the app', () => {
    expect(mayGrantPermission({ ...fromApp, permission: 'notifications' })).toBe(true);
    expect(mayGrantPermission({ ...fromApp, permission: 'clipboard-sanitized-write' })).toBe(true);
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
    'hid',
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
