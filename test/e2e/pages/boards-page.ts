import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';
import { BoardFormPage } from './board-form-page';
import { MeetingsPage } from './meetings-page';
import { readFacts } from './read-facts';

/** Screen 1: the list of boards. */
export class BoardsPage extends AppPage {
  static async open(page: Page, url: string): Promise<BoardsPage> {
    await page.goto(url);
    const boards = new BoardsPage(page);
    await boards.page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
    await boards.settled();
    return boards;
  }

  get cards(): Locator {
    return this.page.getByRole('list', { name: 'Boards' }).getByRole('listitem');
  }

  get emptyState(): Locator {
    return this.page.locator('.empty-state');
  }

  async boardNames(): Promise<string[]> {
    return this.cards.getByRole('heading', { level: 2 }).allTextContents();
  }

  card(name: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('heading', { level: 2, name, exact: true }) });
  }

  async facts(name: string): Promise<Record<string, string>> {
    return readFacts(this.card(name).locator('dl'));
  }

  async createBoard(): Promise<BoardFormPage> {
    await this.main.getByRole('link', { name: 'Create a board' }).first().click();
    return BoardFormPage.opened(this.page, 'Create a board');
  }

  async openBoard(name: string): Promise<MeetingsPage> {
    await this.card(name).getByRole('link', { name, exact: true }).click();
    const meetings = new MeetingsPage(this.page);
    await meetings.page.getByRole('heading', { level: 1, name }).waitFor();
    await meetings.settled();
    return meetings;
  }
}
