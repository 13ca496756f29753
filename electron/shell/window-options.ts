// The ONE factory for the options of every window the app opens.
//
// The security settings are not parameters: no caller can turn one off.
// They are the Electron defaults today, and are spelled out anyway so that a
// changed default, or a future window written in a hurry, cannot weaken them.
//
// Typed against Electron's own `BrowserWindowConstructorOptions` through a
// type-only import, which is erased at compile time, so this file still runs
// (and is tested) without Electron. The type is what makes a misspelled key
// (`contextIsolaton: true`, silently ignored at run time) a compile error.
import type { BrowserWindowConstructorOptions } from 'electron';

/** The renderer's --bg (renderer/src/styles/app.css), so a window never flashes another colour. */
export const WINDOW_BACKGROUND = '#f4f5f7';

/**
 * Spell-checker languages: Swedish first (advisers write to consumers in
 * Swedish), then English. Set on the session, not on a window, with
 * `session.setSpellCheckerLanguages` (macOS uses the system's own).
 */
export const SPELLCHECK_LANGUAGES: readonly string[] = ['sv', 'en-US'];

export interface WindowOptionsInput {
  /** Absolute path of the built preload script. */
  preload: string;
  title?: string;
  /** Developer tools: on in development, off in a packaged build. */
  devTools: boolean;
  width?: number;
  height?: number;
  /**
   * 'phone': the hidden window that owns the softphone's SIP session. It is
   * never shown, and two things differ, both for the call: timers are not
   * throttled in the background (SIP keep-alives, re-registration), and the
   * far end's audio may play without a click in that window (it never gets one).
   */
  role?: 'workspace' | 'phone';
}

/** Three panes (work list, case, knowledge) need this much to stay usable. */
const MIN_WIDTH = 1024;
const MIN_HEIGHT = 640;

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  if (input.preload === '' || !isAbsolutePath(input.preload)) {
    throw new Error(`The preload path must be absolute: ${JSON.stringify(input.preload)}`);
  }
  const phone = input.role === 'phone';
  return {
    title: input.title ?? 'Hallå konsument',
    width: Math.max(input.width ?? 1440, MIN_WIDTH),
    height: Math.max(input.height ?? 900, MIN_HEIGHT),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on 'ready-to-show', so the adviser never sees a half-painted window.
    show: false,
    autoHideMenuBar: false,
    ...(phone ? { skipTaskbar: true, focusable: false } : {}),
    webPreferences: {
      preload: input.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: input.devTools,
      backgroundThrottling: !phone,
      autoplayPolicy: phone ? 'no-user-gesture-required' : 'user-gesture-required',
    },
  };
}

// node:path would do, but this file stays free of Node imports so it could
// run anywhere; POSIX and Windows absolute forms are both accepted.
function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}
