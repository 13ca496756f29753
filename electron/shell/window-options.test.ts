import { describe, expect, it } from 'vitest';
import { SPELLCHECK_LANGUAGES, windowOptions } from './window-options.js';

const preload = '/opt/halla/resources/app.asar/dist-electron/preload.cjs';

describe('windowOptions', () => {
  it('locks every window down the same way', () => {
    const { webPreferences } = windowOptions({ preload, devTools: false });
    expect(webPreferences).toMatchObject({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: false,
    });
  });

  it('cannot be talked out of its security settings by extra input', () => {
    // A caller passing more than the input type allows (e.g. from JavaScript)
    // still gets the fixed webPreferences.
    const input = { preload, devTools: true, webPreferences: { sandbox: false, contextIsolation: false } };
    const options = windowOptions(input);
    expect(options.webPreferences?.sandbox).toBe(true);
    expect(options.webPreferences?.contextIsolation).toBe(true);
  });

  it('stays hidden until ready to show, on the page background', () => {
    const options = windowOptions({ preload, devTools: false });
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('keeps the three panes usable: defaults and minimum sizes', () => {
    expect(windowOptions({ preload, devTools: false })).toMatchObject({ width: 1440, height: 900, minWidth: 1024, minHeight: 640 });
    expect(windowOptions({ preload, devTools: false, width: 300, height: 200 })).toMatchObject({ width: 1024, height: 640 });
    expect(windowOptions({ preload, devTools: false, title: 'Wallboard', width: 1920 })).toMatchObject({
      title: 'Wallboard',
      width: 1920,
    });
  });

  it('gives the hidden phone window the same lock-down, unthrottled timers and call audio without a click', () => {
    const phone = windowOptions({ preload, devTools: false, role: 'phone' });
    const workspace = windowOptions({ preload, devTools: false });
    expect(phone.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, backgroundThrottling: false, autoplayPolicy: 'no-user-gesture-required' });
    expect(phone).toMatchObject({ show: false, skipTaskbar: true, focusable: false });
    expect(workspace.webPreferences).toMatchObject({ backgroundThrottling: true, autoplayPolicy: 'user-gesture-required' });
    expect(workspace.skipTaskbar).toBeUndefined();
  });

  it('accepts Windows preload paths', () => {
    expect(windowOptions({ preload: 'C:\\Program Files\\Halla\\preload.cjs', devTools: false }).webPreferences?.preload).toBe(
      'C:\\Program Files\\Halla\\preload.cjs',
    );
  });

  it.each(['', 'preload.cjs', './dist-electron/preload.cjs'])('refuses a relative preload path: %j', (path) => {
    expect(() => windowOptions({ preload: path, devTools: false })).toThrow(/absolute/);
  });

  it('checks spelling in Swedish first, then English', () => {
    expect(SPELLCHECK_LANGUAGES).toEqual(['sv', 'en-US']);
  });
});
