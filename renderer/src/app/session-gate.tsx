// Asks main who is signed in, then shows the login screen or the workspace.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginScreen } from '../features/session/login-screen';
import { desk } from '../lib/desk';
import { errorMessage } from '../lib/error-message';
import { useUiStore } from './ui-store';
import { Workspace } from './workspace';

export function SessionGate() {
  const { t } = useTranslation();
  const session = useUiStore((s) => s.session);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const { setSession, setSyncStatus } = useUiStore.getState();
    Promise.all([desk().sessionState(), desk().syncStatus()])
      .then(([state, status]) => {
        if (!live) return;
        setSyncStatus(status);
        // An event may have arrived first; it is newer, so keep it.
        if (useUiStore.getState().session === null) setSession(state);
      })
      .catch((error: unknown) => live && setFailure(errorMessage(error)));
    return () => {
      live = false;
    };
  }, []);

  if (failure) {
    return (
      <main className="center-screen">
        <div className="card error-card" role="alert">
          <h1>{t('app.errorTitle')}</h1>
          <p>{failure}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('app.reload')}
          </button>
        </div>
      </main>
    );
  }
  if (!session) {
    return (
      <main className="center-screen" aria-busy="true">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  return session.signedIn ? <Workspace /> : <LoginScreen serverUrl={session.serverUrl} />;
}
