// Says the phone's changes through the app's polite announcer.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { phoneAnnouncements } from './phone-announcements';
import { usePhoneStore } from './phone-store';

export function usePhoneAnnouncer(): void {
  const { t } = useTranslation();
  useEffect(
    () =>
      usePhoneStore.subscribe((now, before) => {
        for (const a of phoneAnnouncements(before.state, now.state)) {
          const cause = a.cause ? t(`phone.ended_${a.cause}`) : '';
          useUiStore.getState().announce(t(a.key, { caller: a.caller ?? '', cause }));
        }
      }),
    [t],
  );
}
