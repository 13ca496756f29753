// What the desktop core needs from its host (Electron's main process, or the
// browser-mode host) and what it gives back. The core imports no `electron`.
import type { DeskBridge, DeskEvent } from '../bridge.js';
import type { PhoneRelay } from './phone-relay.js';

/** Keeps the session token outside the renderer: Electron's safeStorage, or a file in browser mode. */
export interface TokenStore {
  load(): Promise<string | null>;
  save(token: string): Promise<void>;
  clear(): Promise<void>;
}

export interface CoreOptions {
  /** Where the cache database lives (the app's user-data directory). */
  dataDir: string;
  /** The backend, e.g. http://127.0.0.1:8080 */
  serverUrl: string;
  tokenStore: TokenStore;
  /** Opens a vetted https URL in the system browser. */
  openExternal(url: string): Promise<void>;
  mode: 'electron' | 'browser';
  version: string;
}

export interface DeskCore {
  /** The ONE handler table both transports register. */
  handlers: DeskBridge;
  /** Where the host attaches the phone window that owns the SIP session (desktop app). */
  phone: PhoneRelay;
  onEvent(listener: (event: DeskEvent) => void): () => void;
  close(): Promise<void>;
}

export type CreateDeskCore = (options: CoreOptions) => Promise<DeskCore>;
