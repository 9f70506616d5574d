import { describe, expect, it } from 'vitest';
import { BoardsPage } from './pages/boards-page';
import { browserSession } from './support/session';

describe('the browser-mode token after the first load', () => {
  const session = browserSession();

  it('is gone from the address bar and from every entry of the tab’s history', async () => {
    const boards = await BoardsPage.open(session.page, session.url);
    expect(new URL(session.page.url()).search).toBe('');
    expect(session.page.url()).not.toContain(session.token);
    const [first] = await boards.boardNames();
    await boards.openBoard(first ?? '');
    expect(session.page.url()).not.toContain(session.token);
    // Back to the first entry: it was replaced, so it no longer holds the token either.
    await session.page.goBack();
    await boards.page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
    expect(session.page.url()).not.toContain(session.token);
    expect(await session.page.evaluate(() => window.location.href)).not.toContain('token=');
  });

  it('is kept for the tab alone, so a reload still works without it in the address', async () => {
    const boards = await BoardsPage.open(session.page, session.url);
    expect(await session.page.evaluate(() => sessionStorage.getItem('minute-book.token'))).toBe(session.token);
    await session.page.reload();
    await boards.settled();
    expect((await boards.boardNames()).length).toBeGreaterThan(0);
    expect(session.page.url()).not.toContain(session.token);
  });
});
