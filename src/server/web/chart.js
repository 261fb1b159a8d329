// The weekly chart on the entity page, drawn as inline SVG with DOM calls:
// grey bars for mentions per week (left axis) and two lines for the mean
// research and product tone that week (right axis, −1..+1). Weeks without
// tone leave a gap in the line rather than pretending to be neutral.
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  function s(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function linePaths(weeks, key, x, y) {
    const parts = [];
    let pen = false;
    weeks.forEach((w, i) => {
      const v = w[key];
      if (v === null || v === undefined) { pen = false; return; }
      parts.push((pen ? 'L' : 'M') + x(i).toFixed(1) + ' ' + y(v).toFixed(1));
      pen = true;
    });
    return parts.join(' ');
  }

  // weeks: [{week: '2026-W07', mentions: 3, research: -0.2|null, product: 0.4|null}]
  NM.weeklyChart = function (weeks) {
    const W = 720, H = 220, L = 34, R = 40, T = 12, B = 34;
    const svg = s('svg', {viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img',
                          'aria-label': 'Mentions per week with research and product tone'});
    if (!weeks.length) return svg;
    const maxM = Math.max(1, ...weeks.map((w) => w.mentions || 0));
    const bw = (W - L - R) / weeks.length;
    const x = (i) => L + bw * (i + 0.5);
    const yM = (m) => H - B - (H - T - B) * (m / maxM);
    const yT = (t) => T + (H - T - B) * (1 - (t + 1) / 2);
    svg.append(s('line', {x1: L, x2: W - R, y1: yT(0), y2: yT(0), stroke: '#bbb', 'stroke-dasharray': '3 3'}));
    weeks.forEach((w, i) => {
      const bar = s('rect', {x: L + bw * i + bw * 0.15, width: Math.max(1, bw * 0.7), y: yM(w.mentions || 0),
                             height: H - B - yM(w.mentions || 0), fill: '#c9d3dc'});
      bar.append(s('title', {}, `${w.week}: ${w.mentions} mentions`));
      svg.append(bar);
    });
    for (const [key, color] of [['research', '#2a7ab0'], ['product', '#d07a1a']]) {
      svg.append(s('path', {d: linePaths(weeks, key, x, yT), fill: 'none', stroke: color, 'stroke-width': 2}));
      weeks.forEach((w, i) => {
        if (w[key] === null || w[key] === undefined) return;
        const dot = s('circle', {cx: x(i), cy: yT(w[key]), r: 2.5, fill: color, class: 'dot-' + key});
        dot.append(s('title', {}, `${w.week} ${key} ${NM.fmtScore(w[key])}`));
        svg.append(dot);
      });
    }
    svg.append(s('text', {x: 4, y: T + 8}, String(maxM)), s('text', {x: 4, y: H - B}, '0'));
    svg.append(s('text', {x: W - R + 4, y: yT(1) + 8}, '+1'), s('text', {x: W - R + 4, y: yT(0) + 4}, '0'),
               s('text', {x: W - R + 4, y: yT(-1)}, '−1'));
    const step = Math.max(1, Math.ceil(weeks.length / 8));
    weeks.forEach((w, i) => {
      if (i % step === 0) svg.append(s('text', {x: x(i), y: H - B + 16, 'text-anchor': 'middle'}, w.week));
    });
    return svg;
  };

  NM.chartLegend = function () {
    return NM.el('div', {class: 'legend'},
        NM.el('span', {class: 'sw bars'}), 'mentions',
        NM.el('span', {class: 'sw research'}), 'research tone',
        NM.el('span', {class: 'sw product'}), 'product tone');
  };
})();
