import type { Locator } from 'playwright-core';
import { AgendaBuilderPage } from './agenda-builder-page';
import { AppPage } from './app-page';
import { MeetingFormPage } from './meeting-form-page';
import { readFacts } from './read-facts';

/** Screen 3: a meeting and its agenda. */
export class AgendaPage extends AppPage {
  get publicPart(): Locator {
    return this.page.getByRole('region', { name: 'Agenda', exact: true });
  }

  get privatePart(): Locator {
    return this.page.getByRole('region', { name: /^Private part/ });
  }

  get deadline(): Locator {
    return this.page.getByTestId('publication-deadline');
  }

  async buildAgenda(): Promise<AgendaBuilderPage> {
    await this.main.getByRole('link', { name: /^(Build|Change) the agenda$/ }).click();
    return AgendaBuilderPage.opened(this.page);
  }

  async changeDetails(): Promise<MeetingFormPage> {
    await this.main.getByRole('link', { name: 'Change date, time or place' }).click();
    return MeetingFormPage.opened(this.page, 'Change date, time or place');
  }

  /** Cancels the meeting through its confirmation dialog, giving a reason. */
  async cancelMeeting(reason: string): Promise<void> {
    await this.main.getByRole('button', { name: 'Cancel the meeting' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Reason (optional)').fill(reason);
    await dialog.getByRole('button', { name: 'Cancel the meeting' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async meetingFacts(): Promise<Record<string, string>> {
    return readFacts(this.main.locator('dl').first());
  }

  /** The printed numbers of a part's items, sub-items included, in reading order: ["1", "2", "3", "3.1", ...]. */
  async itemNumbers(part: Locator): Promise<string[]> {
    return part.locator('[data-item-number]').evaluateAll((items) => items.map((li) => li.getAttribute('data-item-number') ?? ''));
  }

  item(number: string): Locator {
    return this.page.locator(`li[data-item-number="${number}"]`);
  }

  /** The item's own heading (not a sub-item's). */
  itemHeading(number: string): Locator {
    return this.item(number).locator(':scope > :is(h3, h4, h5, h6)');
  }

  async itemFacts(number: string): Promise<Record<string, string>> {
    return readFacts(this.item(number).locator(':scope > .agenda-item__body > dl'));
  }

  async recommendations(number: string): Promise<string[]> {
    const texts = await this.item(number).locator(':scope > .agenda-item__body .numbered-parts > li').allTextContents();
    return texts.map((text) => text.replace(/\s+/g, ' ').trim());
  }
}
