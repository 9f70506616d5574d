import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** The Backups screen: where they are, the policy, "Back up now", the list, the second folder and how to restore. */
export class BackupsPage extends AppPage {
  static async open(page: Page, base: string): Promise<BackupsPage> {
    await page.goto(`${base}#/backups`);
    return BackupsPage.opened(page);
  }

  static async opened(page: Page): Promise<BackupsPage> {
    const screen = new BackupsPage(page);
    await page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor();
    await screen.settled();
    await screen.table.or(screen.main.locator('.empty-state')).first().waitFor();
    return screen;
  }

  section(heading: string): Locator {
    return this.page.getByRole('region', { name: heading });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Backups kept, newest first' });
  }

  get rows(): Locator {
    return this.table.locator('tbody > tr');
  }

  /** The message "Back up now" leaves, in its own status region. */
  get outcome(): Locator {
    return this.main.getByRole('status').filter({ hasText: 'Backup made' });
  }

  async backUpNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back up now' }).click();
    await this.outcome.waitFor();
  }

  get policy(): Locator {
    return this.section('What is kept').getByRole('listitem');
  }

  get secondFolderState(): Locator {
    return this.page.getByTestId('second-folder-state');
  }

  get settingsForm(): Locator {
    return this.page.getByRole('form', { name: 'Change the backup settings' });
  }

  get folderField(): Locator {
    return this.settingsForm.getByRole('textbox', { name: 'Second backup folder' });
  }

  get budgetField(): Locator {
    return this.settingsForm.getByRole('textbox', { name: /Most space the backups may take/ });
  }

  /** The texts the folder field is described by (its hint, and its error when it has one), as a screen reader reads them. */
  async folderDescription(): Promise<string> {
    const ids = ((await this.folderField.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id !== '');
    const texts = await Promise.all(ids.map((id) => this.page.locator(`[id="${id}"]`).innerText()));
    return texts.join('\n');
  }

  /** The error shown beside the folder field, inside the field's own box. */
  get folderError(): Locator {
    return this.settingsForm.locator('.field--error .field__error');
  }

  get errorSummary(): Locator {
    return this.settingsForm.locator('.error-summary');
  }

  async saveSettings(folder: string, budgetMb?: string): Promise<void> {
    await this.folderField.fill(folder);
    if (budgetMb !== undefined) await this.budgetField.fill(budgetMb);
    await this.settingsForm.getByRole('button', { name: 'Save the backup settings' }).click();
  }

  async stopSecondFolder(): Promise<void> {
    await this.settingsForm.getByRole('button', { name: 'Stop copying to a second folder' }).click();
  }

  get restoreHelp(): Locator {
    return this.section('How to restore a backup');
  }
}
