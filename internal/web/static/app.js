// chronicle web UI. Every element is built with createElement and
// textContent (see el below); data is never parsed as HTML, so article
// text, titles and names cannot become markup.

const main = document.getElementById('main');

// el builds an element: attrs are set with setAttribute (or as a property
// for "text"), children are nodes or strings (strings become text nodes).
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'on') for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f);
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path, params = {}) {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== undefined && v !== null) u.searchParams.set(k, v);
  const r = await fetch(u);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? `${body.error.status}: ${body.error.message}` : `HTTP ${r.status}`);
  return body;
}

const articleLink = (id, text) => el('a', { href: '#/article/' + encodeURIComponent(id), text: text || id });
const actorLink = (name) => name ? el('a', { href: '#/actor/' + encodeURIComponent(name), class: 'actor', text: name }) : el('span', { class: 'muted', text: 'unknown' });

function show(...nodes) { main.replaceChildren(...nodes); }
function failure(err) { show(el('p', { class: 'error', role: 'alert', text: String(err.message || err) })); }

// snippet renders FTS5's "[match]" markers as <mark>, as text nodes.
function snippet(s) {
  const out = el('p', { class: 'snippet' });
  const re = /\[([^\]]*)\]/g;
  let last = 0, m;
  while ((m = re.exec(s)) !== null) {
    out.append(s.slice(last, m.index), el('mark', { text: m[1] }));
    last = re.lastIndex;
  }
  out.append(s.slice(last));
  return out;
}

function pager(p, go) {
  const nav = el('div', { class: 'pager' });
  if (p.offset > 0) nav.append(el('button', { type: 'button', text: '← Previous', on: { click: () => go(Math.max(0, p.offset - p.limit)) } }));
  nav.append(el('span', { class: 'muted', text: ` ${p.items.length ? p.offset + 1 : 0}–${p.offset + p.items.length} ` }));
  if (p.more) nav.append(el('button', { type: 'button', text: 'Next →', on: { click: () => go(p.offset + p.limit) } }));
  return nav;
}

function quoteItem(q, withArticle = true) {
  return el('li', { class: 'quote-item' },
    el('blockquote', { text: q.text }),
    el('div', { class: 'meta' }, '— ', actorLink(q.speaker), ` (${q.kind}${q.cue ? ', ' + q.cue : ''}) `,
      q.published ? el('time', { text: q.published.slice(0, 10) }) : null,
      withArticle ? [' · ', articleLink(q.article_id, 'article')] : null));
}

// ---- search -------------------------------------------------------------

async function searchPage(params) {
  const q = params.get('q') || '';
  document.getElementById('q').value = q;
  const head = el('h1', { text: q ? `Results for “${q}”` : 'Latest articles' });
  try {
    const [arts, quotes] = await Promise.all([
      api('/api/articles', { q, limit: 20 }),
      q ? api('/api/quotes', { q, limit: 20 }) : api('/api/quotes', { limit: 10 }),
    ]);
    const alist = el('ol', { class: 'results', id: 'article-results' },
      arts.items.map(a => el('li', {},
        el('h3', {}, articleLink(a.id, a.title || a.id)),
        el('div', { class: 'meta', text: [a.source, (a.published || '').slice(0, 10), `${a.quotes} quotes · ${a.events} events · ${a.entities} entities`].filter(Boolean).join(' · ') }),
        a.snippet ? snippet(a.snippet) : null)));
    const qlist = el('ul', { class: 'quotes', id: 'quote-results' }, quotes.items.map(x => quoteItem(x)));
    show(head, el('div', { class: 'cols' },
      el('section', {}, el('h2', { text: `Articles (${arts.items.length}${arts.more ? '+' : ''})` }), arts.items.length ? alist : el('p', { class: 'muted', text: 'No articles.' })),
      el('section', {}, el('h2', { text: `Quotes (${quotes.items.length}${quotes.more ? '+' : ''})` }), quotes.items.length ? qlist : el('p', { class: 'muted', text: 'No quotes.' }))));
  } catch (e) { failure(e); }
}

// ---- article ------------------------------------------------------------

// highlight renders text (code-point offsets) with nested highlights for
// quotes, entities, dates and event triggers, displaCy style.
function highlight(d) {
  const cps = Array.from(d.text);
  const anns = [];
  d.quotes.forEach((q, i) => anns.push({ s: q.start, e: q.end, kind: 'quote', rank: 0, q, i }));
  d.entities.forEach(n => anns.push({ s: n.start, e: n.end, kind: 'ent', rank: 2, n }));
  d.dates.forEach(t => anns.push({ s: t.start, e: t.end, kind: 'date', rank: 1, t }));
  d.events.forEach(ev => { if (ev.trigger && ev.trigger.end > ev.trigger.start) anns.push({ s: ev.trigger.start, e: ev.trigger.end, kind: 'trigger', rank: 3, ev }); });
  const cuts = new Set([0, cps.length]);
  for (const a of anns) { cuts.add(a.s); cuts.add(a.e); }
  const bounds = [...cuts].filter(x => x >= 0 && x <= cps.length).sort((a, b) => a - b);
  const body = el('div', { class: 'doc-text', id: 'doc-text' });
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k], b = bounds[k + 1];
    let node = document.createTextNode(cps.slice(a, b).join(''));
    const cover = anns.filter(x => x.s <= a && x.e >= b).sort((x, y) => y.rank - x.rank);
    for (const c of cover) {
      let w;
      if (c.kind === 'ent') {
        w = el('span', { class: `ent ent-${c.n.label}`, 'data-label': c.n.label }, node);
        if (c.e === b) w.append(el('span', { class: 'label', text: c.n.label }));
      } else if (c.kind === 'date') {
        w = el('span', { class: 'date', title: `${c.t.type} ${c.t.value}` }, node);
        if (c.e === b) w.append(el('span', { class: 'label', text: c.t.value }));
      } else if (c.kind === 'trigger') {
        w = el('span', { class: 'trigger', title: `${c.ev.type}: ${c.ev.source_names.join(', ') || '?'} → ${c.ev.target_names.join(', ') || '?'}` }, node);
        if (c.e === b) w.append(el('span', { class: 'label', text: c.ev.type }));
      } else {
        const who = c.q.speaker_name || 'unknown speaker';
        w = el('mark', { class: `quote quote-${c.q.kind}`, 'data-speaker': who, 'data-quote': c.i, title: `${who} (${c.q.kind} quote)` }, node);
      }
      node = w;
    }
    body.append(node);
  }
  return body;
}

async function articlePage(id) {
  try {
    const d = await api('/api/articles/' + encodeURIComponent(id));
    const legend = el('div', { class: 'legend' },
      el('mark', { class: 'quote', text: 'quote' }), el('span', { class: 'ent ent-PER', text: 'person' }),
      el('span', { class: 'ent ent-ORG', text: 'organisation' }), el('span', { class: 'ent ent-LOC', text: 'place' }),
      el('span', { class: 'date', text: 'date' }), el('span', { class: 'trigger', text: 'event' }));
    const quotes = el('ul', { class: 'quotes', id: 'article-quotes' }, d.quotes.map(q => el('li', { class: 'quote-item' },
      el('blockquote', { text: q.text }),
      el('div', { class: 'meta' }, '— ', q.speaker_name ? actorLink(q.speaker_name) : el('span', { class: 'muted', text: 'unknown' }),
        ` (${q.kind}${q.cue ? ', cue “' + q.cue.text + '”' : ''}${q.medium ? ', ' + q.medium : ''}${q.date ? ', ' + q.date : ''})`))));
    const events = el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['type', 'source', 'target', 'date', 'location', 'trigger'].map(h => el('th', { text: h })))),
      el('tbody', {}, d.events.map(ev => el('tr', {},
        el('td', { text: ev.type }), el('td', {}, ev.source_names.map(actorLink)), el('td', {}, ev.target_names.map(actorLink)),
        el('td', { text: ev.date || '' }), el('td', { text: ev.location || '' }), el('td', { text: ev.trigger.text })))));
    const actors = el('ul', { class: 'actors' }, d.actors.map(a => el('li', {}, actorLink(a.name),
      el('span', { class: 'muted', text: ` ${[a.kind, a.code, a.role].filter(Boolean).join(' · ')} (${a.mentions.length})` }))));
    show(el('article', { class: 'doc' },
      el('h1', { text: d.title || d.id }),
      el('div', { class: 'meta', text: [d.source, d.author, d.published, d.url].filter(Boolean).join(' · ') }),
      legend,
      el('div', { class: 'cols' },
        el('section', { class: 'wide' }, highlight(d)),
        el('aside', {}, el('h2', { text: `Quotes (${d.quotes.length})` }), quotes,
          el('h2', { text: `Actors (${d.actors.length})` }), actors)),
      el('h2', { text: `Events (${d.events.length})` }), events));
  } catch (e) { failure(e); }
}

// ---- actor --------------------------------------------------------------

function timelineChart(counts) {
  const box = el('div', { class: 'chart', id: 'timeline' });
  if (!counts.length || !window.uPlot) { box.append(el('p', { class: 'muted', text: 'No dated articles.' })); return box; }
  // One point per period; x is the period's first day in seconds.
  const xs = counts.map(c => Date.parse(c.period.length === 4 ? c.period + '-01-01' : c.period.length === 7 ? c.period + '-01' : c.period) / 1000);
  const data = [xs, counts.map(c => c.articles), counts.map(c => c.quotes), counts.map(c => c.events)];
  requestAnimationFrame(() => {
    const width = Math.max(300, box.clientWidth || 600);
    new window.uPlot({
      width, height: 220,
      scales: { x: { time: true } },
      series: [{}, { label: 'articles', stroke: '#6b7280', width: 2, points: { size: 6 } },
        { label: 'quotes', stroke: '#b45309', width: 2, points: { size: 6 } },
        { label: 'events', stroke: '#1d4ed8', width: 2, points: { size: 6 } }],
      axes: [{}, { label: 'count' }],
    }, data, box);
  });
  return box;
}

function network(name, relations) {
  const box = el('div', { class: 'network', id: 'network' });
  if (!relations.length || !window.cytoscape) { box.append(el('p', { class: 'muted', text: 'No events with other actors.' })); return box; }
  const nodes = new Map([[name, { data: { id: name, label: name, me: 1 } }]]);
  const edges = new Map();
  for (const r of relations) {
    nodes.set(r.other, nodes.get(r.other) || { data: { id: r.other, label: r.other } });
    const [s, t] = r.direction === 'by' ? [r.other, name] : [name, r.other];
    const key = `${s}\u0000${t}\u0000${r.direction}`;
    const e = edges.get(key) || { data: { id: key, source: s, target: t, types: [], count: 0, with: r.direction === 'with' ? 1 : 0 } };
    e.data.types.push(r.type); e.data.count += r.count;
    edges.set(key, e);
  }
  for (const e of edges.values()) e.data.label = `${[...new Set(e.data.types)].join(', ')} ×${e.data.count}`;
  requestAnimationFrame(() => {
    const cy = window.cytoscape({
      container: box,
      elements: [...nodes.values(), ...edges.values()],
      layout: { name: 'concentric', concentric: n => n.data('me') ? 2 : 1, levelWidth: () => 1, minNodeSpacing: 40 },
      style: [
        { selector: 'node', style: { label: 'data(label)', 'background-color': '#93c5fd', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: 'node[me]', style: { 'background-color': '#1d4ed8', width: 40, height: 40, 'font-weight': 'bold', 'text-valign': 'top', 'text-margin-y': -4 } },
        { selector: 'edge', style: { label: 'data(label)', 'font-size': 9, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 'mapData(count, 1, 10, 1.5, 6)', 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
        { selector: 'edge[with > 0]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
      ],
      userZoomingEnabled: false,
    });
    cy.on('tap', 'node', ev => { const id = ev.target.id(); if (id !== name) location.hash = '#/actor/' + encodeURIComponent(id); });
  });
  return box;
}

async function actorPage(name) {
  try {
    let [p, tl, qs, evs] = await Promise.all([
      api('/api/actors/' + encodeURIComponent(name)),
      api('/api/timeline', { actor: name, bucket: 'month' }),
      api('/api/actors/' + encodeURIComponent(name) + '/quotes', { limit: 20 }),
      api('/api/actors/' + encodeURIComponent(name) + '/events', { limit: 20 }),
    ]);
    // A few months make a poor chart; days show more.
    if (tl.counts.length < 3) tl = await api('/api/timeline', { actor: name, bucket: 'day' });
    const a = p.actor;
    const rel = el('ul', { class: 'relations' }, p.relations.map(r => el('li', {},
      r.direction === 'on' ? [a.name, ` ${r.type} → `, actorLink(r.other)] : r.direction === 'by' ? [actorLink(r.other), ` ${r.type} → `, a.name] : [a.name, ' with ', actorLink(r.other), ` (${r.type})`],
      el('span', { class: 'muted', text: ` ×${r.count}` }))));
    show(el('h1', { text: a.name }),
      el('div', { class: 'meta', text: [a.kind, a.role, a.code, `${a.articles} articles · ${a.mentions} mentions · ${a.quotes} quotes · ${a.events} events`].filter(Boolean).join(' · ') }),
      el('div', { class: 'cols' },
        el('section', { class: 'wide' }, el('h2', { text: 'Over time' }), timelineChart(tl.counts)),
        el('section', {}, el('h2', { text: 'Deals with' }), network(a.name, p.relations))),
      el('div', { class: 'cols' },
        el('section', {}, el('h2', { text: `Quotes (${qs.items.length}${qs.more ? '+' : ''})` }), el('ul', { class: 'quotes' }, qs.items.map(q => quoteItem(q)))),
        el('section', {}, el('h2', { text: 'Relations' }), rel,
          el('h2', { text: `Events (${evs.items.length}${evs.more ? '+' : ''})` }), eventsTable(evs.items))));
  } catch (e) { failure(e); }
}

// ---- events -------------------------------------------------------------

function eventsTable(items) {
  return el('table', { class: 'grid', id: 'events-table' },
    el('thead', {}, el('tr', {}, ['published', 'type', 'source', 'target', 'date', 'location', 'trigger', ''].map(h => el('th', { text: h })))),
    el('tbody', {}, items.map(ev => el('tr', {},
      el('td', { text: (ev.published || '').slice(0, 10) }), el('td', { text: ev.type + (ev.negated ? ' (negated)' : '') }),
      el('td', {}, ev.source_names.map(actorLink)), el('td', {}, ev.target_names.map(actorLink)),
      el('td', { text: ev.date }), el('td', { text: ev.location }), el('td', { text: ev.trigger }),
      el('td', {}, articleLink(ev.article_id, 'article'))))));
}

const eventFilters = ['type', 'actor', 'country', 'location', 'from', 'to', 'since', 'until'];

async function eventsPage(params) {
  const form = el('form', { class: 'filters', id: 'event-filters' },
    eventFilters.map(k => el('label', {}, k, el('input', { name: k, value: params.get(k) || '', size: 12 }))),
    el('button', { type: 'submit', text: 'Filter' }));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const k of eventFilters) { const v = form.elements[k].value.trim(); if (v) p.set(k, v); }
    location.hash = '#/events?' + p.toString();
  });
  const q = Object.fromEntries(eventFilters.map(k => [k, params.get(k) || '']));
  const offset = Number(params.get('offset') || 0);
  try {
    const p = await api('/api/events', { ...q, limit: 50, offset });
    const dl = new URLSearchParams(Object.entries(q).filter(([, v]) => v));
    dl.set('limit', '500');
    const csv = new URLSearchParams(dl); csv.set('format', 'csv');
    show(el('h1', { text: 'Events' }), form,
      el('p', { class: 'downloads' }, 'Download (up to 500 rows): ',
        el('a', { href: '/api/events?' + csv.toString(), download: 'events.csv', text: 'CSV' }), ' · ',
        el('a', { href: '/api/events?' + dl.toString(), download: 'events.json', text: 'JSON' })),
      eventsTable(p.items),
      pager(p, off => { const h = new URLSearchParams(params); h.set('offset', off); location.hash = '#/events?' + h.toString(); }));
  } catch (e) { show(el('h1', { text: 'Events' }), form); main.append(el('p', { class: 'error', role: 'alert', text: e.message })); }
}

// ---- routing ------------------------------------------------------------

function route() {
  const h = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = h.split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  document.body.dataset.page = parts[0] || 'search';
  if (parts[0] === 'article' && parts[1]) return articlePage(parts[1]);
  if (parts[0] === 'actor' && parts[1]) return actorPage(parts[1]);
  if (parts[0] === 'events') return eventsPage(params);
  return searchPage(params);
}

document.getElementById('searchform').addEventListener('submit', ev => {
  ev.preventDefault();
  location.hash = '#/search?q=' + encodeURIComponent(document.getElementById('q').value.trim());
});
window.addEventListener('hashchange', () => { route().then(done); });
route().then(done);

// done marks the page as rendered, for tests that wait for it.
function done() { document.body.dataset.ready = String(Date.now()); }
