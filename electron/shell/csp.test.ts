import { describe, expect, it } from 'vitest';
import { appResponseHeaders, contentSecurityPolicy, sipOrigins } from './csp.js';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy());

  it('allows scripts, styles and connections from the app only', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('has no inline code, no eval and no wildcard anywhere', () => {
    const text = contentSecurityPolicy();
    expect(text).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|blob:|http:|https:/);
  });

  it('forbids plugins, framing, base rewriting and form posts', () => {
    for (const name of ['object-src', 'frame-ancestors', 'base-uri', 'form-action', 'frame-src']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });

  it('names every directive once', () => {
    const names = contentSecurityPolicy()
      .split(';')
      .map((part) => part.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('adds extra connect-src origins only when they are bare wss or https origins', () => {
    const extended = directives(contentSecurityPolicy({ connectSrc: ['wss://pbx.example.se:7443'] }));
    expect(extended.get('connect-src')).toEqual(["'self'", 'wss://pbx.example.se:7443']);
    for (const bad of ['*', 'ws:', 'https://pbx.example.se/path', "'unsafe-inline'", 'wss://a.se; script-src *', 'http://pbx.se']) {
      expect(() => contentSecurityPolicy({ connectSrc: [bad] }), bad).toThrow(/bare https or wss/);
    }
  });

  it('lets the softphone reach its SIP WebSocket: wss anywhere, plain ws only on this machine', () => {
    expect(sipOrigins('wss://sip.example.se:7443, ws://127.0.0.1:8088')).toEqual(['wss://sip.example.se:7443', 'ws://127.0.0.1:8088']);
    expect(sipOrigins(undefined)).toEqual([]);
    expect(() => sipOrigins('ws://sip.example.se:8088')).toThrow(/HALLA_SIP_ORIGINS/);
    expect(() => sipOrigins('wss://sip.example.se/ws')).toThrow(/HALLA_SIP_ORIGINS/);
    expect(directives(contentSecurityPolicy({ connectSrc: ['ws://localhost:8088'] })).get('connect-src')).toEqual(["'self'", 'ws://localhost:8088']);
  });
});

describe('appResponseHeaders', () => {
  it('carries the policy, the type and nosniff', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });
});
