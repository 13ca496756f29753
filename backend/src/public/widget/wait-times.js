// Embeds the wait-time widget: <script src="https://<backend>/widget/wait-times.js" data-lang="sv" async></script>
// puts an iframe where the script tag is. The iframe keeps the widget's
// styles and script apart from the host page.
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me) return;
  var base = new URL('.', me.src);
  var lang = me.getAttribute('data-lang') === 'en' ? 'en' : 'sv';
  var frame = document.createElement('iframe');
  var query = 'lang=' + lang + (me.getAttribute('data-channels') ? '&channels=' + encodeURIComponent(me.getAttribute('data-channels')) : '');
  frame.src = new URL('wait-times?' + query, base).toString();
  frame.title = lang === 'en' ? 'Current waiting time at Hallå konsument' : 'Väntetid just nu hos Hallå konsument';
  frame.style.border = '0';
  frame.style.width = '100%';
  frame.style.maxWidth = '32rem';
  frame.style.height = me.getAttribute('data-height') || '260px';
  frame.loading = 'lazy';
  me.parentNode.insertBefore(frame, me.nextSibling);
})();
