// Keeps the adviser's call-control headset connected for the workspace's
// life: the remembered one on start, a newly chosen one from the settings
// dialog; its buttons become phone commands and the phone's state its LEDs.
import { create } from 'zustand';
import { connectHeadset, rememberedHeadsets, requestHeadset, type HeadsetConnection, type HidDeviceLike } from './headset-hid';
import { headsetCommand, ledsOf } from './hid-mapping';
import { phoneCommand } from './phone-actions';
import { usePhoneStore } from './phone-store';

interface HeadsetStore {
  name: string | null;
  error: string | null;
}

export const useHeadsetStore = create<HeadsetStore>(() => ({ name: null, error: null }));

let connection: HeadsetConnection | null = null;
let stopLeds: (() => void) | null = null;

async function use(device: HidDeviceLike): Promise<void> {
  await release();
  const next = await connectHeadset(device, (signal) => {
    const command = headsetCommand(signal, usePhoneStore.getState().state);
    if (command) void phoneCommand(command);
  });
  connection = next;
  next.setLeds(ledsOf(usePhoneStore.getState().state));
  stopLeds = usePhoneStore.subscribe((s) => next.setLeds(ledsOf(s.state)));
  useHeadsetStore.setState({ name: next.name, error: null });
}

async function release(): Promise<void> {
  stopLeds?.();
  stopLeds = null;
  const old = connection;
  connection = null;
  useHeadsetStore.setState({ name: null });
  await old?.close();
}

const failed = (error: unknown) => useHeadsetStore.setState({ error: error instanceof Error ? error.message : String(error) });

/** On start: the headset this browser was allowed before, if it is plugged in. */
export async function reconnectHeadset(): Promise<void> {
  try {
    const [device] = await rememberedHeadsets();
    if (device) await use(device);
  } catch (error) {
    failed(error);
  }
}

/** From a click in the settings dialog (WebHID requires the user's gesture). */
export async function chooseHeadset(): Promise<void> {
  try {
    const device = await requestHeadset();
    if (device) await use(device);
  } catch (error) {
    failed(error);
  }
}

export const disconnectHeadset = release;
