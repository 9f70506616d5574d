import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** A board's participation and diversity screen: the period, the figures, the tables and the diversity form. */
export class ParticipationPage extends AppPage {
  static async open(page: Page, base: string, boardId: string, search = ''): Promise<ParticipationPage> {
    await page.goto(`${base}#/boards/${encodeURIComponent(boardId)}/participation${search === '' ? '' : `?${search}`}`);
    const screen = new ParticipationPage(page);
    await page.getByRole('heading', { level: 1, name: /Participation and diversity/ }).waitFor();
    await screen.settled();
    await screen.figures.waitFor();
    return screen;
  }

  get periodForm(): Locator {
    return this.page.getByRole('form', { name: 'Choose the period' });
  }

  get figures(): Locator {
    return this.page.getByRole('region', { name: 'The period in figures' });
  }

  get meetingsTable(): Locator {
    return this.page.getByRole('table', { name: 'Participation at each meeting held in the period' });
  }

  get diversity(): Locator {
    return this.page.getByRole('region', { name: 'Diversity of the people who took part' });
  }

  get diversityForm(): Locator {
    return this.page.getByRole('region', { name: 'Record a person’s diversity answers' });
  }

  /** The row headers' words of the meetings table, one per meeting. */
  async meetingRows(): Promise<string[]> {
    if ((await this.meetingsTable.count()) === 0) return [];
    return (await this.meetingsTable.locator('tbody th').allTextContents()).map((t) => t.trim());
  }

  async choosePeriod(from: string, to: string): Promise<void> {
    await this.periodForm.getByLabel('From').fill(from);
    await this.periodForm.getByLabel('To').fill(to);
    await this.periodForm.getByRole('button', { name: 'Show this period' }).click();
    await this.settled();
  }

  /** A question's table in the diversity summary, as `{ answer: shown }`. */
  async diversityCounts(question: string): Promise<Record<string, string>> {
    const table = this.diversity.getByRole('table', { name: question });
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']));
    return Object.fromEntries(rows.map(([a, b]) => [(a ?? '').trim(), (b ?? '').trim()]));
  }

  async choosePerson(name: string): Promise<Locator> {
    await this.diversityForm.getByLabel('Person').selectOption({ label: name });
    const form = this.page.getByRole('form', { name: `Diversity answers of ${name}` });
    await form.waitFor();
    return form;
  }

  /** Answers one question of the open form by the words of its answer. */
  async answer(form: Locator, question: RegExp, answer: string): Promise<void> {
    await form.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();
  }
}
