import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** A board's "you said, we did" screen: the filters, the list, the form that adds an entry, the outcome dialog. */
export class YouSaidPage extends AppPage {
  static async open(page: Page, base: string, boardId: string): Promise<YouSaidPage> {
    await page.goto(`${base}#/boards/${encodeURIComponent(boardId)}/you-said`);
    const screen = new YouSaidPage(page);
    await page.getByRole('heading', { level: 1, name: /You said, we did/ }).waitFor();
    await screen.settled();
    await screen.summary.waitFor();
    return screen;
  }

  get filters(): Locator {
    return this.page.getByRole('form', { name: 'Filter the entries' });
  }

  get summary(): Locator {
    return this.main.locator('.tracker-summary');
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /“You said, we did” entries/ });
  }

  get addForm(): Locator {
    return this.page.getByRole('form', { name: 'Add an entry' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Record the outcome' });
  }

  row(said: string): Locator {
    return this.table.locator('tbody > tr').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(said) }) });
  }

  async add(entry: { meeting: string; target: RegExp; said: string; raisedBy: string }): Promise<void> {
    await this.addForm.getByLabel('Meeting that took it up').selectOption({ label: entry.meeting });
    const target = this.addForm.getByLabel('Item, decision or action that took it up');
    await target.waitFor();
    const options = await target.locator('option').allTextContents();
    const label = options.find((o) => entry.target.test(o));
    if (label === undefined) throw new Error(`No choice matches ${String(entry.target)}: ${options.join(' | ')}`);
    await target.selectOption({ label });
    await this.addForm.getByLabel('What was said').fill(entry.said);
    await this.addForm.getByLabel('Who raised it').selectOption({ label: entry.raisedBy });
    await this.addForm.getByRole('button', { name: 'Add the entry' }).click();
  }

  async openOutcome(said: string): Promise<void> {
    await this.row(said)
      .getByRole('button', { name: /Record the outcome/ })
      .click();
    await this.dialog.waitFor();
  }
}
