import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** The live minutes of one meeting: the item on screen, its minute, decisions and actions; attendance and quorum. */
export class LiveMinutesPage extends AppPage {
  static async open(page: Page, baseUrl: string, meetingId: string): Promise<LiveMinutesPage> {
    await page.goto(`${baseUrl}#/meetings/${encodeURIComponent(meetingId)}/minutes`);
    return LiveMinutesPage.opened(page);
  }

  static async opened(page: Page): Promise<LiveMinutesPage> {
    const live = new LiveMinutesPage(page);
    await page.locator('[data-live-minutes-ready]').waitFor();
    await live.settled();
    return live;
  }

  get itemPicker(): Locator {
    return this.main.getByLabel('Item', { exact: true });
  }

  /** The item on screen. */
  get item(): Locator {
    return this.main.locator('section.item-panel');
  }

  get itemHeading(): Locator {
    return this.item.getByRole('heading', { level: 2 });
  }

  get editor(): Locator {
    return this.page.getByTestId('minute-text');
  }

  get saveState(): Locator {
    return this.page.locator('[data-save-state]');
  }

  get quorum(): Locator {
    return this.page.locator('[data-quorum]');
  }

  get attendance(): Locator {
    return this.page.getByRole('region', { name: 'Attendance' });
  }

  get decisions(): Locator {
    return this.item.getByRole('region', { name: 'Decisions' });
  }

  /** A decision being written, by its title: "New decision", "Change decision 2". */
  decisionForm(title: string): Locator {
    return this.page.getByRole('form', { name: title });
  }

  /** Opens a decision form's motion (mover, seconder, amendments and outcome), folded away until then. */
  async openMotion(form: Locator): Promise<void> {
    const motion = form.locator('details.decision-form__motion');
    if ((await motion.getAttribute('open')) === null) await motion.locator('summary').click();
    await form.getByLabel('Moved by', { exact: true }).waitFor();
  }

  get actions(): Locator {
    return this.item.getByRole('region', { name: 'Actions' });
  }

  get exclusion(): Locator {
    return this.page.locator('[data-exclusion]');
  }

  /** Goes to the item whose option reads "N. Title". */
  async goToItem(number: string): Promise<void> {
    const label = await this.itemPicker
      .locator('option')
      .evaluateAll((options, n) => options.map((o) => o.textContent ?? '').find((text) => text.startsWith(`${n}. `)) ?? '', number);
    await this.itemPicker.selectOption({ label });
    await this.page.locator(`section.item-panel[data-item-number="${number}"]`).waitFor();
  }

  /** A person's attendance select, labelled with their name. */
  attendanceOf(name: string): Locator {
    return this.attendance.getByLabel(name, { exact: true });
  }

  async setAttendance(name: string, status: 'Present' | 'Apologies' | 'Absent' | 'In attendance' | 'Not recorded'): Promise<void> {
    await this.attendanceOf(name).selectOption({ label: status });
    await this.announced(`${name}:`);
  }

  rosterRow(name: string): Locator {
    return this.attendance.locator(`li[data-person="${name}"]`);
  }

  /** Waits for the polite status message to say something starting with `text`. */
  async announced(text: string): Promise<void> {
    await this.page.waitForFunction(
      (expected) => (document.querySelector('[data-testid="live-region"]')?.textContent ?? '').startsWith(expected),
      text,
    );
  }

  /** Waits until the backend has every word typed. */
  async saved(): Promise<void> {
    await this.page.locator('[data-save-state="saved"]').waitFor();
  }
}
