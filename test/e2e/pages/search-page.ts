import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** Search: the box, the narrowing filters, and the results. */
export class SearchPage extends AppPage {
  static async opened(page: Page): Promise<SearchPage> {
    const search = new SearchPage(page);
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    return search;
  }

  get box(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search minutes, agenda items, decisions and actions' });
  }

  get summary(): Locator {
    return this.page.getByTestId('search-summary');
  }

  get results(): Locator {
    return this.page.getByRole('list', { name: 'Search results' });
  }

  get links(): Locator {
    return this.results.getByRole('link');
  }

  /** Waits until the results shown are those of `text` and no search is on its way. */
  async resultsFor(text: string): Promise<void> {
    await this.summary.filter({ hasText: `“${text}”` }).waitFor();
    await this.page.locator('.search-output[aria-busy="false"]').waitFor();
  }

  async boxHasFocus(): Promise<boolean> {
    return this.box.evaluate((el) => el === document.activeElement);
  }

  async focusedLinkIndex(): Promise<number> {
    return this.links.evaluateAll((links) => links.findIndex((link) => link === document.activeElement));
  }

  /** One line per result: "Minutes: Title | Board · date · Item 5". */
  async hitSummaries(): Promise<{ readonly link: string; readonly where: string; readonly href: string }[]> {
    return this.results.locator(':scope > li').evaluateAll((items) =>
      items.map((li) => ({
        link: (li.querySelector('a')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        where: (li.querySelector('.search-hit__where')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        href: li.querySelector('a')?.getAttribute('href') ?? '',
      })),
    );
  }
}
