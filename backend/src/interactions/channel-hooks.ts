// How a channel plugs into the lifecycle: the routing engine and the
// lifecycle steps are the same for every channel, and a channel that needs
// to act on a step (chat tells the consumer who joined, and closes the chat
// when the conversation ends) registers hooks here. Each runs inside the
// step's routing transaction.
import type { Actor } from '../deps.js';
import type { Channel, InteractionRow } from '../db/schema.js';
import type { RoutingTx } from '../routing/lock.js';

export interface ChannelHooks {
  /**
   * The adviser accepts the offer through the API. A channel whose contacts are
   * answered elsewhere (a call through the SIP platform is answered on the
   * phone) throws here to refuse it.
   */
  accepting?(rtx: RoutingTx, row: InteractionRow): Promise<void>;
  /** An adviser accepted the contact. */
  accepted?(rtx: RoutingTx, row: InteractionRow, actor: Actor): Promise<void>;
  /** The conversation ended (the adviser ended it, or the consumer left during it); wrap-up follows. */
  ended?(rtx: RoutingTx, row: InteractionRow, by: string): Promise<void>;
  /** It ended while still waiting: abandoned by the consumer, or expired. */
  endedWaiting?(rtx: RoutingTx, row: InteractionRow, state: 'abandoned' | 'expired', reason: string): Promise<void>;
  /**
   * The adviser transfers the contact through the API. A channel whose
   * contacts are transferred elsewhere (a call is moved by the phone) throws
   * here to refuse it.
   */
  transferring?(rtx: RoutingTx, row: InteractionRow): Promise<void>;
  /** Handed to a queue or a colleague: back in line. */
  transferred?(rtx: RoutingTx, row: InteractionRow): Promise<void>;
}

const hooks = new Map<Channel, ChannelHooks>();
const tickHooks: Array<(rtx: RoutingTx) => Promise<void>> = [];

/** Something a channel checks every tick, in the tick's routing transaction (a chat's inactivity, say). */
export function registerTickHook(fn: (rtx: RoutingTx) => Promise<void>): void {
  if (!tickHooks.includes(fn)) tickHooks.push(fn);
}

export const tickHooksAll = (): ReadonlyArray<(rtx: RoutingTx) => Promise<void>> => tickHooks;

export function registerChannelHooks(channel: Channel, h: ChannelHooks): void {
  hooks.set(channel, h);
}

export const hooksFor = (channel: Channel): ChannelHooks => hooks.get(channel) ?? {};
