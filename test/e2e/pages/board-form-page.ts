import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';
import { MeetingsPage } from './meetings-page';

export type BoardDetails = {
  readonly name?: string;
  readonly shortCode?: string;
  readonly kind?: string;
  readonly organisation?: string;
  readonly quorum?: string;
};

/** Creating a board, or its settings. */
export class BoardFormPage extends AppPage {
  static async opened(page: Page, heading: 'Create a board' | 'Board settings'): Promise<BoardFormPage> {
    const form = new BoardFormPage(page);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await form.settled();
    return form;
  }

  field(label: string): Locator {
    return this.main.getByLabel(label, { exact: true });
  }

  get errorSummary(): Locator {
    return this.main.locator('.error-summary');
  }

  async fill(details: BoardDetails): Promise<void> {
    if (details.name !== undefined) await this.field('Name').fill(details.name);
    if (details.shortCode !== undefined) await this.field('Short code').fill(details.shortCode);
    if (details.kind !== undefined) await this.field('Kind of board').selectOption({ label: details.kind });
    if (details.organisation !== undefined) await this.field('Organisation (optional)').fill(details.organisation);
    if (details.quorum !== undefined) await this.field('Quorum').fill(details.quorum);
  }

  /** A standard item's fieldset: its tick box and, once ticked, its details. */
  standardItem(label: string): Locator {
    return this.main.locator('.standard-item').filter({ has: this.page.getByLabel(label, { exact: true }) });
  }

  async submit(): Promise<void> {
    await this.main.getByRole('button', { name: /^(Create the board|Save the settings)$/ }).click();
  }

  /** Saves and lands on the board's page. */
  async save(boardName: string): Promise<MeetingsPage> {
    await this.submit();
    const board = new MeetingsPage(this.page);
    await this.page.getByRole('heading', { level: 1, name: boardName }).waitFor();
    await board.settled();
    return board;
  }
}
