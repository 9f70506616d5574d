// Temporary probe: CPU profile of loading the built renderer from file:// (script evaluation and first render).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launchChromium } from '../e2e/support/browser';
const root = '/work/main/dist/renderer';
const srv = http.createServer((req, res) => {
  const file = path.join(root, (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').split('?')[0] ?? '');
  if (!fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html' });
  res.end(fs.readFileSync(file));
});
await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
const port = (srv.address() as { port: number }).port;
const browser = await launchChromium();
for (let r = 0; r < 3; r += 1) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForTimeout(1500);
  const { profile } = await cdp.send('Profiler.stop');
  fs.writeFileSync(`/tmp/lm/load-${r}.cpuprofile`, JSON.stringify(profile));
  const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return { dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) }; });
  console.log(r, JSON.stringify(nav));
  await page.close();
}
await browser.close();
srv.close();
