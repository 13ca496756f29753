// The app's hooks for the phone: components use these, not the store.
import type { CallView, PhoneState } from './call-types';
import { usePhoneStore } from './phone-store';

export const usePhoneState = (): PhoneState => usePhoneStore((s) => s.state);
export const usePhoneAvailable = (): boolean => usePhoneStore((s) => s.client !== null);
export const useCalls = (): CallView[] => usePhoneStore((s) => s.state.calls);
export const useCall = (callId: string): CallView | null => usePhoneStore((s) => s.state.calls.find((c) => c.id === callId) ?? null);
