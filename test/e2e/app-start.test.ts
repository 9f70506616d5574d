import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { collectProblems, newContext, serverAndBrowser } from './support/session';

describe('starting the app in browser mode', () => {
  const session = serverAndBrowser({ demo: false });

  it('says what to do, rather than showing a blank window, when the app’s screens cannot be loaded', async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    const problems = collectProblems(page);
    // As a damaged installation would: the entry loads, the chunk with the app in it does not.
    await page.route(/\/assets\/start-app-[^/]*\.js$/, (route) => route.abort());
    await page.goto(session.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const said = await alert.locator('p').allTextContents();
    expect(said.slice(0, 2)).toEqual([
      'Minute Book could not load its screens.',
      'Close it and open it again; if this keeps happening, reinstall it. Your data is not affected.',
    ]);
    expect(said[2]).toMatch(/^Details: .*start-app-.*\.js/);
    await expectNoAxeViolations(page, 'app start, screens not loaded');
    expect(problems).toEqual([]);
    await context.close();
  });
});
