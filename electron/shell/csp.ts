// The Content-Security-Policy of the app, sent as a response header by the
// app:// protocol handler (a header, not a <meta> tag, because
// frame-ancestors is ignored in <meta>).
//
// The renderer never talks to the network itself: every read and write goes
// through the bridge to the main process. So everything is 'self' (app://desk)
// and nothing is inline:
// - no 'unsafe-inline' for scripts: Vite's production build emits only
//   external module scripts (its module-preload polyfill is bundled into the
//   entry chunk, not inlined);
// - no 'unsafe-inline' for styles either: Vite emits CSS as <link>ed files,
//   and React's `style` prop writes through the CSSOM, which CSP does not
//   govern. What would break is a library that injects <style> elements at
//   run time (CSS-in-JS) — the renderer must not use one;
// - no 'unsafe-eval', no wasm-unsafe-eval: nothing in the app compiles code.
// data: images and fonts cover small assets Vite inlines (under 4 kB); blob: would allow
// script-made documents and is left out until something needs it.

export interface CspOptions {
  /**
   * Extra connect-src origins: the softphone's SIP-over-WebSocket endpoint
   * (wss://pbx.example), from HALLA_SIP_ORIGINS. Empty by default.
   */
  connectSrc?: readonly string[];
}

const SECURE_ORIGIN = /^(?:wss|https):\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;
// Unencrypted WebSocket only to this machine: the development SIP platform.
const LOOPBACK_WS = /^ws:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$/i;

export function isConnectSrcOrigin(origin: string): boolean {
  return SECURE_ORIGIN.test(origin) || LOOPBACK_WS.test(origin);
}

/** HALLA_SIP_ORIGINS (comma-separated) as connect-src entries; a bad entry stops the start with a clear message. */
export function sipOrigins(raw: string | undefined): string[] {
  const list = (raw ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
  for (const origin of list) {
    if (!isConnectSrcOrigin(origin)) throw new Error(`HALLA_SIP_ORIGINS: not a bare wss:// origin (ws:// only on loopback): ${origin}`);
  }
  return list;
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  for (const origin of options.connectSrc ?? []) {
    if (!isConnectSrcOrigin(origin)) {
      throw new Error(`connect-src entries must be bare https or wss origins (ws only on loopback): ${origin}`);
    }
  }
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['media-src', ["'self'"]],
    ['connect-src', ["'self'", ...(options.connectSrc ?? [])]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['child-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Every response of the app:// handler carries these. */
export function appResponseHeaders(contentType: string, options: CspOptions = {}): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(options),
    // Unknown files are served as application/octet-stream; never let the
    // renderer guess that one is a script.
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The build is immutable for the life of an installed version; no-cache
    // still makes an updated version take effect on its first start.
    'Cache-Control': 'no-cache',
  };
}
