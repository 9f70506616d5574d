import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** The approval of one meeting's minutes: the steps from held to signed, corrections, and the minutes as they stand. */
export class ApprovalPage extends AppPage {
  static async open(page: Page, baseUrl: string, meetingId: string): Promise<ApprovalPage> {
    await page.goto(`${baseUrl}#/meetings/${encodeURIComponent(meetingId)}/approval`);
    return ApprovalPage.opened(page);
  }

  static async opened(page: Page): Promise<ApprovalPage> {
    const approval = new ApprovalPage(page);
    await page.getByRole('heading', { level: 2, name: 'Steps to signed minutes' }).waitFor();
    await approval.settled();
    return approval;
  }

  step(title: string): Locator {
    return this.main.locator('li.approval-step').filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${title}`) }) });
  }

  async stepState(title: string): Promise<string | null> {
    return this.step(title).getAttribute('data-step-state');
  }

  get approveForm(): Locator {
    return this.page.getByRole('form', { name: 'Approve and sign the minutes' });
  }

  get correctionForm(): Locator {
    return this.page.getByRole('form', { name: 'Record a correction' });
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'The minutes as they stand' });
  }

  /** The minutes as they will be printed, drawn from the document the PDF is made from. */
  get printed(): Locator {
    return this.preview.getByRole('figure', { name: 'The minutes as they will be printed' });
  }

  async announced(text: string): Promise<void> {
    await this.page.waitForFunction(
      (expected) => (document.querySelector('[data-testid="live-region"]')?.textContent ?? '').startsWith(expected),
      text,
    );
  }
}
