import { useTranslation } from 'react-i18next';

/** Shown when the page runs without Electron's preload or the browser-mode host. */
export function MissingBridge() {
  const { t } = useTranslation();
  return (
    <main className="center-screen">
      <div className="card error-card" role="alert">
        <h1>{t('app.missingBridgeTitle')}</h1>
        <p>{t('app.missingBridgeBody')}</p>
      </div>
    </main>
  );
}
