import { describe, expect, it } from 'vitest';
import { BoardsPage } from './pages/boards-page';
import { expectNoAxeViolations } from './support/axe';
import { serverAndBrowser } from './support/session';

describe('a new, empty data folder in browser mode', () => {
  const session = serverAndBrowser({ demo: false });

  it('says there are no boards yet and how to create some', async () => {
    // axe needs a page of a context made by newContext(), not browser.newPage().
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const boards = await BoardsPage.open(page, session.url);
    expect(await boards.emptyState.textContent()).toContain('No boards yet.');
    expect(await boards.emptyState.textContent()).toContain('npx minute-book demo');
    await expectNoAxeViolations(page, 'Boards (empty)');
    await context.close();
  });
});
