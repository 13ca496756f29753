import { describe, expect, it } from 'vitest';
import { BRIDGE_METHODS, type DeskBridge } from '../bridge.js';
import { dispatchBridgeCall, isBridgeMethod } from './dispatch.js';

// A handler table whose methods record what they were called with; it is
// built like the real one (a plain object of functions), with `this` used
// to prove the table is the receiver.
function recordingTable() {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const table: Record<string, unknown> = { calls };
  for (const method of BRIDGE_METHODS) {
    table[method] = function (this: { calls: typeof calls }, ...args: unknown[]) {
      this.calls.push({ method, args });
      return Promise.resolve({ method });
    };
  }
  return { calls, handlers: table as unknown as DeskBridge };
}

describe('dispatchBridgeCall', () => {
  it('calls the named method with the arguments, on the table', async () => {
    const { calls, handlers } = recordingTable();
    await expect(dispatchBridgeCall(handlers, 'addNote', [{ caseId: 'c1', body: 'Ringde' }])).resolves.toEqual({
      method: 'addNote',
    });
    expect(calls).toEqual([{ method: 'addNote', args: [{ caseId: 'c1', body: 'Ringde' }] }]);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'calls', 'onEvent', 'desk:login', '', 'LOGIN'])(
    'refuses %j without calling anything',
    async (name) => {
      const { calls, handlers } = recordingTable();
      await expect(dispatchBridgeCall(handlers, name, [])).rejects.toThrow(/Unknown bridge method/);
      expect(calls).toEqual([]);
    },
  );

  it('passes a handler failure through', async () => {
    const { handlers } = recordingTable();
    const failing = { ...handlers, logout: () => Promise.reject(new Error('offline')) };
    await expect(dispatchBridgeCall(failing, 'logout', [])).rejects.toThrow('offline');
  });

  it('refuses a table that lacks the method', async () => {
    const { handlers } = recordingTable();
    const broken = { ...handlers, syncNow: undefined } as unknown as DeskBridge;
    await expect(dispatchBridgeCall(broken, 'syncNow', [])).rejects.toThrow(/no function/);
  });
});

describe('isBridgeMethod', () => {
  it('knows exactly the bridge methods', () => {
    for (const method of BRIDGE_METHODS) expect(isBridgeMethod(method)).toBe(true);
    expect(isBridgeMethod('onEvent')).toBe(false);
    expect(isBridgeMethod(42)).toBe(false);
    expect(isBridgeMethod(undefined)).toBe(false);
  });
});
