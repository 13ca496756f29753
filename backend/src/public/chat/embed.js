// The website's chat button: <script src="https://<backend>/widget/chat.js" data-lang="sv" async></script>
// adds a "Chatta med oss" button; it opens the chat page (/chat) in an iframe
// panel. Closing the panel only hides it: the chat goes on, and the button
// says when a new message has come. While a chat is going on, a reload of the
// website's page brings the panel back as it was. Runs on the website's page,
// so it styles its few elements through the style properties (no stylesheet,
// no inline style attributes) and sets text with textContent only.
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me || !me.src || document.getElementById('halla-chat-launcher')) return;
  var base = new URL('..', me.src);
  var origin = base.origin;
  var lang = me.getAttribute('data-lang') === 'en' ? 'en' : 'sv';
  var T = {
    sv: {
      open: 'Chatta med oss', title: 'Chatt med Hallå konsument', close: 'Stäng',
      closeLabel: 'Stäng chattfönstret (chatten fortsätter)', frame: 'Chatt med Hallå konsument',
      unread: function (n) { return n === 1 ? '1 nytt meddelande' : n + ' nya meddelanden'; },
    },
    en: {
      open: 'Chat with us', title: 'Chat with Hallå konsument', close: 'Close',
      closeLabel: 'Close the chat window (the chat goes on)', frame: 'Chat with Hallå konsument',
      unread: function (n) { return n === 1 ? '1 new message' : n + ' new messages'; },
    },
  }[lang];
  var KEY = 'halla-chat-panel';
  // The chat page's saved chat, kept here when the browser refuses the framed page storage of its own.
  var SAVED = 'halla-chat-saved';
  var ACCENT = '#0b5c8a';

  function css(el, styles) {
    for (var k in styles) if (Object.prototype.hasOwnProperty.call(styles, k)) el.style[k] = styles[k];
  }
  function remember(value, key) {
    try {
      if (value) sessionStorage.setItem(key || KEY, value);
      else sessionStorage.removeItem(key || KEY);
    } catch {
      // No storage here: the panel just does not come back by itself after a reload.
    }
  }
  function recall(key) {
    try {
      return sessionStorage.getItem(key || KEY);
    } catch {
      return null;
    }
  }
  function focusRing(el) {
    el.addEventListener('focus', function () { css(el, { outline: '3px solid #1b1b1b', outlineOffset: '2px' }); });
    el.addEventListener('blur', function () { css(el, { outline: '', outlineOffset: '' }); });
  }

  var launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.id = 'halla-chat-launcher';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'halla-chat-panel');
  var label = document.createElement('span');
  label.textContent = T.open;
  var badge = document.createElement('span');
  css(badge, { display: 'none', marginLeft: '8px', background: '#fff', color: ACCENT, borderRadius: '10px', padding: '1px 8px', fontSize: '14px' });
  launcher.appendChild(label);
  launcher.appendChild(badge);
  css(launcher, {
    position: 'fixed', right: '16px', bottom: '16px', zIndex: '2147483000', background: ACCENT, color: '#fff',
    border: '2px solid #fff', borderRadius: '24px', padding: '12px 20px', minHeight: '48px', cursor: 'pointer',
    font: '600 16px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', boxShadow: '0 2px 8px rgba(0,0,0,0.35)',
  });
  focusRing(launcher);

  var panel = document.createElement('div');
  panel.id = 'halla-chat-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', T.title);
  css(panel, {
    display: 'none', position: 'fixed', zIndex: '2147483001', background: '#fff', flexDirection: 'column',
    border: '1px solid #6b6b6b', boxShadow: '0 4px 18px rgba(0,0,0,0.35)', overflow: 'hidden',
  });
  var bar = document.createElement('div');
  css(bar, {
    display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px', padding: '6px 8px 6px 14px',
    background: ACCENT, color: '#fff', font: '600 16px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  });
  var title = document.createElement('span');
  title.textContent = T.title;
  var closer = document.createElement('button');
  closer.type = 'button';
  closer.textContent = T.close;
  closer.setAttribute('aria-label', T.closeLabel);
  css(closer, {
    background: '#fff', color: ACCENT, border: '0', borderRadius: '6px', padding: '6px 14px', minHeight: '40px', cursor: 'pointer',
    font: '600 15px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  });
  focusRing(closer);
  bar.appendChild(title);
  bar.appendChild(closer);
  panel.appendChild(bar);

  // Phones get the whole screen; larger screens a panel in the corner.
  var narrow = window.matchMedia('(max-width: 480px)');
  function place() {
    if (narrow.matches) css(panel, { top: '0', left: '0', right: '0', bottom: '0', width: '100%', height: '100%', borderRadius: '0' });
    else css(panel, { top: '', left: '', right: '16px', bottom: '80px', width: '380px', height: 'min(640px, calc(100vh - 100px))', borderRadius: '10px' });
  }
  place();
  if (narrow.addEventListener) narrow.addEventListener('change', place);

  var frame = null;
  var loaded = false;
  var isOpen = false;
  var chatting = false;

  function tell() {
    if (frame && loaded && frame.contentWindow) frame.contentWindow.postMessage({ type: 'halla-chat:panel', open: isOpen, saved: recall(SAVED) }, origin);
  }
  function ensureFrame() {
    if (frame) return;
    frame = document.createElement('iframe');
    frame.src = new URL('chat?lang=' + lang + '&embed=1', base).toString();
    frame.title = T.frame;
    frame.referrerPolicy = 'no-referrer';
    css(frame, { flex: '1 1 auto', width: '100%', border: '0', display: 'block' });
    frame.addEventListener('load', function () {
      loaded = true;
      tell();
    });
    panel.appendChild(frame);
  }
  function setUnread(n) {
    badge.textContent = n > 0 ? T.unread(n) : '';
    css(badge, { display: n > 0 ? 'inline-block' : 'none' });
  }
  function open(moveFocus) {
    ensureFrame();
    isOpen = true;
    css(panel, { display: 'flex' });
    launcher.setAttribute('aria-expanded', 'true');
    setUnread(0);
    if (chatting) remember('open');
    tell();
    if (moveFocus) frame.focus();
  }
  function close() {
    isOpen = false;
    css(panel, { display: 'none' });
    launcher.setAttribute('aria-expanded', 'false');
    if (chatting) remember('closed');
    tell();
    launcher.focus();
  }

  launcher.addEventListener('click', function () {
    if (isOpen) close();
    else open(true);
  });
  closer.addEventListener('click', close);
  panel.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') close();
  });
  window.addEventListener('message', function (ev) {
    if (ev.origin !== origin || !frame || ev.source !== frame.contentWindow) return;
    var data = ev.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'halla-chat:close' && isOpen) close();
    else if (data.type === 'halla-chat:unread' && !isOpen) setUnread(Number(data.count) || 0);
    else if (data.type === 'halla-chat:save') remember(typeof data.value === 'string' ? data.value : null, SAVED);
    else if (data.type === 'halla-chat:state') {
      chatting = data.active === true;
      remember(chatting ? (isOpen ? 'open' : 'closed') : null);
    }
  });

  function mount() {
    document.body.appendChild(launcher);
    document.body.appendChild(panel);
    // A chat was going on before this page loaded: bring it back (its page keeps the chat alive).
    var before = recall();
    if (before === 'open' || before === 'closed') {
      chatting = true;
      if (before === 'open') open(false);
      else ensureFrame();
    }
  }
  // An async script in the head may run before there is a body.
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
