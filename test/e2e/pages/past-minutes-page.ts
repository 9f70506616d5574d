import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export type PickedFile = { readonly name: string; readonly mimeType: string; readonly buffer: Buffer };

/** "Bring in past minutes": the files picked, how each was read, and the review of one beside its text. */
export class PastMinutesPage extends AppPage {
  get filesInput(): Locator {
    return this.main.getByLabel('Files of past minutes');
  }

  get progress(): Locator {
    return this.main.locator('label[for="past-minutes-progress"]');
  }

  /** The row of the files table for `name`: its file, what was found, and what comes next. */
  row(name: string): Locator {
    return this.main.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async pick(files: readonly PickedFile[]): Promise<void> {
    await this.filesInput.setInputFiles(files.map((f) => ({ ...f })));
  }

  /** Every row of the files table, as its cells' text. */
  async rows(): Promise<string[][]> {
    return this.main
      .getByRole('table')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
  }

  reviewButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: `Review ${name}` });
  }

  get review(): Locator {
    return this.main.getByRole('form', { name: 'What Minute Book recognised' });
  }

  get source(): Locator {
    return this.main.getByRole('region', { name: 'What the file says' });
  }

  get acceptButton(): Locator {
    return this.review.getByRole('button', { name: 'Accept and store these minutes' });
  }
}
