// Drives the web page in the machine's Chromium: node web-page.mjs SERVICE_URL SCREENSHOT_DIR
// Every check runs; the exit code is the number of failed checks (0 = all passed).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [base = 'http://127.0.0.1:5080/', shots = 'artifacts/screenshots'] = process.argv.slice(2);
const origin = new URL(base).origin;
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const problems = [];
page.on('pageerror', e => problems.push(`page error: ${e.message}`));
page.on('console', m => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
page.on('request', r => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request outside the service: ${r.url()}`); });

let failed = 0;
async function check(name, body) {
  const before = problems.length;
  try {
    await body();
    if (problems.length > before) throw new Error(problems.slice(before).join('; '));
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error.message.split('\n')[0]}`);
  }
}
const shot = name => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const ready = hash => page.waitForFunction(h => document.getElementById('app').dataset.ready === h, hash, { timeout: 15000 });
const api = async path => { const r = await fetch(new URL(path, base)); return { status: r.status, body: r.ok ? await r.json() : null }; };

await check('the home page lists persons and sends the security headers', async () => {
  const response = await page.goto(base);
  const csp = response.headers()['content-security-policy'] ?? '';
  if (!csp.includes("script-src 'self'") || !csp.includes("object-src 'none'")) throw new Error(`CSP is '${csp}'`);
  if (response.headers()['x-content-type-options'] !== 'nosniff') throw new Error('no X-Content-Type-Options: nosniff');
  await page.locator('.person-row').first().waitFor({ timeout: 15000 });
  await shot('persons');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot('persons-phone');
  await page.setViewportSize({ width: 1280, height: 900 });
});

await check('searching "lavrov" finds Sergueï Lavrov and opens a timeline with co-mentioned persons', async () => {
  await page.goto(base);
  await page.locator('#person-search').fill('lavrov');
  const row = page.locator('.person-row a.name', { hasText: 'Lavrov' });
  await page.waitForFunction(() => document.querySelectorAll('.person-row').length === 1, null, { timeout: 10000 });
  await row.click();
  await page.locator('svg.timeline rect.bar').first().waitFor({ timeout: 15000 });
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  const [person, timeline] = [(await api(`/api/persons/${id}`)).body, (await api(`/api/persons/${id}/timeline`)).body];
  const counted = timeline.months.reduce((n, m) => n + m.articles, 0) + timeline.undated;
  if (counted !== person.articleCount) throw new Error(`the timeline counts ${counted} articles, the person has ${person.articleCount}`);
  const co = await page.locator('.co-mentioned li').count();
  if (co < 1) throw new Error('no co-mentioned persons');
  await shot('person-timeline');
});

await check('searching the articles for "sergueï crise" keeps only the matching ones and puts the search in the address', async () => {
  await page.goto(new URL('#/articles', base).href);
  await ready('#/articles');
  const all = await page.locator('.article-row').count();
  await page.locator('#article-search').fill('sergueï crise');
  await page.locator('p.count', { hasText: 'matching' }).waitFor({ timeout: 10000 });
  const titles = await page.locator('.article-row a.title').allTextContents();
  if (!titles.length || titles.length >= all) throw new Error(`${titles.length} of ${all} article(s) listed after the search`);
  const stray = titles.filter(t => !/crise/i.test(t));
  if (stray.length) throw new Error(`found without the words: ${stray.join(' | ')}`);
  if (!decodeURIComponent(page.url()).endsWith('#/articles?q=sergueï crise')) throw new Error(`the address is ${page.url()}`);
  await shot('articles-search');
});

await check('the dates page draws histograms by month and by day', async () => {
  await page.goto(new URL('#/dates', base).href);
  await ready('#/dates');
  await page.locator('svg.histogram.by-month rect.bar').first().waitFor({ state: 'attached', timeout: 10000 });
  await page.locator('svg.histogram.by-day rect.bar').first().waitFor({ state: 'attached', timeout: 10000 });
  await shot('dates');
});

await check('a story cluster shows its members side by side with their evidence', async () => {
  const clusters = await api('/api/clusters?minSize=1');
  if (clusters.status === 404) throw new Error('GET /api/clusters answered 404: the cluster endpoints are missing from this service');
  if (clusters.status !== 200) throw new Error(`GET /api/clusters answered ${clusters.status}`);
  await page.goto(new URL('#/clusters', base).href);
  await page.locator('.cluster-row a.title').first().click({ timeout: 10000 });
  await page.locator('.cluster-member').first().waitFor({ timeout: 15000 });
  const members = await page.locator('.cluster-member').count();
  if (members < 2) throw new Error(`the largest story has ${members} member(s); the republished dispatch should have joined its original`);
  await page.locator('.cluster-member .evidence, .cluster-member p.muted').first().waitFor({ timeout: 5000 });
  await shot('cluster');
});

await check('a hostile article is shown literally, runs nothing and links nowhere outside', async () => {
  const list = await api('/api/articles?pageSize=500');
  const hostile = list.body?.items.find(a => a.sourceFile.includes('hostile'));
  if (!hostile) throw new Error('the hostile article is not in /api/articles');
  const hash = `#/article/${hostile.id}`;
  await page.goto(new URL(hash, base).href);
  await ready(hash);
  const text = await page.locator('.article-text').textContent({ timeout: 10000 });
  for (const literal of ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', 'javascript:']) {
    if (!text.includes(literal)) throw new Error(`the text does not show ${literal} literally`);
  }
  await page.waitForTimeout(500);
  if (await page.evaluate(() => window.__pwned !== undefined)) throw new Error('window.__pwned was set: the article ran script');
  if (await page.locator('.article-text img, .article-text script').count()) throw new Error('the article text became elements');
  const hrefs = await page.$$eval('a[href]', links => links.map(a => a.getAttribute('href')));
  const bad = hrefs.filter(href => /^\s*javascript:/i.test(href));
  if (bad.length) throw new Error(`javascript: links on the page: ${bad.join(', ')}`);
  if (!(await page.locator('.article-text a.mention').count())) throw new Error('no person mention is highlighted');
  await shot('article-hostile');
});

await check('an article page highlights person mentions linked to their page', async () => {
  const list = await api('/api/articles?pageSize=500');
  const sample = list.body?.items.find(a => a.sourceFile === '000_1842155fc3e3dec6.txt') ?? list.body?.items[0];
  const hash = `#/article/${sample.id}`;
  await page.goto(new URL(hash, base).href);
  await ready(hash);
  const href = await page.locator('.article-text a.mention').first().getAttribute('href');
  if (!href?.startsWith('#/person/')) throw new Error(`mention links to ${href}`);
  await shot('article');
});

await check('the API reference at /scalar renders from the service alone', async () => {
  const spec = await api('/openapi/v1.json');
  if (spec.status !== 200 || !spec.body.paths['/api/persons']) throw new Error('no /api/persons in /openapi/v1.json');
  await page.goto(new URL('/scalar', base).href);
  await page.getByText('Articles, newest first').first().waitFor({ timeout: 20000 });
  await shot('api-reference');
});

await browser.close();
console.log(failed ? `${failed} browser check(s) failed` : 'all browser checks passed');
process.exit(failed);
