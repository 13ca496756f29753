// The desktop app's hidden phone window: runs the softphone for the signed-in
// adviser, reports every state to main (which keeps it for the workspace and
// passes it on) and answers the commands main relays from the workspace.
// main.tsx starts this instead of the workspace when the phone preload is there.
import type { PhoneHostBridge, SessionState } from '../../../../electron/bridge';
import { credentialsAnswer } from './credentials';
import { createPageSoftphone } from './page-softphone';
import { takesCalls } from './takes-calls';

export function findPhoneHost(): PhoneHostBridge | null {
  const candidate = (window as Window & { deskPhoneHost?: PhoneHostBridge }).deskPhoneHost;
  return candidate && typeof candidate.publish === 'function' ? candidate : null;
}

export function runPhoneHost(host: PhoneHostBridge): void {
  const phone = createPageSoftphone(async () => {
    try {
      const response = await host.credentials();
      return credentialsAnswer(response.status, response.body);
    } catch (error) {
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  });
  const { engine } = phone;
  host.publish(engine.state());
  engine.subscribe((state) => host.publish(state));
  host.onRequest((request) => host.reply(request.id, engine.command(request.command)));
  const follow = (state: SessionState) => {
    if (state.signedIn && takesCalls(state.user)) void engine.start();
    else void engine.stop();
  };
  host.onSession(follow);
  host.sessionState().then(follow, (error: unknown) => console.error('phone: no session state', error));
}
