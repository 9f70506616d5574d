import type { Locator, Page } from 'playwright-core';

/** What every screen shares: the shell's landmarks, its heading, its live region and its alerts. */
export class AppPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get skipLink(): Locator {
    return this.page.getByRole('link', { name: 'Skip to main content' });
  }

  get banner(): Locator {
    return this.page.getByRole('banner');
  }

  get mainNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get breadcrumbs(): Locator {
    return this.page.getByRole('navigation', { name: 'Breadcrumb' });
  }

  get liveRegion(): Locator {
    return this.page.getByTestId('live-region');
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  get notices(): Locator {
    return this.page.getByRole('region', { name: 'Notices' });
  }

  /** Waits until the screen has finished loading: its h1 is there and no loading message is left. */
  async settled(): Promise<void> {
    await this.heading.waitFor();
    // A screen may show several loading messages at once (claims, totals, rates): wait until none is left.
    await this.page.waitForFunction(() => document.querySelector('.loading') === null);
  }

  /** How many DOM changes happen over `ms` milliseconds: a settled screen makes none (no render loop, no flicker). */
  async changesWithin(ms: number): Promise<number> {
    return this.page.evaluate(
      (wait) =>
        new Promise<number>((resolve) => {
          let changes = 0;
          const observer = new MutationObserver((records) => (changes += records.length));
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          setTimeout(() => {
            observer.disconnect();
            resolve(changes);
          }, wait);
        }),
      ms,
    );
  }

  /** Whether the page scrolls sideways: at 200% zoom content must reflow instead. */
  async scrollsSideways(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  }
}
