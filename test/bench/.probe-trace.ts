// Temporary probe: opens the live minutes in a fresh page N times against a running server; traces the first.
import fs from 'node:fs';
import { launchChromium } from '../e2e/support/browser';
import { MEETING_ID } from './live-minutes-kit';

const serverUrl = fs.readFileSync('/tmp/lm/server-url', 'utf8');
const base = serverUrl.replace(/\?.*$/, '');
const PROBE = `
window.__waitFor = (selector) => new Promise((resolve) => {
  const done = () => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now()); ch.port2.postMessage(0); });
  if (document.querySelector(selector)) return done();
  const observer = new MutationObserver(() => { if (document.querySelector(selector)) { observer.disconnect(); done(); } });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
});`;
const rounds = Number(process.env['ROUNDS'] ?? 3);
const opens = Number(process.env['OPENS'] ?? 5);
const trace = process.argv.includes('--trace');
const browser = await launchChromium();
const out: string[] = [];
for (let r = 0; r < rounds; r += 1) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(PROBE);
  await page.goto(serverUrl);
  const row: number[] = [];
  for (let i = 0; i < opens; i += 1) {
    await page.goto(`${base}#/boards`);
    await page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    const cdp = process.argv.includes('--profile') && i === 0 ? await page.context().newCDPSession(page) : null;
    if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); }
    if (trace && r === 0 && i === 0) await browser.startTracing(page, { path: '/tmp/lm/first-trace.json', categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
    const t = await page.evaluate(async (target) => {
      const w = window as unknown as { __waitFor: (s: string) => Promise<number> };
      performance.clearResourceTimings();
      const start = performance.now();
      const ready = w.__waitFor('[data-live-minutes-ready]'); const full = w.__waitFor('[data-live-minutes-complete]');
      window.location.hash = target;
      const end = await ready; const fullEnd = await Promise.race([full, new Promise<number>((r) => setTimeout(() => r(NaN), 3000))]);
      const last = Math.max(...performance.getEntriesByType('resource').map((e) => (e as PerformanceResourceTiming).responseEnd - start));
      return [Math.round(end - start), Math.round(last), Math.round(fullEnd - start)];
    }, `#/meetings/${MEETING_ID}/minutes`);
    if (trace && r === 0 && i === 0) await browser.stopTracing();
    if (cdp) { const { profile: p } = await cdp.send('Profiler.stop'); fs.writeFileSync(`/tmp/lm/open-r${r}.cpuprofile`, JSON.stringify(p)); }
    row.push(t[0] ?? 0);
    out.push(`round ${r} open ${i}: ${t[0]} ms (data in by ${t[1]} ms) complete ${t[2]}`);
  }
  await page.close();
}
console.log(out.join('\n'));
await browser.close();
