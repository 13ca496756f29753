// The adviser's own live-work preferences on this workstation: whether new
// offers ring, and the not-ready reason the shortcut uses (the one chosen
// last). Remembered per workstation like the UI language.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isChosenReason, type ChosenReason } from './presence-look';

interface AlertSettings {
  muted: boolean;
  lastReason: ChosenReason;
  setMuted(muted: boolean): void;
  setLastReason(reason: ChosenReason): void;
}

export const useAlertSettings = create<AlertSettings>()(
  persist(
    (set) => ({
      muted: false,
      lastReason: 'other',
      setMuted: (muted) => set({ muted }),
      setLastReason: (lastReason) => set({ lastReason }),
    }),
    {
      name: 'desk.liveAlerts',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ muted: s.muted, lastReason: s.lastReason }),
      // Whatever an older build or a hand edit left there, only known values come back.
      merge: (stored, current) => {
        const s = (stored ?? {}) as Partial<Pick<AlertSettings, 'muted' | 'lastReason'>>;
        return { ...current, muted: s.muted === true, lastReason: isChosenReason(s.lastReason) ? s.lastReason : current.lastReason };
      },
    },
  ),
);
