import type { Locator, Page } from 'playwright-core';
import { AgendaBuilderPage } from './agenda-builder-page';
import { AppPage } from './app-page';

export type MeetingDetails = {
  readonly date?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly title?: string;
  readonly venue?: string;
};

/** Scheduling a meeting, or changing its date, time or place. */
export class MeetingFormPage extends AppPage {
  static async opened(page: Page, heading: 'Schedule a meeting' | 'Change date, time or place'): Promise<MeetingFormPage> {
    const form = new MeetingFormPage(page);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await form.settled();
    return form;
  }

  field(label: string): Locator {
    return this.main.getByLabel(label, { exact: true });
  }

  /** The publication deadline worked out from the date as typed. */
  get deadline(): Locator {
    return this.page.getByTestId('publication-deadline');
  }

  get errorSummary(): Locator {
    return this.main.locator('.error-summary');
  }

  async fill(details: MeetingDetails): Promise<void> {
    if (details.date !== undefined) await this.field('Date').fill(details.date);
    if (details.startTime !== undefined) await this.field('Starts at').fill(details.startTime);
    if (details.endTime !== undefined) await this.field('Ends at (optional)').fill(details.endTime);
    if (details.title !== undefined) await this.field('Title (optional)').fill(details.title);
    if (details.venue !== undefined) await this.field('Venue (optional)').fill(details.venue);
  }

  /** Schedules the meeting and lands in its agenda builder. */
  async schedule(): Promise<AgendaBuilderPage> {
    await this.main.getByRole('button', { name: 'Schedule the meeting' }).click();
    return AgendaBuilderPage.opened(this.page);
  }
}
