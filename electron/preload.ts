// The preload: exposes exactly the DeskBridge (plus event subscription) to
// the renderer as `window.desk`, one ipcRenderer.invoke per method on that
// method's own channel. There is no way to name a channel from the renderer.
//
// The window is sandboxed, so this script may only require('electron') and a
// few polyfills; it is bundled to one CommonJS file (dist-electron/preload.cjs,
// see electron/build.ts) with bridge.ts's constants inlined.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, channelOf, type DeskBridge, type DeskEvent, type DeskWindowApi } from './bridge.js';

type Method = keyof DeskBridge;

/** Typed by the bridge: the arguments and the result of `method` as DeskBridge declares them. */
function invoke<M extends Method>(method: M, ...args: Parameters<DeskBridge[M]>): ReturnType<DeskBridge[M]> {
  return ipcRenderer.invoke(channelOf(method), ...args) as ReturnType<DeskBridge[M]>;
}

const api = {
  appInfo: () => invoke('appInfo'),

  sessionState: () => invoke('sessionState'),
  login: (input) => invoke('login', input),
  logout: () => invoke('logout'),

  syncStatus: () => invoke('syncStatus'),
  syncNow: () => invoke('syncNow'),
  listConflicts: () => invoke('listConflicts'),
  resolveConflict: (input) => invoke('resolveConflict', input),

  myOpenCases: () => invoke('myOpenCases'),
  searchCases: (query) => invoke('searchCases', query),
  getCase: (id) => invoke('getCase', id),
  createCase: (input) => invoke('createCase', input),
  changeCase: (input) => invoke('changeCase', input),
  addNote: (input) => invoke('addNote', input),
  addReferral: (input) => invoke('addReferral', input),

  listTopics: () => invoke('listTopics'),
  listMunicipalities: () => invoke('listMunicipalities'),
  searchKnowledge: (query) => invoke('searchKnowledge', query),
  getArticle: (id) => invoke('getArticle', id),
  lookupPartners: (query) => invoke('lookupPartners', query),
  getPartner: (id) => invoke('getPartner', id),

  liveWork: () => invoke('liveWork'),
  liveBoard: () => invoke('liveBoard'),

  phoneState: () => invoke('phoneState'),
  phoneCommand: (command) => invoke('phoneCommand', command),

  api: (request) => invoke('api', request),
  openExternal: (url) => invoke('openExternal', url),

  onEvent(listener) {
    // The renderer gets the event only, never the IpcRendererEvent (whose
    // `sender` is the ipcRenderer itself).
    const forward = (_event: IpcRendererEvent, event: DeskEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
} satisfies DeskWindowApi;

contextBridge.exposeInMainWorld('desk', api);
