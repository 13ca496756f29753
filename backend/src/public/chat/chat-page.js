// @ts-check
// The consumer's chat page (GET /chat?lang=sv|en), also shown in the public
// website's chat panel (widget/chat.js). It draws what the ChatClient knows:
// the start form or, when the chat queue is closed, the other ways to reach
// the service; the place in line while waiting; the conversation. Every text
// is set with textContent — nothing a consumer or an adviser writes is ever
// read as HTML.

import { ChatClient } from './chat-client.js';
import { cleanText, clockTime, describeOpening, describeWait, duration, isEmailAddress, MESSAGE_MAX, ownMark, SAVED_KEY, splitLinks } from './chat-core.js';
import { CONTACT, langOf, TEXTS, TOPICS } from './chat-texts.js';

/**
 * @typedef {import('./chat-core.js').ChatMessage} ChatMessage
 * @typedef {import('./chat-client.js').Pending} Pending
 * @typedef {{ channel: string, language: string, open: boolean, nextOpening: string | null,
 *   estimatedWait: import('./chat-core.js').WaitEstimate | null }} QueueTimes
 * @typedef {{ updatedAt: string, queues: QueueTimes[] }} WaitTimes
 */

const params = new URLSearchParams(location.search);
const embedded = params.get('embed') === '1' && window.parent !== window;
/** @type {'sv' | 'en'} */
let lang = langOf(params.get('lang'));
let T = TEXTS[lang];

/**
 * @template {HTMLElement} E
 * @param {string} id
 * @param {{ new (): E }} type
 * @returns {E}
 */
function byId(id, type) {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`the page lacks #${id}`);
  return el;
}

const ui = {
  main: byId('main', HTMLElement),
  conn: byId('conn', HTMLElement),
  endButton: byId('end', HTMLButtonElement),
  views: {
    loading: byId('view-loading', HTMLElement),
    start: byId('view-start', HTMLElement),
    closed: byId('view-closed', HTMLElement),
    chat: byId('view-chat', HTMLElement),
    lost: byId('view-lost', HTMLElement),
  },
  startHeading: byId('start-h', HTMLElement),
  startForm: byId('start-form', HTMLFormElement),
  topic: byId('topic', HTMLSelectElement),
  name: byId('name', HTMLInputElement),
  question: byId('question', HTMLTextAreaElement),
  startError: byId('start-error', HTMLElement),
  startButton: byId('start', HTMLButtonElement),
  waitNow: byId('wait-now', HTMLElement),
  closedHeading: byId('closed-h', HTMLElement),
  closedNext: byId('closed-next', HTMLElement),
  channels: byId('channels', HTMLUListElement),
  queue: byId('queue', HTMLElement),
  queuePos: byId('queue-pos', HTMLElement),
  queueEst: byId('queue-est', HTMLElement),
  with: byId('with', HTMLElement),
  log: byId('log', HTMLOListElement),
  typing: byId('typing', HTMLElement),
  announcer: byId('announcer', HTMLElement),
  composer: byId('composer', HTMLFormElement),
  text: byId('text', HTMLTextAreaElement),
  ended: byId('ended', HTMLElement),
  endedHeading: byId('ended-h', HTMLElement),
  endedWhy: byId('ended-why', HTMLElement),
  newChat: byId('new-chat', HTMLButtonElement),
  transcript: byId('transcript', HTMLDetailsElement),
  transcriptForm: byId('transcript-form', HTMLFormElement),
  email: byId('email', HTMLInputElement),
  transcriptStatus: byId('transcript-status', HTMLElement),
  lostHeading: byId('lost-h', HTMLElement),
  lostNew: byId('lost-new', HTMLButtonElement),
  confirm: byId('confirm-end', HTMLDialogElement),
  confirmYes: byId('confirm-yes', HTMLButtonElement),
  confirmNo: byId('confirm-no', HTMLButtonElement),
  confirmError: byId('confirm-error', HTMLElement),
};

/** Sets text only when it changes, so live regions announce changes, not repeats. */
function setText(/** @type {HTMLElement} */ el, /** @type {string} */ text) {
  if (el.textContent !== text) el.textContent = text;
}

/** @param {string} tag @param {string} [cls] @param {string} [text] */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

// ---------------------------------------------------------------- language

function applyLanguage() {
  T = TEXTS[lang];
  document.documentElement.lang = lang;
  document.title = T.pageTitle;
  for (const node of document.querySelectorAll('[data-t]')) {
    const key = /** @type {keyof typeof T} */ (node.getAttribute('data-t'));
    const value = T[key];
    if (typeof value === 'string') node.textContent = value;
  }
  const chosen = ui.topic.value;
  ui.topic.replaceChildren(new Option(T.topicNone, ''), ...TOPICS.map((t) => new Option(t[lang], t.id)));
  ui.topic.value = chosen;
  for (const radio of ui.startForm.querySelectorAll('input[name="lang"]')) {
    if (radio instanceof HTMLInputElement) radio.checked = radio.value === lang;
  }
}

// ---------------------------------------------------------------- views

/** @param {keyof typeof ui.views} name */
function show(name) {
  for (const [key, view] of Object.entries(ui.views)) view.hidden = key !== name;
  document.body.classList.toggle('in-chat', name === 'chat');
  if (name !== 'chat') {
    ui.endButton.hidden = true;
    setText(ui.conn, '');
  }
}

/** @type {WaitTimes | null} */
let waitTimes = null;
/** @type {number | null} */
let closedTimer = null;

/** @returns {Promise<WaitTimes | null>} */
async function loadWaitTimes() {
  try {
    const res = await fetch(new URL('v1/public/wait-times', apiBase).toString(), { headers: { accept: 'application/json' }, credentials: 'omit' });
    if (!res.ok) return null;
    waitTimes = /** @type {WaitTimes} */ (await res.json());
    return waitTimes;
  } catch {
    return null;
  }
}

/** @param {string} channel @returns {QueueTimes | undefined} */
const queueOf = (channel) => waitTimes?.queues.find((q) => q.channel === channel && q.language === lang);

/** The start form — or, when the chat queue is closed, what else there is. */
async function showStart() {
  show('loading');
  await loadWaitTimes();
  const chat = queueOf('chat');
  if (chat && !chat.open) {
    showClosed(chat.nextOpening);
    return;
  }
  startForm();
}

function startForm() {
  if (closedTimer !== null) clearInterval(closedTimer);
  closedTimer = null;
  show('start');
  setText(ui.startError, '');
  showWaitNow();
}

function showWaitNow() {
  const chat = queueOf('chat');
  setText(ui.waitNow, chat?.open ? `${T.waitNow} ${describeWait(chat.estimatedWait, lang)}` : '');
}

/** @param {string | null} nextOpening */
function showClosed(nextOpening) {
  show('closed');
  drawClosed(nextOpening);
  // Someone may leave the page open until the chat opens: look again now and then.
  if (closedTimer === null) {
    closedTimer = window.setInterval(async () => {
      const data = await loadWaitTimes();
      const chat = data && queueOf('chat');
      if (chat?.open) startForm();
      else if (chat) drawClosed(chat.nextOpening);
    }, 60_000);
  }
}

/** @param {string | null} nextOpening */
function drawClosed(nextOpening) {
  // "Today" and "tomorrow" by the server's clock: the consumer's may be wrong.
  const now = waitTimes ? new Date(waitTimes.updatedAt) : new Date();
  setText(ui.closedNext, nextOpening ? T.closedNext(describeOpening(nextOpening, lang, now)) : T.closedNoNext);
  const items = [];

  const phone = queueOf('phone');
  const phoneItem = el('li');
  phoneItem.append(el('span', 'name', T.phone));
  const tel = /** @type {HTMLAnchorElement} */ (el('a', '', CONTACT.phone));
  tel.href = CONTACT.phoneHref;
  phoneItem.append(tel, el('p', '', T.phoneHours));
  if (phone) {
    phoneItem.append(
      el('span', `state ${phone.open ? 'open' : 'closed'}`, phone.open ? T.openWait(describeWait(phone.estimatedWait, lang)) : phone.nextOpening ? T.closedUntil(describeOpening(phone.nextOpening, lang, now)) : T.closedShort),
    );
  }
  items.push(phoneItem);

  const email = queueOf('email');
  const mailItem = el('li');
  mailItem.append(el('span', 'name', T.email));
  const mail = /** @type {HTMLAnchorElement} */ (el('a', '', CONTACT.email));
  mail.href = `mailto:${CONTACT.email}`;
  mailItem.append(mail, el('p', '', T.emailNote));
  if (email?.open && email.estimatedWait && email.estimatedWait.high >= 60) mailItem.append(el('p', '', T.emailAnswer(duration(email.estimatedWait.high, lang))));
  else if (email && !email.open && email.nextOpening) mailItem.append(el('p', '', T.emailLater(describeOpening(email.nextOpening, lang, now))));
  items.push(mailItem);

  const forumItem = el('li');
  forumItem.append(el('span', 'name', T.forum), el('p', '', T.forumNote));
  const forum = /** @type {HTMLAnchorElement} */ (el('a', '', T.forumLink));
  forum.href = CONTACT.forumUrl;
  forum.target = '_blank';
  forum.rel = 'noopener noreferrer';
  forumItem.append(forum);
  items.push(forumItem);

  ui.channels.replaceChildren(...items);
}

// ---------------------------------------------------------------- the chat

const apiBase = new URL('.', location.href).toString();

/**
 * Where the saved chat lives: this page's sessionStorage — or, when the
 * browser refuses storage to a page framed by another site (third-party
 * storage blocked, as in private windows), the website's, through the chat
 * panel (widget/chat.js), which hands it back when the page loads again.
 */
class PageStorage {
  constructor() {
    /** @type {Storage | null} */
    this.own = null;
    try {
      this.own = window.sessionStorage;
      this.own.getItem(SAVED_KEY);
    } catch {
      this.own = null;
    }
    /** @type {Map<string, string>} */
    this.relayed = new Map();
  }

  /** @returns {Promise<void>} */
  ready() {
    if (this.own || !embedded) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = window.setTimeout(done, 1500);
      /** @param {MessageEvent} ev */
      function heard(ev) {
        if (ev.source !== window.parent || !ev.data || ev.data.type !== 'halla-chat:panel') return;
        if (typeof ev.data.saved === 'string') relay.set(SAVED_KEY, ev.data.saved);
        done();
      }
      const relay = this.relayed;
      function done() {
        window.clearTimeout(timer);
        window.removeEventListener('message', heard);
        resolve();
      }
      window.addEventListener('message', heard);
    });
  }

  /** @param {string} key */
  getItem(key) {
    return this.own ? this.own.getItem(key) : this.relayed.get(key) ?? null;
  }

  /** @param {string} key @param {string} value */
  setItem(key, value) {
    if (this.own) return this.own.setItem(key, value);
    this.relayed.set(key, value);
    tellParent({ type: 'halla-chat:save', value });
  }

  /** @param {string} key */
  removeItem(key) {
    if (this.own) return this.own.removeItem(key);
    this.relayed.delete(key);
    tellParent({ type: 'halla-chat:save', value: null });
  }
}
const storage = new PageStorage();

const client = new ChatClient({
  apiBase,
  fetch: (url, init) => fetch(url, init),
  // The browser's WebSocket is a SocketLike; its event types are only wider than the client needs.
  WebSocket: /** @type {new (url: string) => import('./chat-client.js').SocketLike} */ (/** @type {unknown} */ (WebSocket)),
  storage,
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (handle) => window.clearTimeout(/** @type {number} */ (handle)),
  now: () => Date.now(),
});
client.online = navigator.onLine;

/** Log entries by key: "c:<clientId>" for the consumer's own (pending or stored, one element throughout), "s:<seq>" for the rest. */
const rows = new Map();
let panelOpen = true;
/** The address the transcript goes to, once the server has taken it. */
let transcriptTo = '';
let unread = 0;
let wasEnded = false;

function showChat() {
  show('chat');
  render([]);
}

/** @param {ChatMessage} m */
const keyOf = (m) => (m.sender === 'consumer' ? `c:${m.clientId}` : `s:${m.seq}`);

/** @param {ChatMessage['sender']} sender @param {string | null} author */
function whoIs(sender, author) {
  if (sender === 'consumer') return T.you;
  if (sender === 'adviser') return author ?? T.adviser;
  return T.service;
}

/** @param {string} text */
function bodyOf(text) {
  const p = el('p', 'body');
  for (const part of splitLinks(text)) {
    if ('url' in part) {
      const a = /** @type {HTMLAnchorElement} */ (el('a', '', part.url));
      a.href = part.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      p.append(a);
    } else {
      p.append(document.createTextNode(part.text));
    }
  }
  return p;
}

/**
 * One entry of the log, made once; later updates change only its time and mark.
 * @param {string} key @param {ChatMessage['sender']} sender @param {string} text
 */
function entry(key, sender, text) {
  let li = rows.get(key);
  if (!li) {
    li = el('li', `msg msg-${sender}`);
    const who = el('span', 'who');
    who.append(el('span', 'name'), document.createTextNode(' '), el('time', 'time'));
    li.append(who, bodyOf(text));
    if (sender === 'consumer') li.append(el('span', 'meta'));
    rows.set(key, li);
  }
  return li;
}

/** @param {HTMLElement} li @param {string} name @param {string | null} iso */
function setWho(li, name, iso) {
  const nameEl = li.querySelector('.who .name');
  const timeEl = li.querySelector('.who time');
  if (nameEl instanceof HTMLElement) setText(nameEl, name);
  if (timeEl instanceof HTMLTimeElement) {
    setText(timeEl, iso ? clockTime(iso, lang) : '');
    if (iso) timeEl.dateTime = iso;
  }
}

/** @param {HTMLElement} li @param {string} text @param {'' | 'retrying' | 'failed'} kind */
function setMark(li, text, kind) {
  const meta = li.querySelector('.meta');
  if (!(meta instanceof HTMLElement)) return;
  setText(meta, text);
  meta.className = `meta${kind ? ` ${kind}` : ''}`;
  li.classList.toggle('retrying', kind === 'retrying');
  li.classList.toggle('failed', kind === 'failed');
}

/** @param {Pending} p */
function pendingMark(p) {
  if (p.state === 'failed') return { text: p.reason === 'ended' ? T.failedEnded : T.failed, kind: /** @type {const} */ ('failed') };
  if (p.state === 'retrying') return { text: T.retrying, kind: /** @type {const} */ ('retrying') };
  return { text: T.sending, kind: /** @type {const} */ ('') };
}

/** Brings the log in line with the client: new entries in place, nothing redrawn that did not change. */
function drawLog() {
  const readSeq = client.chat?.readSeq ?? 0;
  const deliveredSeq = client.chat?.deliveredSeq ?? 0;
  /** @type {HTMLElement[]} */
  const wanted = [];
  for (const m of client.messages) {
    const li = entry(keyOf(m), m.sender, m.body);
    setWho(li, whoIs(m.sender, m.authorName), m.createdAt);
    if (m.sender === 'consumer') {
      const mark = ownMark(m, readSeq, deliveredSeq);
      setMark(li, mark === 'read' ? T.read : mark === 'delivered' ? T.delivered : T.sent, '');
    }
    wanted.push(li);
  }
  for (const p of client.pending()) {
    const li = entry(`c:${p.item.clientId}`, 'consumer', p.item.text);
    setWho(li, T.you, null);
    const mark = pendingMark(p);
    setMark(li, mark.text, mark.kind);
    wanted.push(li);
  }
  let cursor = ui.log.firstElementChild;
  for (const li of wanted) {
    if (li === cursor) {
      cursor = cursor.nextElementSibling;
      continue;
    }
    ui.log.insertBefore(li, cursor);
  }
  while (cursor) {
    const next = cursor.nextElementSibling;
    cursor.remove();
    cursor = next;
  }
  const keep = new Set(wanted);
  for (const [key, li] of rows) if (!keep.has(li)) rows.delete(key);
  if (pinned) ui.log.scrollTop = ui.log.scrollHeight;
}

/**
 * The log follows the newest message while the consumer is at its end, also
 * when it changes size (a phone turned, the ended notice shown); scrolled
 * back to read, it stays where they are.
 */
let pinned = true;
ui.log.addEventListener('scroll', () => {
  pinned = ui.log.scrollHeight - ui.log.scrollTop - ui.log.clientHeight < 40;
});
new ResizeObserver(() => {
  if (pinned) ui.log.scrollTop = ui.log.scrollHeight;
}).observe(ui.log);

/** New messages from the adviser and the service, read out once each (not the whole log). @param {ChatMessage[]} added */
function announce(added) {
  for (const m of added) {
    if (m.sender === 'consumer' || m.seq <= client.restoredSeq) continue;
    ui.announcer.append(el('p', '', `${whoIs(m.sender, m.authorName)}: ${m.body}`));
    if (embedded && !panelOpen) unread++;
  }
  while (ui.announcer.childElementCount > 4) ui.announcer.firstElementChild?.remove();
  if (embedded && !panelOpen) tellParent({ type: 'halla-chat:unread', count: unread });
}

/** @param {ChatMessage[]} added */
function render(added) {
  if (client.lost) {
    if (ui.views.lost.hidden) {
      show('lost');
      tellParent({ type: 'halla-chat:state', active: false });
    }
    return;
  }
  if (!client.saved || ui.views.chat.hidden) return;
  const chat = client.chat;
  const ended = chat?.state === 'ended';

  // Connection line: only when something is wrong.
  let conn = '';
  if (!ended) {
    if (!client.online) conn = T.offline;
    else if (client.link === 'down') conn = T.connectionDown;
    else if (client.link === 'connecting' && !chat) conn = T.connecting;
  }
  setText(ui.conn, conn);

  ui.endButton.hidden = ended || !chat;
  ui.queue.hidden = chat?.state !== 'waiting';
  if (chat?.state === 'waiting') {
    setText(ui.queuePos, chat.position ? T.position(chat.position) : '');
    setText(ui.queueEst, T.estimate(describeWait(chat.estimatedWait, lang)));
  }
  ui.with.hidden = chat?.state !== 'active';
  if (chat?.state === 'active') setText(ui.with, T.chattingWith(chat.adviserName));
  setText(ui.typing, chat?.state === 'active' && chat.adviserTyping ? T.typing(chat.adviserName) : '');

  drawLog();
  announce(added);

  ui.composer.hidden = ended;
  ui.ended.hidden = !ended;
  if (ended && chat) {
    const why = /** @type {Record<string, string>} */ (T.endedBy)[chat.endedBy ?? ''];
    setText(ui.endedWhy, why ?? T.endedOther);
  }
  if (ended && !wasEnded) {
    wasEnded = true;
    if (transcriptTo) setText(ui.transcriptStatus, T.transcriptNow(transcriptTo));
    tellParent({ type: 'halla-chat:state', active: false });
    // The composer has gone; whoever was in it (or nowhere) lands on the news.
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected || ui.composer.contains(active) || active === ui.endButton || ui.confirm.contains(active)) {
      ui.endedHeading.focus();
    }
  }
}

client.subscribe((added) => render(added));

// ---------------------------------------------------------------- actions

ui.startForm.addEventListener('change', (ev) => {
  const target = ev.target;
  if (target instanceof HTMLInputElement && target.name === 'lang') {
    lang = langOf(target.value);
    applyLanguage();
    const chat = queueOf('chat');
    if (chat && !chat.open) showClosed(chat.nextOpening);
    else showWaitNow();
  }
});

ui.startForm.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  setText(ui.startError, '');
  ui.startButton.disabled = true;
  setText(ui.startButton, T.starting);
  const result = await client.open({
    language: lang,
    ...(ui.topic.value ? { topicId: ui.topic.value } : {}),
    ...(ui.name.value.trim() ? { name: ui.name.value } : {}),
    ...(cleanText(ui.question.value) ? { question: ui.question.value } : {}),
  });
  ui.startButton.disabled = false;
  setText(ui.startButton, T.start);
  if (result.ok) {
    ui.question.value = '';
    wasEnded = false;
    tellParent({ type: 'halla-chat:state', active: true });
    showChat();
    ui.text.focus();
  } else if (result.code === 'queue_closed') {
    await loadWaitTimes();
    showClosed(result.nextOpening);
    ui.closedHeading.focus();
  } else if (result.code === 'rate_limited') {
    setText(ui.startError, T.rateLimited(result.retryAfter));
  } else {
    setText(ui.startError, T.startFailed);
  }
});

function sendTyped() {
  const text = ui.text.value;
  if (!cleanText(text)) return;
  if (text.length > MESSAGE_MAX) return;
  if (client.send(text)) {
    ui.text.value = '';
    pinned = true;
    ui.log.scrollTop = ui.log.scrollHeight;
  }
}

ui.composer.addEventListener('submit', (ev) => {
  ev.preventDefault();
  sendTyped();
  ui.text.focus();
});

ui.text.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && !ev.shiftKey && !ev.altKey && !ev.ctrlKey && !ev.metaKey && !ev.isComposing) {
    ev.preventDefault();
    sendTyped();
  }
});

ui.text.addEventListener('input', () => {
  if (ui.text.value.trim()) client.typing();
});

ui.endButton.addEventListener('click', () => {
  setText(ui.confirmError, '');
  ui.confirm.showModal();
  ui.confirmNo.focus();
});
ui.confirmNo.addEventListener('click', () => ui.confirm.close());
// Back where the consumer was (the chat still going), however the dialog was left: "no" or Esc.
ui.confirm.addEventListener('close', () => {
  if (!client.ended && !ui.endButton.hidden) ui.endButton.focus();
});
ui.confirmYes.addEventListener('click', async () => {
  ui.confirmYes.disabled = true;
  const result = await client.end();
  ui.confirmYes.disabled = false;
  if (result === 'ok') {
    ui.confirm.close();
    ui.endedHeading.focus();
  } else {
    setText(ui.confirmError, T.endFailed);
  }
});

ui.transcriptForm.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const address = ui.email.value.trim();
  const status = ui.transcriptStatus;
  if (!isEmailAddress(address)) {
    ui.email.setAttribute('aria-invalid', 'true');
    status.className = 'note bad';
    setText(status, T.transcriptInvalid);
    ui.email.focus();
    return;
  }
  ui.email.removeAttribute('aria-invalid');
  status.className = 'note';
  setText(status, '');
  const result = await client.transcript(address);
  if (result === 'ok') {
    transcriptTo = address;
    status.className = 'note ok';
    setText(status, client.ended ? T.transcriptNow(address) : T.transcriptLater(address));
  } else {
    if (result === 'invalid') ui.email.setAttribute('aria-invalid', 'true');
    status.className = 'note bad';
    setText(status, result === 'invalid' ? T.transcriptInvalid : T.transcriptFailed);
  }
});

function startAfresh() {
  client.forget();
  rows.clear();
  ui.log.replaceChildren();
  ui.announcer.replaceChildren();
  setText(ui.transcriptStatus, '');
  transcriptTo = '';
  ui.transcript.open = false;
  wasEnded = false;
  void showStart().then(() => {
    if (!ui.views.start.hidden) ui.startHeading.focus();
  });
}
ui.newChat.addEventListener('click', startAfresh);
ui.lostNew.addEventListener('click', startAfresh);

// ---------------------------------------------------------------- the browser around it

window.addEventListener('online', () => client.setOnline(true));
window.addEventListener('offline', () => client.setOnline(false));

function reading() {
  client.setReading(document.visibilityState === 'visible' && panelOpen);
}
document.addEventListener('visibilitychange', () => {
  reading();
  if (document.visibilityState === 'visible') client.wake();
});

/**
 * Messages to the website's chat panel (widget/chat.js). Only the saved chat
 * (when the panel keeps it) is private; it goes to the framing site only.
 * @param {object} message
 */
function tellParent(message) {
  if (!embedded) return;
  const ancestor = location.ancestorOrigins?.[0];
  window.parent.postMessage(message, ancestor && ancestor !== 'null' ? ancestor : '*');
}

if (embedded) {
  document.body.classList.add('embedded');
  window.addEventListener('message', (ev) => {
    if (ev.source !== window.parent) return;
    const data = ev.data;
    if (!data || typeof data !== 'object' || data.type !== 'halla-chat:panel') return;
    panelOpen = data.open === true;
    reading();
    if (panelOpen) {
      unread = 0;
      if (!ui.views.chat.hidden && !ui.composer.hidden) ui.text.focus();
      else if (!ui.views.start.hidden) ui.startHeading.focus();
    }
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !ui.confirm.open) tellParent({ type: 'halla-chat:close' });
  });
}

// ---------------------------------------------------------------- start

applyLanguage();
void storage.ready().then(() => {
  const saved = client.restore();
  if (!saved) return showStart();
  lang = saved.language;
  applyLanguage();
  showChat();
  tellParent({ type: 'halla-chat:state', active: true });
  return client.resume().then((result) => {
    if (result === 'gone') {
      tellParent({ type: 'halla-chat:state', active: false });
      return showStart();
    }
    return undefined;
  });
});
