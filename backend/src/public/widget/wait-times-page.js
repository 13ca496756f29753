// The public wait-time widget (served by the backend; embedded by the public
// website in an iframe). Plain script, no framework: it must load fast on any
// phone. Text is set with textContent only.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var lang = params.get('lang') === 'en' ? 'en' : 'sv';
  var only = (params.get('channels') || 'phone,chat,callback,email').split(',');
  var T = {
    sv: {
      title: 'Väntetid just nu', loading: 'Hämtar väntetider …', failed: 'Väntetiderna kan inte visas just nu.',
      updated: 'Uppdaterad', closed: 'Stängt', opens: 'öppnar', noWait: 'Ingen kö', unknown: 'Ingen uppskattning just nu',
      about: 'cirka', between: 'oftast mellan', and: 'och', atMost: 'oftast högst', underMinute: 'Under en minut',
      book: 'Boka en tid för återuppringning',
      channels: { phone: 'Telefon', callback: 'Återuppringning', chat: 'Chatt', email: 'E-post', forum: 'Frågeforum', social: 'Sociala medier' },
    },
    en: {
      title: 'Current waiting time', loading: 'Loading waiting times …', failed: 'Waiting times cannot be shown right now.',
      updated: 'Updated', closed: 'Closed', opens: 'opens', noWait: 'No queue', unknown: 'No estimate right now',
      about: 'about', between: 'usually between', and: 'and', atMost: 'usually at most', underMinute: 'Under a minute',
      book: 'Book a time for a callback',
      channels: { phone: 'Phone', callback: 'Callback', chat: 'Chat', email: 'E-mail', forum: 'Forum', social: 'Social media' },
    },
  }[lang];
  document.documentElement.lang = lang;
  document.title = T.title + ' – Hallå konsument';
  document.getElementById('title').textContent = T.title;
  var status = document.getElementById('status');
  var list = document.getElementById('list');
  var updated = document.getElementById('updated');
  status.textContent = T.loading;

  function duration(s) {
    if (s < 60) return lang === 'sv' ? 'under en minut' : 'under a minute';
    var m = Math.round(s / 60);
    if (m < 90) return m + ' min';
    var h = Math.round(m / 6) / 10;
    return (lang === 'sv' ? String(h).replace('.', ',') + ' tim' : h + ' h');
  }
  function time(iso) {
    return new Date(iso).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function render(data) {
    list.replaceChildren();
    data.queues
      .filter(function (q) { return q.language === lang && only.indexOf(q.channel) >= 0; })
      .sort(function (a, b) { return only.indexOf(a.channel) - only.indexOf(b.channel); })
      .forEach(function (q) {
        var li = el('li');
        li.appendChild(el('span', 'channel', T.channels[q.channel] || q.channel));
        var wait = el('span', 'wait ' + (q.open ? 'open' : 'closed'));
        if (!q.open) {
          wait.textContent = T.closed + (q.nextOpening ? ', ' + T.opens + ' ' + time(q.nextOpening) : '');
        } else if (!q.estimatedWait) {
          wait.textContent = T.unknown;
        } else if (q.estimatedWait.high === 0) {
          wait.textContent = T.noWait;
        } else if (q.estimatedWait.high < 60) {
          wait.textContent = T.underMinute;
        } else {
          var e = q.estimatedWait;
          wait.textContent = e.seconds < 60 ? T.underMinute : T.about + ' ' + duration(e.seconds);
          // The band says how far it may stray; a low end under a minute is just "at most".
          var band = e.low < 60 ? T.atMost + ' ' + duration(e.high) : T.between + ' ' + duration(e.low) + ' ' + T.and + ' ' + duration(e.high);
          wait.appendChild(el('span', 'band', band));
        }
        li.appendChild(wait);
        // A callback can be booked whether the queue is open now or not: the booking page opens in its own tab (the widget is framed).
        if (q.channel === 'callback') {
          var book = el('a', 'book', T.book);
          book.href = '../callback?lang=' + lang;
          book.target = '_blank';
          book.rel = 'noopener';
          li.appendChild(book);
        }
        list.appendChild(li);
      });
    status.textContent = '';
    updated.textContent = T.updated + ' ' + new Date(data.updatedAt).toLocaleTimeString(lang === 'sv' ? 'sv-SE' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });
  }
  function load() {
    fetch('../v1/public/wait-times', { headers: { accept: 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
      .then(render)
      .catch(function () { status.textContent = T.failed; });
  }
  load();
  setInterval(load, 30000);
})();
