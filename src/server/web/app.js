// newsminer web page: a small hash router and the helpers every view uses.
// All text from the database reaches the page through textContent or
// createTextNode (never innerHTML), so an article title such as
// "<img onerror=...>" is shown as text. The server's Content-Security-Policy
// forbids inline scripts as a second line of defence.
'use strict';

const NM = {views: {}, current: null};

// el('a', {href: '#/x', class: 'tag'}, 'text', child, ...) -> Element
NM.el = function (tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) NM.append(e, c);
  return e;
};

NM.append = function (parent, c) {
  if (c === null || c === undefined || c === false) return;
  if (Array.isArray(c)) c.forEach((x) => NM.append(parent, x));
  else parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
};

// The lang attribute for a piece of text, so the CSS picks the right CJK font.
NM.langAttr = function (lang) {
  return lang === 'zh-Hant' || lang === 'zh-Hans' || lang === 'en' ? lang : null;
};

NM.query = function (params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  return q.toString();
};

// Fetches JSON from the API; throws an Error carrying the API's message.
NM.api = async function (path, options) {
  const res = await fetch(path, Object.assign({credentials: 'same-origin', headers: {Accept: 'application/json'}}, options || {}));
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : res.status + ' ' + res.statusText;
    const err = new Error(msg);
    err.status = res.status;
    throw err;
  }
  return body;
};

NM.errorBox = function (err) {
  return NM.el('p', {class: 'error', role: 'alert'}, String(err && err.message ? err.message : err));
};

NM.fmtScore = function (v) {
  if (v === null || v === undefined || Number.isNaN(v)) return 'n/a';
  return (v > 0 ? '+' : v < 0 ? '−' : '') + Math.abs(v).toFixed(2);
};

// A small tag showing an aspect's tone: "research −0.40"; nothing when the
// text said nothing about that aspect (score null).
NM.toneTag = function (aspect, score) {
  if (!aspect || aspect === 'none' || score === null || score === undefined) return null;
  const cls = 'tag ' + aspect + (score > 0.05 ? ' pos' : score < -0.05 ? ' neg' : '');
  return NM.el('span', {class: cls, title: 'tone about ' + aspect + ' culture'}, aspect + ' ' + NM.fmtScore(score));
};

// Where an article came from, short: the web site's host, or the file name.
NM.sourceLabel = function (a) {
  if (a.url) {
    try { return new URL(a.url).host.replace(/^www\./, ''); } catch (e) { return a.url; }
  }
  const s = a.source || '';
  return s.slice(s.lastIndexOf('/') + 1);
};

NM.entityLink = function (name, type) {
  return NM.el('a', {href: '#/entity/' + encodeURIComponent(name), class: 'ent', 'data-type': type || null}, name);
};

NM.articleLink = function (article) {
  return NM.el('a', {href: '#/article/' + article.id, lang: NM.langAttr(article.lang)}, article.title || '(untitled)');
};

// Parses "#/entity/OpenAI?x=1" into {parts: ['entity', 'OpenAI'], params}.
NM.parseHash = function () {
  const h = location.hash.replace(/^#\/?/, '');
  const qi = h.indexOf('?');
  const path = qi < 0 ? h : h.slice(0, qi);
  const params = new URLSearchParams(qi < 0 ? '' : h.slice(qi + 1));
  const parts = path.split('/').filter((p) => p !== '').map((p) => decodeURIComponent(p));
  return {parts, params};
};

NM.go = function (hash) {
  if (location.hash === hash) NM.route(); else location.hash = hash;
};

NM.route = async function () {
  const {parts, params} = NM.parseHash();
  const name = parts[0] || 'timeline';
  const view = NM.views[name] || NM.views.timeline;
  document.querySelectorAll('[data-nav]').forEach((a) => a.classList.toggle('active', a.dataset.nav === name));
  if (NM.current && NM.current.leave) NM.current.leave();
  NM.current = view;
  const main = document.getElementById('view');
  const token = {};
  NM.routeToken = token;
  try {
    const node = await view.render(parts.slice(1), params, token);
    if (NM.routeToken !== token) return;  // a newer navigation won
    main.replaceChildren(node);
    if (view.mounted) await view.mounted(node);  // e.g. the first rows of a list
    // First render time, read by the browser tests and tools/bench-server.
    if (!performance.getEntriesByName('nm-first-render').length) performance.mark('nm-first-render');
  } catch (err) {
    if (NM.routeToken === token) main.replaceChildren(NM.errorBox(err));
  }
  window.scrollTo(0, 0);
};

NM.start = function () {
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-input');
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = input.value.trim();
    if (q) NM.go('#/search?' + NM.query({q}));
  });
  window.addEventListener('hashchange', NM.route);
  NM.api('/api/stats').then((s) => {
    const foot = document.getElementById('foot');
    foot.textContent = s.articles + ' articles · ' + s.entities + ' entities · ' + s.events + ' events' +
        (s.first_day ? ' · ' + s.first_day + ' – ' + s.last_day : '');
  }).catch(() => {});
  NM.route();
};

document.addEventListener('DOMContentLoaded', () => NM.start());
