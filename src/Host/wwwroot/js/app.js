import { h, route, clear } from './dom.js';
import { get, articlesById, article as loadArticle, ApiError } from './api.js';
import { barChart } from './chart.js';

const app = document.getElementById('app');

const routes = [
  [/^#?\/?$/, () => personsPage('')],
  [/^#\/persons(?:\?q=(.*))?$/, m => personsPage(decodeURIComponent(m[1] ?? ''))],
  [/^#\/person\/([^/]+)$/, m => personPage(decodeURIComponent(m[1]))],
  [/^#\/dates$/, () => datesPage()],
  [/^#\/date\/([^/]+)$/, m => datePage(decodeURIComponent(m[1]))],
  [/^#\/clusters$/, () => clustersPage()],
  [/^#\/cluster\/([^/]+)$/, m => clusterPage(decodeURIComponent(m[1]))],
  [/^#\/articles(?:\?q=(.*))?$/, m => articlesPage(decodeURIComponent(m[1] ?? ''))],
  [/^#\/article\/([^/]+)$/, m => articlePage(decodeURIComponent(m[1]))],
];

let generation = 0;

async function render() {
  const hash = location.hash || '#/';
  const mine = ++generation;
  for (const link of document.querySelectorAll('[data-nav]')) {
    const section = hash.split('/')[1]?.replace(/\?.*/, '') || 'persons';
    const active = link.dataset.nav === section || link.dataset.nav === section + 's'
      || (link.dataset.nav === 'clusters' && section === 'cluster');
    link.classList.toggle('active', active);
  }
  const match = routes.map(([re, view]) => [hash.match(re), view]).find(([m]) => m);
  try {
    const content = match ? await match[1](match[0]) : notFound('No such page', 'Try the persons list.');
    if (mine === generation) {
      clear(app).append(content);
      app.dataset.ready = hash;
    }
  } catch (error) {
    if (mine === generation) {
      clear(app).append(error instanceof ApiError
        ? notFound(error.title || `Error ${error.status}`, error.message)
        : notFound('Something went wrong', String(error)));
      app.dataset.ready = hash;
    }
  }
}

function notFound(title, detail) {
  return h('section.empty', {}, h('h1', {}, title), h('p.muted', {}, detail), h('p', {}, h('a', { href: '#/' }, '← Persons')));
}

function formatDate(date) {
  if (!date?.value) return 'undated';
  const [y, m, d] = date.value.split('-').map(Number);
  if (date.precision === 'year' || !m) return String(y);
  const dt = new Date(Date.UTC(y, m - 1, d || 1));
  return dt.toLocaleDateString('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'short', ...(d ? { day: 'numeric' } : {}) });
}

const plural = (n, one, many = one + 's') => `${n} ${n === 1 ? one : many}`;

function chips(items, toHref, toText, className = 'chip') {
  return h('ul.chips', {}, items.map(item => h('li', {}, h(`a.${className}`, { href: toHref(item) }, toText(item)))));
}

function articleRow(a) {
  if (!a) return h('li.muted', {}, 'article unavailable');
  return h('li.article-row', {},
    h('a.title', { href: route('article', a.id) }, a.title || a.sourceFile),
    h('div.meta', {}, h('span', {}, formatDate(a.published)), ' · ', h('span.file', {}, a.sourceFile),
      a.source && a.source !== 'inbox' ? [' · ', h('span.source', {}, a.source)] : null,
      a.persons?.length ? [' · ', a.persons.slice(0, 4).map(p => p.name).join(', ')] : null));
}

// ---------------------------------------------------------------- persons

// A search field that loads as one types (after a pause), keeps the query in the address, and drops
// answers that come back after a newer question.
function searchField(id, placeholder, label, page, load) {
  const input = h(`input#${id}`, { type: 'search', placeholder, 'aria-label': label, autocomplete: 'off' });
  let timer;
  let asked = 0;
  const ask = search => { const mine = ++asked; return load(search, () => mine === asked); };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      history.replaceState(null, '', input.value ? `#/${page}?q=${encodeURIComponent(input.value)}` : `#/${page === 'persons' ? '' : page}`);
      ask(input.value.trim()).catch(() => {});
    }, 200);
  });
  queueMicrotask(() => input.focus());
  return { input, ask };
}

async function personsPage(query) {
  const list = h('ol.person-list', {});
  const count = h('p.muted.count', {});
  const { input, ask } = searchField('person-search', 'Search a person, any spelling', 'Search persons', 'persons', async (search, current) => {
    const data = await get(`/api/persons?pageSize=100${search ? '&search=' + encodeURIComponent(search) : ''}`);
    if (!current()) return;
    count.textContent = search
      ? `${plural(data.total, 'person')} matching “${search}”`
      : `${plural(data.total, 'person')}, most covered first`;
    const most = Math.max(1, ...data.items.map(p => p.articleCount));
    clear(list).append(...data.items.map(p => h('li.person-row', {},
      h('a.name', { href: route('person', p.id) }, p.name),
      h('span.bar', { style: null }, h('span.fill', { dataset: { w: Math.round(100 * p.articleCount / most) } })),
      h('span.stats', {}, plural(p.articleCount, 'article'), ' · ', plural(p.mentions, 'mention')),
      h('span.aliases.muted', {}, p.aliases.filter(a => a.name !== p.name).slice(0, 3).map(a => a.name).join(' · ')),
      h('span.range.muted', {}, p.firstDate ? (p.firstDate === p.lastDate ? p.firstDate : `${p.firstDate} → ${p.lastDate}`) : ''))));
    for (const fill of list.querySelectorAll('.fill')) fill.style.width = fill.dataset.w + '%';
    if (!data.items.length) list.append(h('li.muted', {}, 'Nobody by that name yet.'));
  });
  input.value = query;
  await ask(query.trim());
  return h('section', {}, h('h1', {}, 'Who is in the news'), input, count, list);
}

const ARTICLES_SHOWN = 60;

async function personPage(id) {
  const [person, timelineData] = await Promise.all([
    get(`/api/persons/${encodeURIComponent(id)}`),
    get(`/api/persons/${encodeURIComponent(id)}/timeline`),
  ]);
  // The latest received first; a person in thousands of articles lists only the first ones here.
  const shownIds = [...person.latestArticleIds].reverse().slice(0, ARTICLES_SHOWN);
  const articles = [...(await articlesById(shownIds)).values()].filter(Boolean);
  articles.sort((a, b) => (b.published?.value ?? '').localeCompare(a.published?.value ?? ''));

  const byMonth = new Map(timelineData.months.map(m => [m.month, m]));
  const undated = timelineData.undated;
  const timeline = h('figure.timeline-figure', {},
    byMonth.size
      ? barChart(fillMonths([...byMonth.keys()]).map(key => {
        const m = byMonth.get(key);
        return {
          label: key, value: m?.mentions ?? 0, href: route('date', key),
          title: `${key}: ${plural(m?.mentions ?? 0, 'mention')} in ${plural(m?.articles ?? 0, 'article')}`,
        };
      }), { className: 'chart timeline' })
      : h('p.muted', {}, 'No article with a month of publication yet.'),
    h('figcaption.muted', {}, 'Mentions per month of publication', undated ? ` · ${plural(undated, 'article')} without a month` : ''));

  return h('article.person', {},
    h('p.crumbs', {}, h('a', { href: '#/' }, 'Persons'), ' / '),
    h('h1', {}, person.name),
    h('p.lead', {}, plural(person.articleCount, 'article'), ' · ', plural(person.mentions, 'mention'),
      person.firstDate ? [' · ', person.firstDate, person.lastDate !== person.firstDate ? ` → ${person.lastDate}` : ''] : null),
    h('div.grid', {},
      h('div.main', {},
        h('h2', {}, 'Timeline'), timeline,
        h('h2', {}, 'Articles'), h('ol.article-list', {}, articles.map(articleRow)),
        person.articleCount > shownIds.length
          ? h('p.muted', {}, `The latest ${shownIds.length} of ${person.articleCount} articles received.`) : null),
      h('aside', {},
        h('h2', {}, 'Also called'),
        h('ul.aliases', {}, person.aliases.map(a => h('li', {}, h('span', {}, a.name), h('span.count', {}, a.count)))),
        h('h2', {}, 'Mentioned with'),
        person.coMentioned.length
          ? h('ul.co-mentioned', {}, person.coMentioned.slice(0, 25).map(c =>
            h('li', {}, h('a', { href: route('person', c.id) }, c.name), h('span.count', { title: 'articles together' }, c.count))))
          : h('p.muted', {}, 'Nobody else yet.'))));
}

function fillMonths(keys) {
  const sorted = [...keys].sort();
  const out = [];
  let [y, m] = sorted[0].split('-').map(Number);
  const [ly, lm] = sorted[sorted.length - 1].split('-').map(Number);
  while ((y < ly || (y === ly && m <= lm)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out.length < 240 ? out : sorted;
}

// ---------------------------------------------------------------- dates

async function datesPage() {
  const [months, days] = await Promise.all([
    get('/api/dates?precision=month&pageSize=500'), get('/api/dates?precision=day&pageSize=500')]);
  const histogram = (items, title, className) => items.length
    ? h('figure', {}, barChart(items.map(d => ({
      label: d.key, value: d.published, href: route('date', d.key),
      title: `${d.key}: ${plural(d.published, 'published article')}, ${d.mentioned} mentioning it`,
    })), { className: `chart histogram ${className}` }), h('figcaption.muted', {}, title))
    : h('p.muted', {}, 'Nothing yet.');
  return h('section', {},
    h('h1', {}, 'When'),
    h('h2', {}, 'Published per month'), histogram(everyMonth(months.items), 'Articles published each month (click a bar)', 'by-month'),
    h('h2', {}, 'Published per day'), histogram(days.items.filter(d => d.published > 0), 'Days with articles published', 'by-day'),
    h('h2', {}, 'Every date'),
    h('table.dates', {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Precision'), h('th.num', {}, 'Published'), h('th.num', {}, 'Mentioned'))),
      h('tbody', {}, [...months.items, ...days.items].sort((a, b) => a.key.localeCompare(b.key)).map(d =>
        h('tr', {}, h('td', {}, h('a', { href: route('date', d.key) }, d.key)), h('td.muted', {}, d.precision),
          h('td.num', {}, d.published), h('td.num', {}, d.mentioned))))));
}

/** Months without articles still take their place on the axis. */
function everyMonth(items) {
  if (!items.length) return items;
  const byKey = new Map(items.map(d => [d.key, d]));
  return fillMonths(items.map(d => d.key)).map(key => byKey.get(key) ?? { key, precision: 'month', published: 0, mentioned: 0 });
}

async function datePage(key) {
  const date = await get(`/api/dates/${encodeURIComponent(key)}`);
  const all = await articlesById([...date.latestPublishedArticleIds, ...date.latestMentionedArticleIds]);
  // The latest received first; beyond the ones kept, the count says how many there are.
  const list = (ids, count) => ids.length
    ? [h('ol.article-list', {}, [...ids].reverse().map(id => articleRow(all.get(id)))),
      count > ids.length ? h('p.muted', {}, `The latest ${ids.length} of ${count} articles received.`) : null]
    : h('p.muted', {}, 'None.');
  return h('section', {},
    h('p.crumbs', {}, h('a', { href: '#/dates' }, 'Dates'), ' / '),
    h('h1', {}, key), h('p.lead', {}, date.precision),
    h('h2', {}, `Published (${date.published})`), list(date.latestPublishedArticleIds, date.published),
    h('h2', {}, `Talked about (${date.mentioned})`), list(date.latestMentionedArticleIds, date.mentioned));
}

// ---------------------------------------------------------------- clusters

async function clustersPage() {
  let data;
  try {
    data = await get('/api/clusters?minSize=2&sort=size&pageSize=100');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return notFound('Story clusters are not available', 'This service does not serve /api/clusters.');
    }
    throw error;
  }
  return h('section', {},
    h('h1', {}, 'Stories'),
    h('p.muted', {}, `${plural(data.total, 'story', 'stories')} told by more than one outlet, largest first`),
    h('ol.cluster-list', {}, data.items.map(c => h('li.cluster-row', {},
      h('a.title', { href: route('cluster', c.id) }, c.title || c.id),
      h('span.size', { title: 'articles' }, c.size),
      h('span.muted', {}, c.firstDate ? (c.firstDate === c.lastDate ? c.firstDate : `${c.firstDate} → ${c.lastDate}`) : 'undated')))),
    data.items.length ? null : h('p.muted', {}, 'No story has been told twice yet.'));
}

async function clusterPage(id) {
  const cluster = await get(`/api/clusters/${encodeURIComponent(id)}`);
  const members = cluster.members ?? cluster.articleIds.map(articleId => ({ articleId }));
  const articles = await articlesById(members.map(m => m.articleId));
  return h('article.cluster', {},
    h('p.crumbs', {}, h('a', { href: '#/clusters' }, 'Stories'), ' / '),
    h('h1', {}, cluster.title || cluster.id),
    h('p.lead', {}, plural(cluster.size ?? members.length, 'article'),
      cluster.firstDate ? [' · ', cluster.firstDate, cluster.lastDate !== cluster.firstDate ? ` → ${cluster.lastDate}` : ''] : null,
      cluster.mergedFrom?.length ? ` · merged from ${cluster.mergedFrom.join(', ')}` : null),
    cluster.persons?.length ? chips(cluster.persons, p => route('person', p.id), p => `${p.name} · ${p.count}`) : null,
    h('div.members', {}, members.map(m => memberCard(m, articles.get(m.articleId), articles))));
}

function memberCard(member, a, articles) {
  const e = member.evidence;
  const matched = e?.matchedArticleId ? articles.get(e.matchedArticleId) : null;
  const evidence = e
    ? h('dl.evidence', {},
      h('dt', {}, 'Joined by'), h('dd', {}, e.rule ?? '—'),
      h('dt', {}, 'Matched'), h('dd', {}, e.matchedArticleId
        ? h('a', { href: route('article', e.matchedArticleId) }, matched?.title ?? e.matchedArticleId.slice(0, 12)) : 'first of the story'),
      h('dt', {}, 'Score'), h('dd', {}, member.score?.toFixed?.(2) ?? '—'),
      h('dt', {}, 'Text overlap'), h('dd', {}, e.textOverlap != null ? `${Math.round(e.textOverlap * 100)} %` : '—'),
      h('dt', {}, 'Shared persons'), h('dd', {}, e.sharedPersons?.length ? e.sharedPersons.map(p => typeof p === 'string' ? p : p.name).join(', ') : '—'),
      h('dt', {}, 'Shared quotes'), h('dd', {}, Array.isArray(e.sharedQuotes) ? e.sharedQuotes.length : (e.sharedQuotes ?? '—')),
      h('dt', {}, 'Shared numbers'), h('dd', {}, Array.isArray(e.sharedNumbers) ? e.sharedNumbers.join(', ') || '—' : (e.sharedNumbers ?? '—')),
      h('dt', {}, 'Date gap'), h('dd', {}, e.dateGapDays != null ? plural(e.dateGapDays, 'day') : '—'))
    : h('p.muted', {}, 'First article of the story');
  return h('section.cluster-member', {},
    h('h3', {}, a ? h('a', { href: route('article', a.id) }, a.title || a.sourceFile) : member.articleId),
    a ? h('p.meta', {}, formatDate(a.published), ' · ', h('span.file', {}, a.sourceFile)) : null,
    evidence,
    a ? h('div.excerpt', {}, highlighted(a.text.slice(0, 900), a.mentions.filter(m => m.start + m.length <= 900), []), a.text.length > 900 ? '…' : '') : null);
}

// ---------------------------------------------------------------- articles

async function articlesPage(query) {
  const list = h('ol.article-list', {});
  const count = h('p.muted.count', {});
  const { input, ask } = searchField('article-search', 'Search titles, files and sources', 'Search articles', 'articles', async (search, current) => {
    const data = await get(`/api/articles?pageSize=100${search ? '&search=' + encodeURIComponent(search) : ''}`);
    if (!current()) return;
    count.textContent = search ? `${plural(data.total, 'article')} matching “${search}”` : `${plural(data.total, 'article')}, newest first`;
    clear(list).append(...data.items.map(articleRow));
    if (!data.items.length) list.append(h('li.muted', {}, 'No article matches.'));
  });
  input.value = query;
  await ask(query.trim());
  return h('section', {}, h('h1', {}, 'Latest articles'), input, count, list);
}

/** The text with person mentions linked and mentioned dates marked; overlapping spans keep the first. */
function highlighted(text, mentions, dates) {
  const spans = [
    ...mentions.map(m => ({ start: m.start, length: m.length, kind: 'person', m })),
    ...dates.map(d => ({ start: d.start, length: d.length, kind: 'date', d })),
  ].filter(s => Number.isInteger(s.start) && Number.isInteger(s.length) && s.start >= 0 && s.start + s.length <= text.length)
    .sort((a, b) => a.start - b.start || b.length - a.length);
  const out = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out.push(text.slice(at, s.start));
    const surface = text.slice(s.start, s.start + s.length);
    out.push(s.kind === 'person'
      ? h('a.mention', { href: route('person', s.m.personId), title: s.m.name }, surface)
      : h('a.date-mention', { href: route('date', s.d.value), title: `${s.d.value} (${s.d.precision})` }, surface));
    at = s.start + s.length;
  }
  out.push(text.slice(at));
  return out;
}

async function articlePage(id) {
  const a = await loadArticle(id) ?? await get(`/api/articles/${encodeURIComponent(id)}`);
  const dates = [...new Map(a.mentionedDates.map(d => [d.value, d])).values()].sort((x, y) => x.value.localeCompare(y.value));
  return h('article.article', {},
    h('p.crumbs', {}, h('a', { href: '#/articles' }, 'Articles'), ' / '),
    h('h1', {}, a.title || a.sourceFile),
    h('p.lead', {},
      a.published?.value ? h('a', { href: route('date', a.published.value) }, formatDate(a.published)) : 'undated',
      a.published?.precision && a.published.precision !== 'unknown' ? h('span.muted', {}, ` (${a.published.precision}, from ${a.publishedSource})`) : null,
      a.clusterId ? [' · ', h('a.cluster-link', { href: route('cluster', a.clusterId) }, 'same story elsewhere')] : null),
    h('div.grid', {},
      h('div.main', {}, h('div.article-text', {}, highlighted(a.text, a.mentions, a.mentionedDates))),
      h('aside', {},
        h('h2', {}, 'Persons'),
        a.persons.length ? h('ul.co-mentioned', {}, a.persons.map(p => h('li', {},
          h('a', { href: route('person', p.id) }, p.name),
          h('span.count', { title: 'mentions' }, a.mentions.filter(m => m.personId === p.id).length)))) : h('p.muted', {}, 'None found.'),
        h('h2', {}, 'Dates in the text'),
        dates.length ? chips(dates, d => route('date', d.value), d => d.value) : h('p.muted', {}, 'None.'),
        h('h2', {}, 'Source'),
        h('dl.facts', {},
          h('dt', {}, 'File'), h('dd.file', {}, a.sourceFile),
          a.source ? [h('dt', {}, 'From'), h('dd', {}, a.source)] : null,
          h('dt', {}, 'Received'), h('dd', {}, new Date(a.receivedAt).toLocaleString('en-GB')),
          h('dt', {}, 'Format'), h('dd', {}, `${a.format}, ${a.encoding}, ${a.sizeBytes} bytes`),
          h('dt', {}, 'Seen again'), h('dd', {}, plural(a.repeats, 'time')),
          h('dt', {}, 'Id'), h('dd.file', {}, a.id)))));
}

// ---------------------------------------------------------------- status

async function refreshStatus() {
  const el = document.getElementById('status');
  try {
    const s = await get('/api/status');
    const lag = s.projections.reduce((sum, p) => sum + p.lag, 0);
    el.textContent = `${plural(s.articles, 'article')}${lag ? ` · catching up (${lag})` : ''}`;
    el.classList.toggle('lagging', lag > 0);
  } catch {
    el.textContent = 'offline';
  }
}

window.addEventListener('hashchange', render);
render();
refreshStatus();
setInterval(refreshStatus, 10000);
