import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** The plain English parts of the app: the readability panel, the board's word list, and the export check. */
export class PlainEnglishPage extends AppPage {
  /** A board's settings screen, scrolled to its "Plain English words" form. */
  static async openBoardSettings(page: Page, baseUrl: string, boardId: string): Promise<PlainEnglishPage> {
    await page.goto(`${baseUrl}#/boards/${encodeURIComponent(boardId)}/settings`);
    const screen = new PlainEnglishPage(page);
    await page.getByRole('heading', { level: 1, name: 'Board settings' }).waitFor();
    await screen.settled();
    return screen;
  }

  /** The readability panel within `scope` (the item being minuted, an item editor, ...). */
  panel(scope: Locator): Locator {
    return scope.getByTestId('readability-panel');
  }

  /** Opens a folded panel and gives it. */
  async openPanel(scope: Locator): Promise<Locator> {
    const panel = this.panel(scope);
    await panel.waitFor();
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
    return panel;
  }

  /** The lines of one of the panel's lists: "Long sentences", "Unexplained acronyms", "Words to avoid". */
  async findings(panel: Locator, list: 'Long sentences' | 'Unexplained acronyms' | 'Words to avoid'): Promise<string[]> {
    const items = await panel.getByRole('list', { name: list }).getByRole('listitem').allTextContents();
    return items.map((t) => t.replace(/\s+/g, ' ').trim());
  }

  get wordsForm(): Locator {
    return this.main.getByTestId('plain-english-words');
  }

  /** Adds a row at the end of the board's word list and fills it. */
  async addWord(avoid: string, instead: string): Promise<void> {
    await this.wordsForm.getByRole('button', { name: 'Add a word' }).click();
    const rows = this.wordsForm.locator('li.plain-english-words__row');
    const row = rows.last();
    await row.getByLabel(/^Avoid \(row \d+\)$/).fill(avoid);
    await row.getByLabel(/^Say instead \(row \d+\)$/).fill(instead);
  }

  async saveWords(): Promise<void> {
    await this.wordsForm.getByRole('button', { name: 'Save the word list' }).click();
  }

  get wordsStatus(): Locator {
    return this.wordsForm.getByRole('status');
  }

  /** The export dialog's plain English check. */
  exportCheck(dialog: Locator): Locator {
    return dialog.getByRole('region', { name: 'Plain English check' });
  }
}
