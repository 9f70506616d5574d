import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';
import { readFacts } from './read-facts';

export type ItemDetails = {
  readonly title?: string;
  readonly purpose?: 'For decision' | 'For discussion' | 'For information';
  readonly presenter?: string;
  readonly minutes?: string;
  readonly recommendations?: string;
  /** Marks the item exempt under this paragraph of Schedule 12A ("Paragraph 3"), or public again. */
  readonly exempt?: string | false;
  /** What the agenda says the item is for. */
  readonly description?: string;
  readonly unnumbered?: boolean;
  /** Further paragraphs of an exempt item ("Paragraph 1"), ticked. */
  readonly furtherParagraphs?: readonly string[];
  /** Puts the usual public-interest words in the statement. */
  readonly usualPublicInterest?: boolean;
  /** How the motion to exclude the press and public went, as the choice reads. */
  readonly motion?: string;
};

export type Move = 'Move up' | 'Move down' | 'Make a sub-item' | 'Make a main item';

const exactly = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The agenda builder: items in order, each with its buttons; the editor; publication. */
export class AgendaBuilderPage extends AppPage {
  static async opened(page: Page): Promise<AgendaBuilderPage> {
    const builder = new AgendaBuilderPage(page);
    await page.getByRole('heading', { level: 1, name: 'Build the agenda' }).waitFor();
    await builder.settled();
    return builder;
  }

  get publicPart(): Locator {
    return this.page.getByRole('region', { name: 'Agenda', exact: true });
  }

  get privatePart(): Locator {
    return this.page.getByRole('region', { name: /^Private part/ });
  }

  get publication(): Locator {
    return this.page.getByRole('region', { name: 'Publication', exact: true });
  }

  get deadline(): Locator {
    return this.page.getByTestId('publication-deadline');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The printed agenda as the builder shows it: "1 Apologies for absence", "5.1 Rents", ... in reading order. */
  async printed(part?: Locator): Promise<string[]> {
    return (part ?? this.main).locator('li[data-item-number]').evaluateAll((items) =>
      items.map((li) => {
        const title = li.querySelector(':scope > .builder-item__main .builder-item__text')?.textContent ?? '';
        return `${li.getAttribute('data-item-number') ?? ''} ${title}`.trim();
      }),
    );
  }

  /** An item (its whole list entry, sub-items included) by its exact title. */
  item(title: string): Locator {
    return this.main
      .locator('.builder-item__text')
      .filter({ hasText: exactly(title) })
      .locator('xpath=ancestor::li[@data-item-id][1]');
  }

  /** The item's own row: its facts and buttons, not its sub-items'. */
  row(title: string): Locator {
    return this.item(title).locator(':scope > .builder-item__main');
  }

  async number(title: string): Promise<string> {
    return (await this.item(title).getAttribute('data-item-number')) ?? '';
  }

  async facts(title: string): Promise<Record<string, string>> {
    return readFacts(this.row(title).locator('dl').first());
  }

  tags(title: string): Locator {
    return this.row(title).locator('.builder-item__tags');
  }

  button(title: string, name: string | Move): Locator {
    return this.row(title).getByRole('button', { name: new RegExp(`^${name}\\b`) });
  }

  /** Moves with the item's button and waits until its number changes. */
  async move(title: string, how: Move): Promise<void> {
    const before = await this.number(title);
    await this.button(title, how).click();
    await this.numberChanged(title, before);
  }

  /** Moves with Alt and an arrow key, from the item's Edit button. */
  async moveByKey(title: string, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight'): Promise<void> {
    const before = await this.number(title);
    await this.button(title, 'Edit').focus();
    await this.page.keyboard.press(`Alt+${key}`);
    await this.numberChanged(title, before);
  }

  /** Drags an item by its handle onto the top edge of another, dropping it just before that one. Both must be in view. */
  async dragBefore(title: string, target: string): Promise<void> {
    const before = await this.number(title);
    await this.row(title)
      .locator('.drag-handle')
      .dragTo(this.row(target), { targetPosition: { x: 60, y: 6 } });
    await this.numberChanged(title, before);
  }

  /** Every move that happens changes the moved item's printed number. */
  async numberChanged(title: string, before: string, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while ((await this.number(title)) === before) {
      if (Date.now() > until) throw new Error(`“${title}” is still item ${before} after ${timeoutMs} ms`);
      await this.page.waitForTimeout(50);
    }
  }

  async announced(text: string): Promise<void> {
    await this.page.waitForFunction((t) => document.querySelector('[data-testid="live-region"]')?.textContent?.includes(t) ?? false, text);
  }

  get editor(): Locator {
    return this.page.getByTestId('item-editor');
  }

  async fillEditor(details: ItemDetails): Promise<void> {
    const editor = this.editor;
    if (details.title !== undefined) await editor.getByLabel('Title', { exact: true }).fill(details.title);
    if (details.purpose !== undefined) await editor.getByRole('radio', { name: details.purpose }).check();
    if (details.presenter !== undefined) await editor.getByLabel('Presented by (optional)').fill(details.presenter);
    if (details.minutes !== undefined) await editor.getByLabel('Time allowed in minutes (optional)').fill(details.minutes);
    if (details.recommendations !== undefined) await editor.getByLabel('Recommendations (optional)').fill(details.recommendations);
    if (details.description !== undefined) await editor.getByLabel('What the agenda says the item is for (optional)').fill(details.description);
    if (details.unnumbered !== undefined) await editor.getByRole('checkbox', { name: 'Print without a number' }).setChecked(details.unnumbered);
    if (details.exempt === false) await editor.getByRole('radio', { name: 'Public item' }).check();
    else if (details.exempt !== undefined) {
      await editor.getByRole('radio', { name: /^Exempt item/ }).check();
      await editor.getByRole('radio', { name: details.exempt, exact: true }).check();
    }
    const further = editor.getByRole('group', { name: 'Further paragraphs it also falls under (optional)' });
    for (const paragraph of details.furtherParagraphs ?? []) await further.getByRole('checkbox', { name: paragraph, exact: true }).check();
    if (details.usualPublicInterest === true) await editor.getByRole('button', { name: 'Use the usual words' }).click();
    if (details.motion !== undefined) await editor.getByRole('radio', { name: details.motion }).check();
  }

  /** Adds a main item with the "Add an item" button; it lands before the closing standard items. */
  async addItem(details: ItemDetails & { readonly title: string }): Promise<void> {
    await this.main.getByRole('button', { name: 'Add an item' }).click();
    await this.fillEditor(details);
    await this.editor.getByRole('button', { name: 'Add the item' }).click();
    await this.editor.waitFor({ state: 'detached' });
    await this.item(details.title).waitFor();
  }

  async addSubItem(parent: string, details: ItemDetails & { readonly title: string }): Promise<void> {
    await this.button(parent, 'Add a sub-item').click();
    await this.fillEditor(details);
    await this.editor.getByRole('button', { name: 'Add the sub-item' }).click();
    await this.editor.waitFor({ state: 'detached' });
    await this.item(details.title).waitFor();
  }

  async openEditor(title: string): Promise<Locator> {
    await this.button(title, 'Edit').click();
    await this.editor.waitFor();
    return this.editor;
  }

  async saveEditor(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Save the item' }).click();
  }

  async attach(title: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.row(title).locator('input[type="file"]').setInputFiles(file);
    await this.row(title).locator(`[data-paper="${file.name}"]`).waitFor();
  }

  papers(title: string): Locator {
    return this.row(title).locator('.item-papers__paper');
  }

  async timing(): Promise<Record<string, string>> {
    return readFacts(this.page.getByTestId('timing-summary').locator('dl'));
  }

  carriedActions(): Locator {
    return this.row('Matters arising and action log').getByTestId('carried-actions').getByRole('listitem');
  }
}
