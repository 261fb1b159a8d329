// Entity page (#/entity/NAME): aliases in every script, parent, children,
// competitors, its events, and the weekly mentions + tone chart; plus the
// entity list (#/entities?type=...).
'use strict';

(function () {
  function chips(items, render) {
    if (!items || !items.length) return NM.el('span', {class: 'muted'}, '—');
    return NM.el('div', {class: 'chips'}, items.map(render));
  }

  function eventRow(ev) {
    return NM.timelineRow(Object.assign({kind: 'event'}, ev));
  }

  NM.views.entity = {
    async render(parts) {
      const name = parts[0] || '';
      const e = await NM.api('/api/entities/' + encodeURIComponent(name));
      return NM.el('section', {id: 'entity-page', 'data-entity': e.name},
          NM.el('h1', {}, e.name, ' ', NM.el('span', {class: 'tag'}, e.type), e.known === false ? NM.el('span', {class: 'tag'}, 'not in lexicon') : null),
          NM.el('div', {class: 'grid2'},
              NM.el('div', {class: 'card'}, NM.el('dl', {class: 'kv'},
                  NM.el('dt', {}, 'Aliases'), NM.el('dd', {id: 'entity-aliases'}, chips(e.aliases, (a) => NM.el('span', {class: 'tag', lang: /[\u3400-\u9fff]/.test(a) ? 'zh' : null}, a))),
                  NM.el('dt', {}, 'Parent'), NM.el('dd', {}, e.parent ? NM.entityLink(e.parent.name, e.parent.type) : NM.el('span', {class: 'muted'}, '—')),
                  NM.el('dt', {}, 'Children'), NM.el('dd', {}, chips(e.children, (c) => NM.entityLink(c.name, c.type))),
                  NM.el('dt', {}, 'Competitors'), NM.el('dd', {id: 'entity-competitors'}, chips(e.competitors, (c) => NM.entityLink(c.name, c.type))))),
              NM.el('div', {class: 'card'}, NM.el('dl', {class: 'kv'},
                  NM.el('dt', {}, 'Mentions'), NM.el('dd', {}, String(e.mentions)),
                  NM.el('dt', {}, 'Articles'), NM.el('dd', {}, String(e.articles)),
                  NM.el('dt', {}, 'First seen'), NM.el('dd', {}, e.first_seen || '—'),
                  NM.el('dt', {}, 'Last seen'), NM.el('dd', {}, e.last_seen || '—'),
                  NM.el('dt', {}, 'Research tone'), NM.el('dd', {}, NM.fmtScore(e.research)),
                  NM.el('dt', {}, 'Product tone'), NM.el('dd', {}, NM.fmtScore(e.product))))),
          NM.el('div', {class: 'card'}, NM.el('h2', {}, 'Week by week'), NM.weeklyChart(e.weeks || []), NM.chartLegend()),
          NM.el('div', {class: 'card'}, NM.el('h2', {}, 'Events'),
              e.events && e.events.length ? NM.el('ol', {class: 'rows', id: 'entity-events'}, e.events.map(eventRow))
                                          : NM.el('p', {class: 'muted'}, 'No dated events.'),
              NM.el('p', {}, NM.el('a', {href: '#/timeline?' + NM.query({entity: e.name})}, 'Full timeline for ' + e.name + ' →'))));
    },
  };

  NM.views.entities = {
    async render(parts, params) {
      const type = params.get('type') || '';
      const data = await NM.api('/api/entities?' + NM.query({type, limit: 200}));
      const typeLinks = ['', 'organization', 'division', 'product', 'person'].map((t) =>
          NM.el('a', {href: '#/entities' + (t ? '?type=' + t : ''), class: 'tag' + (t === type ? ' research' : '')}, t || 'all'));
      const rows = data.entities.map((e) => NM.el('tr', {},
          NM.el('td', {}, NM.entityLink(e.name, e.type)), NM.el('td', {}, e.type),
          NM.el('td', {class: 'num'}, String(e.mentions)), NM.el('td', {class: 'num'}, String(e.articles)),
          NM.el('td', {}, e.first_seen || ''), NM.el('td', {}, e.last_seen || ''),
          NM.el('td', {class: 'num'}, NM.fmtScore(e.research)), NM.el('td', {class: 'num'}, NM.fmtScore(e.product))));
      return NM.el('section', {},
          NM.el('h1', {}, 'Entities'), NM.el('p', {}, typeLinks),
          NM.el('div', {class: 'card'}, NM.el('table', {class: 'list', id: 'entity-table'},
              NM.el('thead', {}, NM.el('tr', {}, ['Name', 'Type', 'Mentions', 'Articles', 'First', 'Last', 'Research', 'Product']
                  .map((h) => NM.el('th', {}, h)))),
              NM.el('tbody', {}, rows))));
    },
  };
})();
