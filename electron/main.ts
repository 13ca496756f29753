// The Electron main process: thin wiring of Electron to the pure, tested
// pieces in ./shell (window options, URL allowlists, the app:// path check,
// the CSP, sender and permission checks, the token file) and to the desk
// core (./core), whose handler table is the ONE implementation of the bridge.
// Every decision lives in ./shell; what remains here is which Electron hook
// calls which decision. This file cannot run on machines without the
// Electron binary, so it is type-checked against Electron's own types.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Notification, protocol, safeStorage, session, shell, type Session, type WebContents } from 'electron';
import { BRIDGE_METHODS, EVENT_CHANNEL, PHONE_HOST_CHANNELS, channelOf, type CommandResult, type PhoneState } from './bridge.js';
import { createDeskCore } from './core/desk-core.js';
import type { DeskCore } from './core/ports.js';
import { appResponseHeaders, sipOrigins } from './shell/csp.js';
import { dispatchBridgeCall } from './shell/dispatch.js';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  DEFAULT_LINK_DOMAINS,
  createLinkAllowlist,
  externalLinkDecision,
  externalUrlShape,
  isAppUrl,
  mayNavigate,
} from './shell/navigation.js';
import { mayGrantPermission, mayUseDevice, pickHidDevice } from './shell/permissions.js';
import { offerNotification } from './shell/offer-notification.js';
import { resolveAppRequest } from './shell/protocol-path.js';
import { isTrustedSender } from './shell/sender.js';
import { createEncryptedTokenStore, type TokenCipher } from './shell/token-store.js';
import { SPELLCHECK_LANGUAGES, windowOptions } from './shell/window-options.js';

// Built layout (see electron/build.ts): dist-electron/{main.js,preload.cjs}
// beside renderer/dist, both inside app.asar when packaged.
const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = join(here, 'preload.cjs');
const PHONE_PRELOAD_PATH = join(here, 'phone-preload.cjs');
/** A phone window that crashed is started again after this long (not in a tight loop). */
const PHONE_RESTART_MS = 2_000;
const RENDERER_ROOT = join(here, '..', 'renderer', 'dist');
const TITLE = 'Hallå konsument';
const SHUTDOWN_TIMEOUT_MS = 5_000;

// Read on ready, where a bad value ends in a clear error box, not a stack trace.
// Until then no link may leave the app.
let linkAllowlist = createLinkAllowlist([]);

let core: DeskCore | null = null;
/** Set while the core is starting, so a quit during start-up still closes it. */
let coreStarting: Promise<DeskCore> | null = null;
let mainWindow: BrowserWindow | null = null;
/** The hidden window that owns the softphone's SIP session; a reload of the workspace never touches it. */
let phoneWindow: BrowserWindow | null = null;
let stopForwardingEvents: (() => void) | null = null;
/** Extra connect-src for the app's CSP: the SIP platform's WebSocket (HALLA_SIP_ORIGINS). */
let connectSrc: string[] = [];

function readServerUrl(raw: string | undefined): string {
  const value = raw?.trim() || 'http://127.0.0.1:8080';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`HALLA_SERVER_URL is not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`HALLA_SERVER_URL must be http(s): ${value}`);
  return url.origin;
}

function splitList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

// --- Before ready -----------------------------------------------------------

function start(): void {
  // app:// behaves like https for the renderer: a real origin ('self' in the
  // CSP), a secure context (needed for getUserMedia), fetch for its assets.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  // Sandbox every renderer, including any created without our options.
  app.enableSandbox();

  app.on('second-instance', () => focusMainWindow());
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // The hidden phone window is always there, so ask for the workspace itself.
    if (core && !mainWindow) createMainWindow();
  });
  app.on('before-quit', onBeforeQuit);

  app.whenReady().then(onReady, fail);
}

async function onReady(): Promise<void> {
  const serverUrl = readServerUrl(process.env.HALLA_SERVER_URL);
  linkAllowlist = createLinkAllowlist([...DEFAULT_LINK_DOMAINS, ...splitList(process.env.HALLA_LINK_DOMAINS)]);
  connectSrc = sipOrigins(process.env.HALLA_SIP_ORIGINS);
  lockDownSession(session.defaultSession);
  protocol.handle(APP_SCHEME, serveApp);

  const starting = createDeskCore({
    dataDir: app.getPath('userData'),
    serverUrl,
    tokenStore: createEncryptedTokenStore({ file: join(app.getPath('userData'), 'session-token.bin'), cipher: safeStorageCipher }),
    openExternal: openVettedLink,
    mode: 'electron',
    version: app.getVersion(),
  });
  coreStarting = starting;
  const started: DeskCore = await starting;
  coreStarting = null;
  if (shutdown !== 'running') {
    await started.close();
    return;
  }
  core = started;
  registerBridge(started);
  registerPhoneHost(started);
  stopForwardingEvents = started.onEvent((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (window === phoneWindow) continue;
      const contents = window.webContents;
      if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(EVENT_CHANNEL, event);
    }
    if (event.type === 'offer') notifyOffer(event.interaction);
    // The phone registers while someone is signed in, and stops at sign-out.
    if (event.type === 'session' && phoneWindow && !phoneWindow.webContents.isDestroyed()) phoneWindow.webContents.send(PHONE_HOST_CHANNELS.session, event.state);
  });
  createPhoneWindow(started);
  createMainWindow();
}

/** Shown notifications, kept until they close: one nobody references may be collected, and its click lost. */
const shownNotifications = new Set<Notification>();

/** A native notification for each offer; clicking it brings the workstation forward. */
function notifyOffer(interaction: Parameters<typeof offerNotification>[0]): void {
  if (!Notification.isSupported()) return;
  const n = new Notification({ ...offerNotification(interaction, app.getLocale()), silent: true, urgency: 'critical' });
  shownNotifications.add(n);
  n.on('close', () => shownNotifications.delete(n));
  n.on('click', () => {
    shownNotifications.delete(n);
    const window = mainWindow ?? createMainWindow();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  n.show();
}

function fail(error: unknown): void {
  console.error('The workstation could not start:', error);
  dialog.showErrorBox(TITLE, `The workstation could not start.\n\n${error instanceof Error ? error.message : String(error)}`);
  app.exit(1);
}

// --- Windows and navigation -------------------------------------------------

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(windowOptions({ preload: PRELOAD_PATH, devTools: !app.isPackaged, title: TITLE }));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    // The hidden phone window would otherwise keep the app (and the line) alive with no workspace.
    if (process.platform !== 'darwin') app.quit();
  });
  mainWindow = window;
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Loading the workstation failed:', error));
  return window;
}

// --- The phone window ----------------------------------------------------------

/**
 * The softphone runs in its own hidden window (the same app page, with the
 * phone preload, which makes the page start as the phone host). The core's
 * relay passes the workspace's commands to it and its state back, so a
 * reload of the workspace finds the call where it was.
 */
function createPhoneWindow(deskCore: DeskCore): void {
  const window = new BrowserWindow(windowOptions({ preload: PHONE_PRELOAD_PATH, devTools: !app.isPackaged, title: `${TITLE} – phone`, role: 'phone' }));
  phoneWindow = window;
  const contents = window.webContents;
  let detach: (() => void) | null = null;
  const drop = () => {
    detach?.();
    detach = null;
  };
  contents.on('did-finish-load', () => {
    drop();
    detach = deskCore.phone.attach({ send: (request) => contents.send(PHONE_HOST_CHANNELS.request, request) });
  });
  // A reload or crash of the phone window ends its calls; the relay says so to the workspace.
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) drop();
  });
  contents.on('render-process-gone', () => {
    drop();
    if (shutdown !== 'running') return;
    setTimeout(() => {
      if (phoneWindow === window && !window.isDestroyed()) window.reload();
    }, PHONE_RESTART_MS);
  });
  window.on('closed', () => {
    drop();
    if (phoneWindow === window) phoneWindow = null;
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Loading the phone failed:', error));
}

/** Only the phone window's own top frame may use the phone-host channels. */
function isPhoneSender(event: Electron.IpcMainEvent | Electron.IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return phoneWindow !== null && event.sender === phoneWindow.webContents && isTrustedSender(frame?.url, frame !== null && frame.parent === null);
}

function registerPhoneHost(deskCore: DeskCore): void {
  const C = PHONE_HOST_CHANNELS;
  ipcMain.handle(C.credentials, (event) => {
    if (!isPhoneSender(event)) throw new Error('Refused: the sender is not the phone window');
    return deskCore.handlers.api({ method: 'GET', path: '/v1/phone/credentials' });
  });
  ipcMain.handle(C.sessionState, (event) => {
    if (!isPhoneSender(event)) throw new Error('Refused: the sender is not the phone window');
    return deskCore.handlers.sessionState();
  });
  ipcMain.on(C.publish, (event, state: PhoneState) => {
    if (isPhoneSender(event)) deskCore.phone.publish(state);
  });
  ipcMain.on(C.reply, (event, id: number, result: CommandResult) => {
    if (isPhoneSender(event) && typeof id === 'number') deskCore.phone.reply(id, result);
  });
}

function unregisterPhoneHost(): void {
  const C = PHONE_HOST_CHANNELS;
  ipcMain.removeHandler(C.credentials);
  ipcMain.removeHandler(C.sessionState);
  ipcMain.removeAllListeners(C.publish);
  ipcMain.removeAllListeners(C.reply);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Applied to every web contents the app ever creates, windows or not. */
function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (mayNavigate(event.url)) return;
    event.preventDefault();
    // A plain link to an allowlisted site still does what the adviser meant.
    openIfAllowlisted(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowlisted(url);
    return { action: 'deny' };
  });
}

function openIfAllowlisted(url: string): void {
  const decision = externalLinkDecision(url, linkAllowlist);
  if (decision.action === 'deny') {
    console.warn(`Blocked a link (${decision.reason}): ${url.slice(0, 200)}`);
    return;
  }
  shell.openExternal(decision.url).catch((error: unknown) => console.error('Opening a link failed:', error));
}

/**
 * The core's way out to the system browser (the bridge's openExternal). The
 * core vets the host, because it knows the partners' websites (the 290
 * municipalities' sites cannot be listed here); this last gate re-checks
 * everything else: https, no credentials, default port, a public host.
 */
async function openVettedLink(url: string): Promise<void> {
  const decision = externalUrlShape(url);
  if (decision.action === 'deny') throw new Error(`Not a public https link (${decision.reason})`);
  await shell.openExternal(decision.url);
}

function lockDownSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(
      mayGrantPermission({
        permission,
        requestingUrl: details.requestingUrl,
        isMainFrame: details.isMainFrame,
        mediaTypes: 'mediaTypes' in details ? details.mediaTypes : undefined,
      }),
    );
  });
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    mayGrantPermission({
      permission,
      requestingUrl: details.requestingUrl,
      isMainFrame: details.isMainFrame,
      mediaTypes: details.mediaType ? [details.mediaType] : undefined,
    }),
  );
  // HID headsets only (call-control buttons); no USB or serial devices.
  ses.setDevicePermissionHandler((details) => mayUseDevice({ deviceType: details.deviceType, origin: details.origin }));
  ses.on('select-hid-device', (event, details, callback) => {
    event.preventDefault();
    callback(pickHidDevice(details.deviceList));
  });
  // Unknown codes would throw; a machine without a dictionary skips it.
  const available = new Set(ses.availableSpellCheckerLanguages);
  ses.setSpellCheckerLanguages(SPELLCHECK_LANGUAGES.filter((language) => available.has(language)));
}

// --- The app:// protocol ----------------------------------------------------

async function serveApp(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: appResponseHeaders('text/plain; charset=utf-8') });
  }
  const resolved = await resolveAppRequest(request.url, RENDERER_ROOT);
  switch (resolved.kind) {
    case 'file': {
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(resolved.path));
      return new Response(body, { status: 200, headers: appResponseHeaders(resolved.contentType, { connectSrc }) });
    }
    case 'not-found':
      return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
    case 'forbidden':
      console.warn(`Refused app:// request (${resolved.reason}): ${request.url.slice(0, 200)}`);
      return new Response('Forbidden', { status: 403, headers: appResponseHeaders('text/plain; charset=utf-8') });
  }
}

// --- The bridge ---------------------------------------------------------------

function registerBridge(deskCore: DeskCore): void {
  for (const method of BRIDGE_METHODS) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) => {
      const frame = event.senderFrame;
      // The phone window has its own, narrower channels; the desk bridge is the workspace's.
      if (phoneWindow !== null && event.sender === phoneWindow.webContents) throw new Error(`Refused ${method}: the phone window has no desk bridge`);
      if (!isTrustedSender(frame?.url, frame !== null && frame.parent === null)) {
        throw new Error(`Refused ${method}: the sender is not the workstation`);
      }
      return dispatchBridgeCall(deskCore.handlers, method, args);
    });
  }
}

function unregisterBridge(): void {
  for (const method of BRIDGE_METHODS) ipcMain.removeHandler(channelOf(method));
}

// --- The session token at rest ------------------------------------------------

const safeStorageCipher: TokenCipher = {
  // On Linux without a key ring safeStorage "encrypts" with a fixed, public
  // key ('basic_text'); that is no protection, so the token stays in memory.
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encrypt: (plainText) => safeStorage.encryptString(plainText),
  decrypt: (data) => safeStorage.decryptString(data),
};

// --- Shutdown -------------------------------------------------------------------

let shutdown: 'running' | 'closing' | 'closed' = 'running';

// Quitting waits for the core to close its cache and connections, so a write
// in flight is committed (or rolled back) rather than cut off; a core that
// hangs cannot keep the app open past the timeout.
function onBeforeQuit(event: Electron.Event): void {
  if (shutdown === 'closed') return;
  event.preventDefault();
  if (shutdown === 'closing') return;
  shutdown = 'closing';
  closeCore()
    .catch((error: unknown) => console.error('Closing the desk core failed:', error))
    .finally(() => {
      shutdown = 'closed';
      app.quit();
    });
}

async function closeCore(): Promise<void> {
  stopForwardingEvents?.();
  stopForwardingEvents = null;
  unregisterBridge();
  unregisterPhoneHost();
  // Ends any call with the window; the platform lets the registration lapse.
  if (phoneWindow && !phoneWindow.isDestroyed()) phoneWindow.destroy();
  const closing = core ?? (await coreStarting?.catch(() => null)) ?? null;
  core = null;
  if (!closing) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error(`The desk core did not close within ${SHUTDOWN_TIMEOUT_MS} ms; quitting anyway.`);
      resolve();
    }, SHUTDOWN_TIMEOUT_MS);
  });
  try {
    await Promise.race([closing.close(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// --- Start ----------------------------------------------------------------------

// Last in the file, so every declaration above is initialised. A second start
// (a double click, a desktop shortcut) focuses the running workstation
// instead of opening a second cache on the same files.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}
