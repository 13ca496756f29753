// The workspace's picture of the softphone: its latest state and the client
// that reaches it. Components read it through the hooks in phone-hooks.ts.
import { create } from 'zustand';
import { INITIAL_PHONE_STATE, type PhoneState } from './call-types';
import type { PhoneClient } from './phone-client';

interface PhoneStore {
  state: PhoneState;
  client: PhoneClient | null;
  setState(state: PhoneState): void;
  setClient(client: PhoneClient | null): void;
}

export const usePhoneStore = create<PhoneStore>((set) => ({
  state: INITIAL_PHONE_STATE,
  client: null,
  setState: (state) => set({ state }),
  setClient: (client) => set(client ? { client } : { client: null, state: INITIAL_PHONE_STATE }),
}));
