// Browser mode's one WebSocket carries bridge calls and events. These are its
// message shapes, shared by the host (Node) and the page (browser).
import type { DeskEvent } from '../bridge.js';

export interface CallMessage {
  id: number;
  method: string;
  args: unknown[];
}

export type ReplyMessage =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { message: string } }
  | { event: DeskEvent };

export const RPC_PATH = '/desk-rpc';
export const CLIENT_SCRIPT_PATH = '/desk-bridge.js';
