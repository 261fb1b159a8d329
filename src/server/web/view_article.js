// Article page (#/article/ID): the stored text with each entity mention
// highlighted (linked to its entity page) and each sentence tinted by its
// tone, with the aspect it is about. Offsets from the API are code points,
// so the body is indexed with Array.from (one element per code point).
'use strict';

(function () {
  function sentenceClass(s) {
    let c = 'sent';
    if (s.label > 0) c += ' tone-pos';
    if (s.label < 0) c += ' tone-neg';
    if (s.aspect === 'research' || s.aspect === 'product') c += ' aspect-' + s.aspect;
    return c;
  }

  function sentenceTitle(s) {
    return s.aspect && s.aspect !== 'none' ? s.aspect + ' tone ' + NM.fmtScore(s.score) : 'no research/product tone';
  }

  // Non-overlapping mentions sorted by start: [{start, end, name, type}].
  function mentionList(entities) {
    const all = [];
    for (const e of entities || [])
      for (const m of e.mentions || []) all.push({start: m.start, end: m.end, name: e.canonical, type: e.type});
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    for (const m of all) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
    return out;
  }

  // Appends cps[from, to) to `parent`, wrapping mentions in links.
  function appendWithMentions(parent, cps, from, to, mentions) {
    let at = from;
    for (const m of mentions) {
      if (m.end <= from || m.start >= to) continue;
      const s = Math.max(m.start, at), e = Math.min(m.end, to);
      if (s > at) parent.append(cps.slice(at, s).join(''));
      parent.append(NM.el('a', {class: 'mention ' + m.type, href: '#/entity/' + encodeURIComponent(m.name), title: m.name + ' (' + m.type + ')'},
          cps.slice(s, e).join('')));
      at = e;
    }
    if (to > at) parent.append(cps.slice(at, to).join(''));
  }

  function articleBody(a) {
    const cps = Array.from(a.body || '');
    const mentions = mentionList(a.entities);
    const body = NM.el('div', {class: 'article-body card', id: 'article-body', lang: NM.langAttr(a.lang)});
    let at = 0;
    for (const s of a.sentences || []) {
      if (s.start < at) continue;
      if (s.start > at) appendWithMentions(body, cps, at, s.start, mentions);
      const span = NM.el('span', {class: sentenceClass(s), title: sentenceTitle(s), 'data-index': s.index});
      appendWithMentions(span, cps, s.start, s.end, mentions);
      body.append(span);
      at = s.end;
    }
    if (at < cps.length) appendWithMentions(body, cps, at, cps.length, mentions);
    return body;
  }

  NM.views.article = {
    async render(parts) {
      const a = await NM.api('/api/articles/' + encodeURIComponent(parts[0] || ''));
      const t = a.sentiment || {};
      const source = a.url ? NM.el('a', {href: a.url, rel: 'noopener noreferrer', target: '_blank'}, a.source || a.url)
                           : NM.el('span', {}, a.source || '');
      return NM.el('article', {id: 'article-page'},
          NM.el('h1', {lang: NM.langAttr(a.lang), id: 'article-title'}, a.title || '(untitled)'),
          NM.el('p', {class: 'muted'}, a.published || 'date unknown', ' · ', a.lang || '', ' · ', source,
              a.author ? ' · ' + a.author : ''),
          NM.el('p', {class: 'toneline'}, 'Tone: ', NM.toneTag('research', t.research), NM.toneTag('product', t.product),
              ' — sentences are tinted green (positive) or red (negative); an underline marks the aspect.'),
          NM.el('div', {class: 'chips'}, (a.entities || []).map((e) =>
              NM.el('a', {class: 'mention ' + e.type, href: '#/entity/' + encodeURIComponent(e.canonical)},
                  e.canonical + (e.role && e.role !== 'other' ? ' · ' + e.role : '')))),
          articleBody(a),
          a.events && a.events.length ? NM.el('div', {class: 'card'}, NM.el('h2', {}, 'Events'),
              NM.el('ul', {}, a.events.map((e) => NM.el('li', {}, (e.date || '') + ' ' + e.type + ': ' +
                  [e.person, e.organization, e.counterpart ? '→ ' + e.counterpart : '', e.product].filter(Boolean).join(' '))))) : null);
    },
  };
})();
