import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

export type ActionFilterChoice = { readonly board?: string; readonly status?: string; readonly owner?: string; readonly overdueOnly?: boolean };

/** The actions tracker: filters, the table of actions, and the dialog that records an update. */
export class ActionsPage extends AppPage {
  static async opened(page: Page): Promise<ActionsPage> {
    const actions = new ActionsPage(page);
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    await actions.settled();
    await actions.summary.waitFor();
    return actions;
  }

  get filters(): Locator {
    return this.page.getByRole('form', { name: 'Filter actions' });
  }

  get summary(): Locator {
    return this.main.locator('.tracker-summary');
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /^Actions / });
  }

  get rows(): Locator {
    return this.table.locator('tbody > tr');
  }

  row(text: string): Locator {
    return this.rows.filter({ has: this.page.locator('.action-row__text', { hasText: text }) });
  }

  async actionTexts(): Promise<string[]> {
    if ((await this.table.count()) === 0) return [];
    return (await this.rows.locator('.action-row__text').allTextContents()).map((t) => t.trim());
  }

  /** Texts of the rows marked overdue (by the word, which is what a reader gets, not only the colour). */
  async overdueTexts(): Promise<string[]> {
    const overdue = this.rows.filter({ has: this.page.locator('.tag', { hasText: 'Overdue' }) });
    return (await overdue.locator('.action-row__text').allTextContents()).map((t) => t.trim());
  }

  /** Sets filters through the form's own controls; waits for the table to be redrawn. */
  async filterBy(choice: ActionFilterChoice): Promise<void> {
    if (choice.board !== undefined) await this.filters.getByLabel('Board').selectOption({ label: choice.board });
    if (choice.status !== undefined) await this.filters.getByLabel('Status').selectOption({ label: choice.status });
    if (choice.owner !== undefined) await this.filters.getByLabel('Owner').selectOption({ label: choice.owner });
    if (choice.overdueOnly !== undefined) await this.filters.getByLabel('Only overdue actions').setChecked(choice.overdueOnly);
    await this.settled();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Update the action' });
  }

  /**
   * Types a date into the focused date field as a keyboard user would: its day, month and year boxes come in the
   * browser's locale order, and each moves on to the next once full.
   */
  async typeDate(iso: string): Promise<void> {
    const [year = '', month = '', day = ''] = iso.split('-');
    const order = await this.page.evaluate(() =>
      new Intl.DateTimeFormat(navigator.language)
        .formatToParts(new Date(2025, 0, 2))
        .map((p) => p.type)
        .filter((t) => t === 'day' || t === 'month' || t === 'year'),
    );
    for (const part of order) await this.page.keyboard.type(part === 'year' ? year : part === 'month' ? month : day);
  }

  updateButton(text: string): Locator {
    return this.row(text).getByRole('button', { name: /^Update/ });
  }
}
