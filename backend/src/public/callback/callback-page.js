// @ts-check
// The consumer's callback page (GET /callback?lang=sv|en): pick a day and a
// time from the callback queue's bookable windows, give a Swedish number and,
// if they like, a topic and a short question; then the confirmation with the
// reference and what happens next. Every text is set with textContent.

import { TOPICS } from '../chat/chat-texts.js';
import { clock, dayLabel, failureOf } from './callback-core.js';
import { TEXTS } from './callback-texts.js';

/** @typedef {'sv' | 'en'} Lang */
/** @typedef {{ start: string, end: string }} Slot */
/** @typedef {{ date: string, slots: Slot[] }} Day */

const params = new URLSearchParams(location.search);
/** @type {Lang} */
const lang = params.get('lang') === 'en' ? 'en' : 'sv';
const T = TEXTS[lang];

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
  views: { loading: byId('view-loading', HTMLElement), form: byId('view-form', HTMLElement), none: byId('view-none', HTMLElement), done: byId('view-done', HTMLElement) },
  form: byId('form', HTMLFormElement),
  phone: byId('phone', HTMLInputElement),
  phoneError: byId('phone-error', HTMLElement),
  day: byId('day', HTMLSelectElement),
  slot: byId('slot', HTMLSelectElement),
  slotError: byId('slot-error', HTMLElement),
  topic: byId('topic', HTMLSelectElement),
  question: byId('question', HTMLTextAreaElement),
  formError: byId('form-error', HTMLElement),
  book: byId('book', HTMLButtonElement),
  noneHeading: byId('none-h', HTMLElement),
  doneHeading: byId('done-h', HTMLElement),
  doneRef: byId('done-ref', HTMLElement),
  doneWhen: byId('done-when', HTMLElement),
  doneNumber: byId('done-number', HTMLElement),
  doneNext: byId('done-next', HTMLElement),
  again: byId('again', HTMLButtonElement),
};

/** @type {Day[]} */
let days = [];

/** @param {'loading' | 'form' | 'none' | 'done'} name @param {HTMLElement | null} focus */
function show(name, focus) {
  for (const [key, el] of Object.entries(ui.views)) el.hidden = key !== name;
  focus?.focus();
}

function applyTexts() {
  document.documentElement.lang = lang;
  document.title = T.pageTitle;
  for (const el of document.querySelectorAll('[data-t]')) {
    const key = /** @type {keyof typeof T} */ (el.getAttribute('data-t'));
    const text = T[key];
    if (typeof text === 'string') el.textContent = text;
  }
  const none = document.createElement('option');
  none.value = '';
  none.textContent = T.topicNone;
  ui.topic.replaceChildren(none, ...TOPICS.map((t) => Object.assign(document.createElement('option'), { value: t.id, textContent: t[lang] })));
  const radio = ui.form.querySelector(`input[name="lang"][value="${lang}"]`);
  if (radio instanceof HTMLInputElement) radio.checked = true;
}

/** The language the consumer wants to speak (its own queue and opening hours). */
function spokenLang() {
  const checked = ui.form.querySelector('input[name="lang"]:checked');
  return checked instanceof HTMLInputElement && checked.value === 'en' ? 'en' : 'sv';
}

function fillSlots() {
  const day = days.find((d) => d.date === ui.day.value) ?? days[0];
  ui.slot.replaceChildren(
    ...(day?.slots ?? []).map((s) => Object.assign(document.createElement('option'), { value: `${s.start}|${s.end}`, textContent: T.slot(clock(s.start, lang), clock(s.end, lang)) })),
  );
}

async function loadSlots() {
  const res = await fetch(`v1/public/callbacks/slots?language=${spokenLang()}`, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(String(res.status));
  /** @type {{ days: Day[] }} */
  const body = await res.json();
  days = body.days;
  ui.day.replaceChildren(...days.map((d) => Object.assign(document.createElement('option'), { value: d.date, textContent: dayLabel(d.slots[0]?.start ?? d.date, lang) })));
  fillSlots();
  return days.length > 0;
}

/** @param {HTMLElement} box @param {HTMLInputElement | HTMLSelectElement | null} field @param {string} text */
function setError(box, field, text) {
  box.textContent = text;
  if (field) {
    if (text) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
}

function clearErrors() {
  setError(ui.phoneError, ui.phone, '');
  setError(ui.slotError, ui.slot, '');
  setError(ui.formError, null, '');
}

/** @param {{ reference: string, windowStart: string, windowEnd: string, phoneMasked: string, maxAttempts: number, retryMinutes: number }} c */
function confirmed(c) {
  ui.doneRef.textContent = c.reference;
  ui.doneWhen.textContent = `${dayLabel(c.windowStart, lang)}, ${T.slot(clock(c.windowStart, lang), clock(c.windowEnd, lang))}`;
  ui.doneNumber.textContent = c.phoneMasked;
  ui.doneNext.textContent = T.nextCall(c.maxAttempts, c.retryMinutes);
  ui.form.reset();
  show('done', ui.doneHeading);
}

async function submit() {
  clearErrors();
  const [windowStart, windowEnd] = ui.slot.value.split('|');
  if (!ui.phone.value.trim()) {
    setError(ui.phoneError, ui.phone, T.phoneInvalid);
    ui.phone.focus();
    return;
  }
  const question = ui.question.value.trim();
  const body = {
    phone: ui.phone.value,
    language: spokenLang(),
    windowStart,
    windowEnd,
    ...(ui.topic.value ? { topicId: ui.topic.value } : {}),
    ...(question ? { question } : {}),
  };
  ui.book.disabled = true;
  ui.book.textContent = T.booking;
  try {
    const res = await fetch('v1/public/callbacks', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
    const answer = await res.json().catch(() => null);
    if (res.status === 201) return confirmed(answer);
    const failure = failureOf(res.status, answer);
    if (failure === 'phone') {
      setError(ui.phoneError, ui.phone, T.phoneInvalid);
      ui.phone.focus();
    } else if (failure === 'time') {
      // The times moved on (or the queue's hours changed): offer what is bookable now.
      await loadSlots().catch(() => false);
      setError(ui.slotError, ui.slot, T.timeGone);
      ui.slot.focus();
    } else if (failure === 'conflict') {
      setError(ui.formError, null, T.alreadyBooked);
    } else if (failure === 'rate') {
      setError(ui.formError, null, T.rateLimited(Number(res.headers.get('retry-after')) || 60));
    } else {
      setError(ui.formError, null, T.failed);
    }
  } catch {
    setError(ui.formError, null, T.failed);
  } finally {
    ui.book.disabled = false;
    ui.book.textContent = T.book;
  }
}

async function start() {
  applyTexts();
  try {
    show((await loadSlots()) ? 'form' : 'none', null);
    if (!ui.views.none.hidden) ui.noneHeading.focus();
  } catch {
    ui.views.loading.textContent = T.loadFailed;
  }
}

ui.day.addEventListener('change', fillSlots);
for (const radio of ui.form.querySelectorAll('input[name="lang"]')) {
  radio.addEventListener('change', () => {
    loadSlots().then((any) => show(any ? 'form' : 'none', null)).catch(() => setError(ui.formError, null, T.loadFailed));
  });
}
ui.form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  void submit();
});
ui.again.addEventListener('click', () => {
  void loadSlots().then((any) => show(any ? 'form' : 'none', any ? ui.phone : ui.noneHeading));
});
void start();
