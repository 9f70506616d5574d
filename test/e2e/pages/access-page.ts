import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** A meeting's access checklist: people expected, each need with its "Arranged" box and note. */
export class AccessPage extends AppPage {
  static async open(page: Page, baseUrl: string, meetingId: string): Promise<AccessPage> {
    await page.goto(`${baseUrl}#/meetings/${encodeURIComponent(meetingId)}/access`);
    return AccessPage.opened(page);
  }

  static async opened(page: Page): Promise<AccessPage> {
    const access = new AccessPage(page);
    await page.getByRole('heading', { level: 1, name: /Access checklist$/ }).waitFor();
    await access.settled();
    return access;
  }

  get summary(): Locator {
    return this.page.getByTestId('access-summary');
  }

  get emptyState(): Locator {
    return this.main.locator('.empty-state');
  }

  /** The names of the people listed, in order. */
  async people(): Promise<string[]> {
    return this.main.locator('section.access-person').getByRole('heading', { level: 2 }).allTextContents();
  }

  person(name: string): Locator {
    return this.main.getByRole('region', { name, exact: true });
  }

  /** A person's needs as listed: `[['BSL interpreter', 'Not arranged'], ...]`. */
  async needs(name: string): Promise<[string, string][]> {
    return this.person(name)
      .locator('.access-need__title')
      .evaluateAll((titles) =>
        titles.map((title): [string, string] => {
          const tag = title.querySelector('.tag')?.textContent ?? '';
          return [(title.textContent ?? '').replace(tag, '').trim(), tag];
        }),
      );
  }

  arrangedBox(need: string, name: string): Locator {
    return this.page.getByRole('checkbox', { name: `${need} for ${name}: Arranged` });
  }

  noteBox(need: string, name: string): Locator {
    return this.page.getByRole('textbox', { name: `Note on ${need} for ${name} (optional)` });
  }

  /** Ticks or unticks a need and waits until the save has come back (the tag follows the saved state). */
  async setArranged(need: string, name: string, arranged: boolean): Promise<void> {
    await this.arrangedBox(need, name).setChecked(arranged);
    await this.person(name)
      .locator('.access-need__title', { hasText: need })
      .getByText(arranged ? 'Arranged' : 'Not arranged', { exact: true })
      .waitFor();
    await this.liveRegion.filter({ hasText: `${need} for ${name}: ${arranged ? 'arranged' : 'not arranged'}` }).waitFor();
  }

  /** Types a note and leaves the box, which saves it. */
  async writeNote(need: string, name: string, note: string): Promise<void> {
    await this.noteBox(need, name).fill(note);
    await this.noteBox(need, name).press('Tab');
    await this.liveRegion.filter({ hasText: `Note saved for ${need}, ${name}` }).waitFor();
  }
}

/** The access needs and training parts of a member's edit form, on the members screen. */
export class MemberAccessForm {
  constructor(
    readonly page: Page,
    readonly name: string,
  ) {}

  get form(): Locator {
    return this.page.getByRole('form', { name: `Edit ${this.name}` });
  }

  static async edit(page: Page, name: string): Promise<MemberAccessForm> {
    const card = page.locator('.member-card').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
    await card.getByRole('button', { name: `Edit ${name}` }).click();
    const editing = new MemberAccessForm(page, name);
    await editing.form.waitFor();
    return editing;
  }

  get needs(): Locator {
    return this.form.getByRole('group', { name: 'Access needs' });
  }

  async tickNeed(label: string, detail?: string): Promise<void> {
    await this.needs.getByRole('checkbox', { name: label, exact: true }).check();
    if (detail !== undefined)
      await this.needs.getByRole('textbox', { name: label === 'Other' ? 'What do they need?' : `Details of “${label}” (optional)` }).fill(detail);
  }

  async addTraining(level: 'Level 1' | 'Level 2' | 'Level 3', completedOn: string, course?: string): Promise<void> {
    await this.form.getByRole('button', { name: 'Add a training record' }).click();
    const row = this.form.getByRole('group', { name: /^Training record \d+$/ }).last();
    await row.getByLabel('Level').selectOption({ label: level });
    await row.getByLabel('Date completed').fill(completedOn);
    if (course !== undefined) await row.getByLabel('Course (optional)').fill(course);
  }

  get errorSummary(): Locator {
    return this.form.locator('.error-summary');
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save the changes' }).click();
  }
}
