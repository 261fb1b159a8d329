// Timeline view (#/ or #/timeline?entity=...): the same filters as
// `newsminer timeline`, rows loaded 50 at a time as the reader scrolls
// (IntersectionObserver on a sentinel below the list), each row with its
// evidence sentence. Also the search view (#/search?q=...).
'use strict';

(function () {
  const PAGE = 50;
  const FILTERS = ['entity', 'type', 'event', 'from', 'to', 'aspect', 'tone', 'search', 'with_children'];

  function select(name, label, options, value) {
    return NM.el('label', {}, label, NM.el('select', {name},
        options.map(([v, text]) => NM.el('option', {value: v, selected: v === value}, text))));
  }

  function filterForm(params) {
    const v = (k) => params.get(k) || '';
    const form = NM.el('form', {class: 'card filters', id: 'filters'},
        NM.el('label', {}, 'Entity', NM.el('input', {name: 'entity', value: v('entity'), placeholder: 'OpenAI, 谷歌…', maxlength: 200})),
        select('type', 'Entity type', [['', 'any'], ['organization', 'organization'], ['division', 'division'],
                                        ['product', 'product'], ['person', 'person']], v('type')),
        select('event', 'Event', [['', 'any'], ['departure', 'departure'], ['hire', 'hire'], ['launch', 'launch'],
                                  ['funding', 'funding'], ['reorganization', 'reorganization'], ['other', 'other']], v('event')),
        NM.el('label', {}, 'From', NM.el('input', {name: 'from', value: v('from'), placeholder: '2026-01 or 2026-W07', maxlength: 10})),
        NM.el('label', {}, 'To', NM.el('input', {name: 'to', value: v('to'), placeholder: '2026-02-28', maxlength: 10})),
        select('aspect', 'Aspect', [['', 'any'], ['research', 'research'], ['product', 'product']], v('aspect')),
        select('tone', 'Tone', [['', 'any'], ['pos', 'positive'], ['neg', 'negative']], v('tone')),
        NM.el('label', {}, 'Text', NM.el('input', {name: 'search', value: v('search'), placeholder: '離職, reorg…', maxlength: 200})),
        NM.el('label', {}, 'Children', NM.el('select', {name: 'with_children'},
            NM.el('option', {value: ''}, 'no'), NM.el('option', {value: '1', selected: v('with_children') === '1'}, 'include'))),
        NM.el('div', {class: 'actions'},
            NM.el('button', {class: 'btn', type: 'submit'}, 'Apply'),
            NM.el('button', {class: 'btn secondary', type: 'button', onclick: () => NM.go('#/timeline')}, 'Clear')));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const data = new FormData(form);
      const params = {};
      for (const k of FILTERS) params[k] = (data.get(k) || '').toString().trim();
      NM.go('#/timeline?' + NM.query(params));
    });
    return form;
  }

  // "Jane Doe left OpenAI for Anthropic": an event in one line.
  NM.describeEvent = function (r) {
    const who = r.person || 'someone', org = r.organization || '?';
    switch (r.event_type) {
      case 'departure': return `${who} left ${org}` + (r.counterpart ? ` for ${r.counterpart}` : '');
      case 'hire': return `${org} hired ${who}` + (r.counterpart ? ` from ${r.counterpart}` : '');
      case 'launch': return `${org} launched ${r.product_name || 'a product'}`;
      case 'funding': return `${org} raised funding`;
      case 'reorganization': return `${org} reorganised` + (r.person ? ` (${r.person})` : '');
      default: return [r.person, r.organization, r.counterpart, r.product_name].filter(Boolean).join(', ');
    }
  };

  // One timeline row: an event ("Jane Doe left OpenAI for Anthropic") or an
  // article mention, with its evidence sentence, entities and tone.
  NM.timelineRow = function (r) {
    const a = r.article || {};
    const what = r.kind === 'event'
        ? NM.el('div', {class: 'what'}, NM.el('span', {class: 'tag'}, r.event_type), NM.describeEvent(r))
        : NM.el('div', {class: 'what'}, a.id ? NM.articleLink(a) : null);
    return NM.el('li', {class: 'row', 'data-kind': r.kind},
        NM.el('div', {class: 'date'}, r.date || 'undated'),
        NM.el('div', {},
            what,
            r.evidence ? NM.el('blockquote', {class: 'evidence', lang: NM.langAttr(a.lang)}, r.evidence) : null,
            NM.el('div', {class: 'meta'},
                (r.entities || []).slice(0, 8).map((e) => NM.entityLink(e.name, e.type)),
                NM.toneTag('research', r.research), NM.toneTag('product', r.product), ' ',
                r.kind === 'event' && a.id ? NM.articleLink(a) : null,
                a.source ? NM.el('span', {class: 'muted', title: a.source}, ' · ' + NM.sourceLabel(a)) : null)));
  };

  // Appends pages from `fetchPage(offset)` as the sentinel scrolls into view.
  NM.infiniteList = function (list, status, fetchPage, renderRow, token) {
    let offset = 0, loading = false, done = false;
    const sentinel = NM.el('div', {class: 'sentinel', 'aria-hidden': 'true'});
    async function more() {
      if (loading || done || NM.routeToken !== token) return;
      loading = true;
      status.textContent = 'Loading…';
      try {
        const page = await fetchPage(offset);
        const rows = page.rows || page.hits || [];
        rows.forEach((r) => list.appendChild(renderRow(r)));
        offset += rows.length;
        done = page.next_offset === null || page.next_offset === undefined || rows.length === 0;
        status.textContent = list.children.length === 0 ? 'Nothing matches.' :
            list.children.length + (done ? ' rows' : ' rows so far — scroll for more');
      } catch (err) {
        status.replaceChildren(NM.errorBox(err));
        done = true;
      }
      loading = false;
      if (!done && sentinel.getBoundingClientRect().top < window.innerHeight + 200) more();
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) more();
    }, {rootMargin: '200px'});
    return {sentinel, start() { observer.observe(sentinel); return more(); }, stop() { observer.disconnect(); }};
  };

  let active = null;

  NM.views.timeline = {
    async render(parts, params, token) {
      const api = {};
      for (const k of FILTERS) if (params.get(k)) api[k] = params.get(k);
      const list = NM.el('ol', {class: 'rows', id: 'timeline-rows'});
      const status = NM.el('p', {class: 'muted', id: 'timeline-status'});
      const fetchPage = (offset) => NM.api('/api/timeline?' + NM.query(Object.assign({limit: PAGE, offset}, api)));
      // A bad filter (a 'to' before 'from', an unknown entity) is shown under
      // the form, which keeps what was typed so it can be corrected.
      let first;
      try {
        first = await fetchPage(0);
      } catch (err) {
        active = null;
        return NM.el('section', {},
            NM.el('h1', {}, 'Timeline'), filterForm(params),
            NM.el('p', {class: 'error', role: 'alert', id: 'timeline-error'}, err.message));
      }
      let served = false;
      const pager = NM.infiniteList(list, status,
          (offset) => (!served && offset === 0 ? (served = true, Promise.resolve(first)) : fetchPage(offset)),
          NM.timelineRow, token);
      active = pager;
      return NM.el('section', {},
          NM.el('h1', {}, 'Timeline'), filterForm(params),
          NM.el('div', {class: 'card'}, list, status, pager.sentinel));
    },
    mounted() { return active ? active.start() : null; },
    leave() { if (active) active.stop(); active = null; },
  };

  // Builds a snippet whose highlighted parts come as [start, end) pairs in
  // code points, so no markup from the server is ever parsed.
  NM.highlighted = function (text, ranges, lang) {
    const cps = Array.from(text || '');
    const out = NM.el('span', {lang: NM.langAttr(lang)});
    let at = 0;
    for (const [s, e] of ranges || []) {
      if (s < at || e <= s) continue;
      out.append(cps.slice(at, s).join(''), NM.el('mark', {}, cps.slice(s, e).join('')));
      at = e;
    }
    out.append(cps.slice(at).join(''));
    return out;
  };

  function searchHit(h) {
    const a = h.article || {};
    return NM.el('li', {class: 'row'},
        NM.el('div', {class: 'date'}, a.published || ''),
        NM.el('div', {},
            NM.el('div', {class: 'what'}, NM.articleLink(a)),
            NM.el('div', {class: 'evidence'}, NM.highlighted(h.snippet, h.highlights, a.lang)),
            NM.el('div', {class: 'meta', title: a.source || ''}, NM.sourceLabel(a))));
  }

  NM.views.search = {
    async render(parts, params, token) {
      const q = params.get('q') || '';
      document.getElementById('search-input').value = q;
      const list = NM.el('ol', {class: 'rows', id: 'search-hits'});
      const status = NM.el('p', {class: 'muted', id: 'search-status'});
      const fetchPage = (offset) => NM.api('/api/search?' + NM.query({q, limit: 20, offset}));
      const first = await fetchPage(0);
      let served = false;
      const pager = NM.infiniteList(list, status,
          (offset) => (!served && offset === 0 ? (served = true, Promise.resolve(first)) : fetchPage(offset)),
          searchHit, token);
      active = pager;
      return NM.el('section', {},
          NM.el('h1', {}, 'Search: ', NM.el('span', {lang: /[\u3400-\u9fff]/.test(q) ? 'zh' : null}, q)),
          NM.el('p', {}, NM.el('a', {href: '#/timeline?' + NM.query({search: q})}, 'Show these as a timeline')),
          NM.el('div', {class: 'card'}, list, status, pager.sentinel));
    },
    mounted() { return active ? active.start() : null; },
    leave() { if (active) active.stop(); active = null; },
  };
})();
