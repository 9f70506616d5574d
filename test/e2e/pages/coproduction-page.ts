import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

export type NewRating = {
  readonly meeting: string;
  readonly item: string;
  readonly set?: string;
  readonly date?: string;
  /** Criterion name to the words of the score on the scale, and the evidence if any. */
  readonly scores: Readonly<Record<string, { readonly score: string; readonly evidence?: string }>>;
  /** Kind of member (as labelled) to how many took part. */
  readonly ratedBy: Readonly<Record<string, number>>;
  readonly appendToMinutes?: boolean;
};

/** A board's co-production ratings: its criteria sets, the rating form, the ratings and the trends. */
export class CoproductionPage extends AppPage {
  static async open(page: Page, base: string, boardId: string): Promise<CoproductionPage> {
    await page.goto(`${base}#/boards/${encodeURIComponent(boardId)}/coproduction`);
    return CoproductionPage.opened(page);
  }

  static async opened(page: Page): Promise<CoproductionPage> {
    const screen = new CoproductionPage(page);
    await page.getByRole('heading', { level: 1, name: /Co-production ratings/ }).waitFor();
    await screen.settled();
    return screen;
  }

  region(name: 'Criteria sets' | 'Rate an item, project or workstream' | 'Ratings' | 'Trends'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}`) });
  }

  emptyState(name: 'Criteria sets' | 'Rate an item, project or workstream' | 'Ratings' | 'Trends'): Locator {
    return this.region(name).locator('.empty-state__title');
  }

  setCard(name: string): Locator {
    return this.region('Criteria sets')
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  async setNames(): Promise<string[]> {
    return (await this.region('Criteria sets').locator('.criteria-set > h3').allTextContents()).map((t) => t.trim());
  }

  /** Adds one of the shipped sets by its name, and waits for its card. */
  async addShippedSet(name: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Choose a set to add' });
    await form.getByRole('radio', { name, exact: true }).check();
    await form.getByRole('button', { name: 'Add the set' }).click();
    await this.setCard(name).waitFor();
  }

  get rateForm(): Locator {
    return this.page.getByRole('form', { name: 'Rate an item, project or workstream' });
  }

  get errorSummary(): Locator {
    return this.rateForm.locator('.error-summary');
  }

  /** Fills the rating form through its own controls. */
  async fillRating(rating: NewRating): Promise<void> {
    const form = this.rateForm;
    await form.getByRole('radio', { name: 'Agenda item' }).check();
    await form.getByLabel('Meeting', { exact: true }).selectOption({ label: rating.meeting });
    await form.getByLabel('Agenda item that was rated').selectOption({ label: rating.item });
    if (rating.set !== undefined) await form.getByLabel('Rate it against').selectOption({ label: rating.set });
    if (rating.date !== undefined) await form.getByLabel('Date of the rating').fill(rating.date);
    for (const [criterion, { score, evidence }] of Object.entries(rating.scores)) {
      await form.getByRole('group', { name: criterion, exact: true }).getByRole('radio', { name: score, exact: true }).check();
      if (evidence !== undefined) await form.getByLabel(`Evidence for “${criterion}” (optional)`).fill(evidence);
    }
    for (const [kind, count] of Object.entries(rating.ratedBy)) {
      await form.getByRole('group', { name: 'Who took part in rating it' }).getByLabel(kind, { exact: true }).fill(String(count));
    }
    if (rating.appendToMinutes === true) await form.getByLabel('Print this rating as an appendix to the minutes of that meeting').check();
  }

  async saveRating(): Promise<void> {
    await this.rateForm.getByRole('button', { name: 'Save the rating' }).click();
  }

  get ratingsTable(): Locator {
    return this.page.getByRole('table', { name: 'Ratings, newest first' });
  }

  /** Each row's cells as a reader finds them: subject, date, set, overall, who took part. */
  async ratingRows(): Promise<string[][]> {
    if ((await this.ratingsTable.count()) === 0) return [];
    const rows = this.ratingsTable.locator('tbody > tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i += 1) {
      const cells = rows.nth(i).locator('th, td');
      const texts = (await cells.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      out.push(texts.slice(0, 5));
    }
    return out;
  }

  get trendTable(): Locator {
    return this.region('Trends').getByRole('table');
  }

  /** The trend table as rows of cell texts, the header row first. */
  async trendRows(): Promise<string[][]> {
    const rows = this.trendTable.locator('tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i += 1) {
      out.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
    }
    return out;
  }

  async announced(text: string): Promise<void> {
    await this.liveRegion.filter({ hasText: text }).waitFor();
  }
}
