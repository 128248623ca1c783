// The static shell's language and the service worker (ARCHITECTURE.md, src/shell/).
(function () {
  var home = document.currentScript.getAttribute('data-home');
  // As Lang::from_tag.
  var pick = function (tag) { tag = String(tag || '').split(/[-_]/)[0].toLowerCase(); return ['fi', 'sv', 'en'].indexOf(tag) >= 0 ? tag : undefined; };
  var lang;
  try { lang = pick(JSON.parse(localStorage.getItem('hakemus.lang'))); } catch (e) {}
  if (!lang) { lang = (navigator.languages || []).map(pick).filter(Boolean)[0] || 'fi'; }
  document.documentElement.lang = lang;
  var texts = JSON.parse(document.getElementById('shell-texts').textContent)[lang];
  var path = location.pathname.length > 1 ? location.pathname.replace(/\/$/, '') : location.pathname;
  document.querySelectorAll('#shell [data-text]').forEach(function (el) {
    if (texts) { el.textContent = texts[el.getAttribute('data-text')]; }
    if (el.hasAttribute('data-home') && path !== home) { el.remove(); }
  });
  if ('serviceWorker' in navigator) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js').catch(function (err) { console.warn('service worker:', err); });
    });
  }
})();
