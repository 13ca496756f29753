// The API shapes the wallboard reads that the bridge types do not re-export.
import type { components } from '../../../../api-client/src/index';

type S = components['schemas'];
export type QueueHistory = S['QueueHistory'];
export type HistoryBucket = S['HistoryBucket'];
export type QueueInfo = S['Queue'];
export type WallboardSnapshot = S['Wallboard'];
export type NotReadyReason = S['NotReadyReason'];
/** The reasons a person may give; 'missed' and 'disconnected' are the system's. */
export type ChosenReason = Exclude<NotReadyReason, 'missed' | 'disconnected'>;
export const CHOSEN_REASONS: readonly ChosenReason[] = ['break', 'meeting', 'training', 'admin', 'other'];
