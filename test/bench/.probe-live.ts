// Temporary probe (not part of the bench): breaks down in-app opens of the live-minutes screen.
import fs from 'node:fs';
import { systemClock } from '../../electron/backend/context';
import { openStore } from '../../electron/backend/store/open-store';
import { launchChromium } from '../e2e/support/browser';
import { liveMeetingOps, MEETING_ID, serve } from './live-minutes-kit';
import { SIZE, tenYearStore } from './ten-year-store';

const dir = '/tmp/lm/store';
if (!fs.existsSync(dir)) {
  const data = tenYearStore();
  const store = openStore({ dataDir: dir, clock: systemClock, backupIntervalMs: 0 });
  store.commit(data.setup);
  for (let m = 0; m < SIZE.meetings; m += 1) store.commit(data.meetingOps(m));
  store.commit(liveMeetingOps());
  store.close();
}
const PROBE = `
window.__waitFor = (selector) => new Promise((resolve) => {
  const done = () => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now()); ch.port2.postMessage(0); });
  if (document.querySelector(selector)) return done();
  const observer = new MutationObserver(() => { if (document.querySelector(selector)) { observer.disconnect(); done(); } });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
});`;
const server = await serve(dir);
const url = new URL(server.url);
const token = url.searchParams.get('token') ?? '';
const t0 = performance.now();
for (;;) {
  const r = await fetch(`${url.origin}/api/search.query`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-minute-book-token': token, origin: url.origin }, body: JSON.stringify({ text: 'budget', limit: 1 }) });
  const e = (await r.json()) as { ok: boolean; value?: { index?: { ready?: boolean } } };
  if (e.ok && e.value?.index?.ready === true) break;
  await new Promise((res) => setTimeout(res, 2000));
}
console.log('index', Math.round(performance.now() - t0));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript(PROBE);
await page.goto(server.url);
const profile = process.argv.includes('--profile');
for (let i = 0; i < 8; i += 1) {
  await page.goto(`${server.base}#/boards`);
  await page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
  await page.locator('.loading').waitFor({ state: 'detached' });
  const cdp = profile && i === 0 ? await page.context().newCDPSession(page) : null;
  if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  const r = await page.evaluate(async (target) => {
    const w = window as unknown as { __waitFor: (s: string) => Promise<number> };
    performance.clearResourceTimings();
    const start = performance.now();
    const ready = w.__waitFor('[data-live-minutes-ready]');
    window.location.hash = target;
    const end = await ready;
    const res = performance.getEntriesByType('resource').map((e) => { const t = e as PerformanceResourceTiming; return `${t.name.replace(/^.*\/api\//, '').replace(/\?.*/, '')} ${Math.round(t.startTime - start)}→${Math.round(t.responseEnd - start)}`; });
    return { total: Math.round(end - start), res };
  }, `#/meetings/${MEETING_ID}/minutes`);
  if (cdp) { const { profile: p } = await cdp.send('Profiler.stop'); fs.writeFileSync('/tmp/lm/first.cpuprofile', JSON.stringify(p)); }
  console.log(i, r.total, r.res.join(' | '));
}
await browser.close();
await server.stop();
