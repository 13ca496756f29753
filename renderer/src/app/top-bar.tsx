import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch';
import { useLogout, useSession } from '../features/session/session-hooks';
import { SyncIndicator } from '../features/sync/sync-indicator';
import { PresenceControl } from '../features/live/presence-control';
import { PhoneStatus } from '../features/phone/phone-status';
import { WallboardToggle } from '../features/wallboard/wallboard-toggle';
import { CannedManageButton } from '../features/chat/canned-manage-button';
import { useUiStore } from './ui-store';

export function TopBar() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const openDialog = useUiStore((s) => s.openDialog);
  return (
    <header className="top-bar">
      <p className="product-name">{t('app.product')}</p>
      <SyncIndicator />
      {/* The adviser's work row: presence, and the phone line beside it. */}
      <div className="top-bar-work">
        <PresenceControl />
        <PhoneStatus />
      </div>
      <div className="top-bar-end">
        <CannedManageButton />
        <WallboardToggle />
        {session?.user && (
          <span className="signed-in">
            <span className="visually-hidden">{t('topbar.signedInAs')} </span>
            {session.user.displayName}
          </span>
        )}
        <LanguageSwitch compact />
        {/* "?" is also the shortcut that opens it; the accessible name says what it is. */}
        <button type="button" className="help-button" onClick={() => openDialog({ kind: 'help' })} aria-keyshortcuts="?" aria-label={t('topbar.help')} title={t('topbar.help')}>
          ?
        </button>
        <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
          {t('topbar.logout')}
        </button>
      </div>
    </header>
  );
}
