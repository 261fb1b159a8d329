// The latest weekly digest (#/digest?week=...), shown as the digest's own
// HTML in a sandboxed frame, and the ingest form (#/ingest) that starts a
// background job and follows its progress until it ends.
'use strict';

(function () {
  NM.views.digest = {
    async render(parts, params) {
      const stats = await NM.api('/api/stats');
      const weeks = stats.weeks || [];
      const week = params.get('week') || stats.latest_week || '';
      if (!week) return NM.el('section', {}, NM.el('h1', {}, 'Digest'), NM.el('p', {class: 'muted'}, 'No articles yet: ingest some first.'));
      const i = weeks.indexOf(week);
      const link = (w, text) => (w ? NM.el('a', {href: '#/digest?week=' + w, class: 'tag'}, text) : null);
      const q = NM.query({week, format: 'html'});
      return NM.el('section', {},
          NM.el('h1', {}, 'Weekly digest ', week),
          NM.el('p', {}, link(i > 0 ? weeks[i - 1] : null, '← ' + (weeks[i - 1] || '')),
              link(i >= 0 && i + 1 < weeks.length ? weeks[i + 1] : null, (weeks[i + 1] || '') + ' →'),
              ' Download: ', NM.el('a', {href: '/api/digest?' + NM.query({week, format: 'md'})}, 'Markdown'), ' · ',
              NM.el('a', {href: '/api/digest?' + NM.query({week, format: 'json'})}, 'JSON')),
          NM.el('iframe', {class: 'digest', id: 'digest-frame', sandbox: '', title: 'Weekly digest ' + week, src: '/api/digest?' + q}));
    },
  };

  let timer = null;

  function jobLine(j) {
    const total = j.total === null || j.total === undefined ? null : j.total;
    const bar = NM.el('progress', {max: total || 1, value: total ? j.done : 0});
    if (!total && j.state === 'running') bar.removeAttribute('value');  // indeterminate
    return NM.el('div', {class: 'card job', 'data-state': j.state, id: 'job-' + j.id},
        NM.el('div', {}, NM.el('span', {class: 'tag'}, j.state), ' ', j.source),
        bar,
        NM.el('div', {class: 'muted'}, `${j.done}${total ? ' / ' + total : ''} done · ${j.ingested} ingested · ` +
            `${j.duplicates} duplicates · ${j.failed} failed · ${j.elapsed_s.toFixed(1)} s`,
            j.current ? ' · now: ' + j.current : ''),
        j.message ? NM.el('p', {class: 'error'}, j.message) : null,
        j.errors && j.errors.length ? NM.el('ul', {}, j.errors.map((e) => NM.el('li', {}, e))) : null);
  }

  async function follow(id, box) {
    clearTimeout(timer);
    try {
      const j = await NM.api('/api/jobs/' + id);
      box.replaceChildren(jobLine(j));
      if (j.state === 'queued' || j.state === 'running') timer = setTimeout(() => follow(id, box), 500);
    } catch (err) {
      box.replaceChildren(NM.errorBox(err));
    }
  }

  NM.views.ingest = {
    async render() {
      const recent = await NM.api('/api/jobs?limit=10');
      const box = NM.el('div', {id: 'job-progress'});
      const input = NM.el('input', {type: 'url', name: 'url', required: true, maxlength: 2000,
                                    placeholder: 'https://example.com/news/article.html or a feed URL'});
      const form = NM.el('form', {class: 'card filters', id: 'ingest-form'},
          NM.el('label', {}, 'Article or RSS/Atom feed URL', input),
          NM.el('div', {class: 'actions'}, NM.el('button', {class: 'btn', type: 'submit'}, 'Ingest')));
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        try {
          const j = await NM.api('/api/ingest', {method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
                                                 body: JSON.stringify({url: input.value.trim()})});
          follow(j.id, box);
        } catch (err) {
          box.replaceChildren(NM.errorBox(err));
        }
      });
      return NM.el('section', {},
          NM.el('h1', {}, 'Ingest'),
          NM.el('p', {class: 'muted'}, 'The server fetches the page or every item of the feed in the background, analyses and stores it.'),
          form, box,
          recent.jobs.length ? NM.el('h2', {}, 'Recent jobs') : null, recent.jobs.map(jobLine));
    },
    leave() { clearTimeout(timer); },
  };
})();
