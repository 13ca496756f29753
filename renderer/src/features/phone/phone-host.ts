// The desktop app's hidden phone window: runs the softphone for the signed-in
// adviser, reports every state to main (which keeps it for the workspace and
// passes it on) and answers the commands main relays from the workspace.
// main.tsx starts this instead of the workspace when the phone preload is there.
import type { PhoneHostBridge } from '../../../../electron/bridge';
import { credentialsAnswer } from './credentials';
import { createPageSoftphone } from './page-softphone';

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
  const follow = (signedIn: boolean) => {
    if (signedIn) void engine.start();
    else void engine.stop();
  };
  host.onSession((state) => follow(state.signedIn));
  host.sessionState().then((state) => follow(state.signedIn), (error: unknown) => console.error('phone: no session state', error));
}
