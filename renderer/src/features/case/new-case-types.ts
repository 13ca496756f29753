import type { Channel, Language } from '../../lib/bridge-types';

export type { Channel, Language };

export const CHANNELS: readonly Channel[] = ['phone', 'callback', 'email', 'chat', 'forum', 'social'];

/** The consumer fields as the form holds them: always strings, blank when not given. */
export interface ConsumerFieldsInput {
  name: string;
  phone: string;
  email: string;
  municipalityCode: string;
}
