// The preload of the hidden phone window: exposes exactly PhoneHostBridge as
// `window.deskPhoneHost`, one channel per member. That window runs the
// softphone (SIP.js) and nothing else; it never gets the workspace's bridge.
// Bundled like preload.ts to one CommonJS file (dist-electron/phone-preload.cjs).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { PHONE_HOST_CHANNELS as C, type ApiResponse, type PhoneHostBridge, type PhoneHostRequest, type SessionState } from './bridge.js';

const api = {
  credentials: () => ipcRenderer.invoke(C.credentials) as Promise<ApiResponse>,
  sessionState: () => ipcRenderer.invoke(C.sessionState) as Promise<SessionState>,
  publish: (state) => ipcRenderer.send(C.publish, state),
  reply: (id, result) => ipcRenderer.send(C.reply, id, result),
  onRequest(listener) {
    const forward = (_event: IpcRendererEvent, request: PhoneHostRequest) => listener(request);
    ipcRenderer.on(C.request, forward);
    return () => {
      ipcRenderer.removeListener(C.request, forward);
    };
  },
  onSession(listener) {
    const forward = (_event: IpcRendererEvent, state: SessionState) => listener(state);
    ipcRenderer.on(C.session, forward);
    return () => {
      ipcRenderer.removeListener(C.session, forward);
    };
  },
} satisfies PhoneHostBridge;

contextBridge.exposeInMainWorld('deskPhoneHost', api);
