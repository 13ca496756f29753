// Entry: the bridge must exist before anything else runs; without it the
// adviser gets a clear error screen instead of a blank page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { MissingBridge } from './app/missing-bridge';
import { findDesk } from './lib/desk';
import { findPhoneHost, runPhoneHost } from './features/phone/phone-host';
import { initI18n } from './lib/i18n';
import './styles/app.css';

// The desktop app's hidden phone window loads this same page with the phone
// preload: it runs the softphone and shows nothing.
const phoneHost = findPhoneHost();
if (phoneHost) {
  runPhoneHost(phoneHost);
} else {
  startWorkspace();
}

function startWorkspace(): void {
  initI18n();
  const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  createRoot(container).render(<StrictMode>{findDesk() ? <App /> : <MissingBridge />}</StrictMode>);
}
