// How the workspace reaches the softphone, wherever it runs: in this page
// (browser mode) or in the desktop app's hidden phone window, through the
// bridge. Components, shortcuts, the headset and the callback feature all
// use this interface and never know which.
import type { DeskWindowApi } from '../../../../electron/bridge';
import type { CommandResult, PhoneCommand, PhoneState } from './call-types';
import type { SoftphoneEngine } from './softphone-engine';

export interface PhoneClient {
  command(command: PhoneCommand): Promise<CommandResult>;
  /** Calls `listener` with the current state (when known) and every later one. */
  subscribe(listener: (state: PhoneState) => void): () => void;
}

export function localPhoneClient(engine: SoftphoneEngine): PhoneClient {
  return {
    command: async (command) => engine.command(command),
    subscribe(listener) {
      listener(engine.state());
      return engine.subscribe(listener);
    },
  };
}

/** The phone window's softphone, through main: commands as bridge calls, state as 'phone' events. */
export function hostedPhoneClient(desk: DeskWindowApi): PhoneClient {
  return {
    command: (command) => desk.phoneCommand(command),
    subscribe(listener) {
      let live = true;
      let heard = false;
      const off = desk.onEvent((event) => {
        if (event.type !== 'phone') return;
        heard = true;
        listener(event.state);
      });
      // A reloaded workspace re-attaches: the live call is there at once.
      desk.phoneState().then(
        (snapshot) => {
          if (live && !heard && snapshot.state) listener(snapshot.state);
        },
        () => undefined,
      );
      return () => {
        live = false;
        off();
      };
    },
  };
}
