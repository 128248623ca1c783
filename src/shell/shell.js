// The static shell's start (index.html, reviewer.html), a file of its own so that the site's
// Content-Security-Policy allows no inline script (deploy/nginx.conf). Loaded in <head> with `defer`
// and `blocking="render"`: it runs once the page is parsed and before its first paint, so the shell
// is painted in the language the app will start in (issue 18). `data-home` on its script element
// is the path of the app's first page, the only one whose shell shows that page's heading.
(function () {
  var home = document.currentScript.getAttribute('data-home');
  // As Lang::from_tag: the primary subtag of a language tag, if it is one of ours.
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
  // Offline after the first visit: the service worker precaches this build (src/sw/).
  if ('serviceWorker' in navigator) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js').catch(function (err) { console.warn('service worker:', err); });
    });
  }
})();
