// Calls one method of the bridge's handler table with arguments that arrived
// over a transport (Electron IPC, or the browser-mode host's WebSocket).
// The method name is checked against BRIDGE_METHODS, so a name from the wire
// such as `constructor` or `__proto__` never reaches the table.
import { BRIDGE_METHODS, type DeskBridge } from '../bridge.js';

export type BridgeMethod = (typeof BRIDGE_METHODS)[number];

const METHODS: ReadonlySet<string> = new Set(BRIDGE_METHODS);

export function isBridgeMethod(name: unknown): name is BridgeMethod {
  return typeof name === 'string' && METHODS.has(name);
}

/**
 * The arguments are untrusted data; each handler validates its own input.
 * Rejects when the name is not a bridge method.
 */
export async function dispatchBridgeCall(handlers: DeskBridge, method: string, args: readonly unknown[]): Promise<unknown> {
  if (!isBridgeMethod(method)) throw new Error(`Unknown bridge method: ${JSON.stringify(method)}`);
  const handler: unknown = handlers[method];
  if (typeof handler !== 'function') throw new Error(`The handler table has no function for ${method}`);
  const result: unknown = await Reflect.apply(handler, handlers, args);
  return result;
}
