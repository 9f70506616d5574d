import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

export type RegisterRow = {
  readonly id: string;
  readonly reference: string;
  readonly decision: string;
  readonly meeting: string;
  readonly item: string;
  readonly itemHref: string;
};

/** The resolutions register: filters and the table of decisions. */
export class ResolutionsPage extends AppPage {
  static async opened(page: Page): Promise<ResolutionsPage> {
    const register = new ResolutionsPage(page);
    await page.getByRole('heading', { level: 1, name: 'Resolutions register' }).waitFor();
    await register.settled();
    await register.main.locator('.tracker-summary').waitFor();
    return register;
  }

  get filters(): Locator {
    return this.page.getByRole('form', { name: 'Filter decisions' });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /^Decisions of / });
  }

  get summary(): Locator {
    return this.main.locator('.tracker-summary');
  }

  async rows(): Promise<RegisterRow[]> {
    if ((await this.table.count()) === 0) return [];
    return this.table.locator('tbody > tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cell = (i: number): string => (row.children[i]?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return {
          id: row.getAttribute('data-resolution-id') ?? '',
          reference: cell(0),
          decision: cell(1),
          meeting: cell(2),
          item: cell(3),
          itemHref: row.querySelector('a')?.getAttribute('href') ?? '',
        };
      }),
    );
  }

  async filterBy(choice: {
    readonly board?: string;
    readonly kind?: string;
    readonly words?: string;
    readonly from?: string;
    readonly to?: string;
  }): Promise<void> {
    if (choice.board !== undefined) await this.filters.getByLabel('Board').selectOption({ label: choice.board });
    if (choice.kind !== undefined) await this.filters.getByLabel('Kind of decision').selectOption({ label: choice.kind });
    if (choice.from !== undefined) await this.filters.getByLabel('From', { exact: true }).fill(choice.from);
    if (choice.to !== undefined) await this.filters.getByLabel('To', { exact: true }).fill(choice.to);
    if (choice.words !== undefined) await this.filters.getByLabel('Words or reference').fill(choice.words);
    await this.settled();
  }
}
