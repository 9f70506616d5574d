import type { Download, Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** A board's Reports page: which report, the period, the format, and the file it makes. */
export class ReportsPage extends AppPage {
  static async open(page: Page, base: string, boardId: string): Promise<ReportsPage> {
    await page.goto(`${base}#/boards/${encodeURIComponent(boardId)}/reports`);
    const screen = new ReportsPage(page);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await screen.form.waitFor();
    return screen;
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Make a report' });
  }

  async choose(report: string, format: string): Promise<void> {
    await this.form.getByRole('group', { name: 'Report' }).getByLabel(report, { exact: true }).check();
    await this.form.getByRole('group', { name: 'Format' }).getByLabel(format, { exact: true }).check();
  }

  async period(from: string, to: string): Promise<void> {
    await this.form.getByLabel('From').fill(from);
    await this.form.getByLabel('To').fill(to);
  }

  async makeAndDownload(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.form.getByRole('button', { name: /Make the report/ }).click()]);
    // The form's own outcome, not the page's live region, which announces the same words.
    await this.form.getByRole('status').filter({ hasText: 'Downloaded' }).waitFor();
    return download;
  }

  async make(): Promise<void> {
    await this.form.getByRole('button', { name: /Make the report/ }).click();
  }

  get problem(): Locator {
    return this.page.getByRole('alert');
  }
}
