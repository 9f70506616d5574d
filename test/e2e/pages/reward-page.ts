import type { Download, Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

export type RateEntry = { readonly board?: string; readonly role: string; readonly band: string; readonly amount: string; readonly from: string };

export type ClaimEntry = {
  readonly person: string;
  readonly board: string;
  /** The meeting's label in the list, e.g. "Tuesday 10 June 2025". */
  readonly meeting: string;
  readonly time: string;
  readonly preparation?: string;
  readonly expenses?: readonly { readonly kind: string; readonly amount: string; readonly receipt: string; readonly details?: string }[];
  readonly choice: string;
  readonly charity?: string;
  readonly adviceOn?: string;
};

/** The reward screen: claims with their filters and form, totals with statements, and rates. */
export class RewardPage extends AppPage {
  static async opened(page: Page): Promise<RewardPage> {
    const reward = new RewardPage(page);
    await page.getByRole('heading', { level: 1, name: 'Reward' }).waitFor();
    await reward.settled();
    return reward;
  }

  get filters(): Locator {
    return this.page.getByRole('form', { name: 'Filter claims' });
  }

  get summary(): Locator {
    return this.main.locator('.tracker-summary');
  }

  get claimsTable(): Locator {
    return this.page.getByRole('table', { name: /^Claims in / });
  }

  get claimRows(): Locator {
    return this.claimsTable.locator('tbody > tr');
  }

  claimRow(person: string): Locator {
    return this.claimRows.filter({ has: this.page.getByRole('rowheader', { name: new RegExp(person) }) });
  }

  get ratesTable(): Locator {
    return this.page.getByRole('table', { name: 'Rates of reward, with the dates they apply' });
  }

  get totalsTable(): Locator {
    return this.page.getByRole('table', { name: /^Reward and expenses per person/ });
  }

  totalsRow(person: string): Locator {
    return this.totalsTable.locator('tbody > tr').filter({ has: this.page.getByRole('rowheader', { name: person, exact: true }) });
  }

  get rateForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a rate' });
  }

  get claimForm(): Locator {
    return this.page.getByRole('form', { name: /^(Add a claim|Change the claim)/ });
  }

  get errorSummary(): Locator {
    return this.page.locator('.error-summary');
  }

  async filterBy(choice: { readonly taxYear?: string; readonly board?: string; readonly person?: string; readonly status?: string }): Promise<void> {
    if (choice.taxYear !== undefined) await this.filters.getByLabel('Tax year').selectOption({ label: choice.taxYear });
    if (choice.board !== undefined) await this.filters.getByLabel('Board').selectOption({ label: choice.board });
    if (choice.person !== undefined) await this.filters.getByLabel('Person').selectOption({ label: choice.person });
    if (choice.status !== undefined) await this.filters.getByLabel('Status').selectOption({ label: choice.status });
    await this.settled();
  }

  async addRate(rate: RateEntry): Promise<void> {
    const form = this.rateForm;
    await form.getByLabel('Board', { exact: true }).selectOption({ label: rate.board ?? 'All boards' });
    await form.getByLabel('Role').selectOption({ label: rate.role });
    await form.getByLabel('Length of involvement').selectOption({ label: rate.band });
    await form.getByLabel('Amount (£)').fill(rate.amount);
    await form.getByLabel('Applies from').fill(rate.from);
    await form.getByRole('button', { name: 'Add the rate' }).click();
  }

  async openClaimForm(): Promise<void> {
    await this.main.getByRole('button', { name: 'Add a claim' }).click();
    await this.claimForm.waitFor();
  }

  /** Fills the claim form through its own controls; does not submit. */
  async fillClaim(claim: ClaimEntry): Promise<void> {
    const form = this.claimForm;
    await form.getByLabel('Person', { exact: true }).selectOption({ label: claim.person });
    await form.getByLabel('Board', { exact: true }).selectOption({ label: claim.board });
    await form.getByLabel('A meeting of the board').check();
    const meeting = form.getByLabel('Meeting', { exact: true });
    await meeting.locator('option', { hasText: claim.meeting }).first().waitFor({ state: 'attached' });
    await meeting.selectOption({ label: claim.meeting });
    await form.getByLabel('Time given', { exact: true }).fill(claim.time);
    if (claim.preparation !== undefined) await form.getByLabel('Preparation time').fill(claim.preparation);
    for (const [index, expense] of (claim.expenses ?? []).entries()) {
      await form.getByRole('button', { name: 'Add an expense' }).click();
      const group = form.getByRole('group', { name: `Expense ${index + 1}` });
      await group.getByLabel('Kind', { exact: true }).selectOption({ label: expense.kind });
      await group.getByLabel('Amount (£)').fill(expense.amount);
      await group.getByLabel('Receipt reference').fill(expense.receipt);
      if (expense.details !== undefined) await group.getByLabel('Details (optional)').fill(expense.details);
    }
    await form.getByLabel(claim.choice, { exact: true }).check();
    if (claim.charity !== undefined) await form.getByLabel('Name of the charity').fill(claim.charity);
    if (claim.adviceOn !== undefined) {
      await form.getByLabel('Benefits advice was offered').check();
      await form.getByLabel('Date advice was offered').fill(claim.adviceOn);
    }
  }

  async submitClaim(): Promise<void> {
    await this.claimForm.getByRole('button', { name: /^(Add|Save) the claim$/ }).click();
  }

  statusButton(person: string, words: 'Approve' | 'Mark paid' | 'Return to due'): Locator {
    return this.claimRow(person).getByRole('button', { name: new RegExp(`^${words}\\s*:`) });
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** Moves a claim on through its dialog, with the date given (or the dialog's own, today). */
  async moveClaim(person: string, words: 'Approve' | 'Mark paid', title: string, date?: string): Promise<Locator> {
    await this.statusButton(person, words).click();
    const dialog = this.dialog(title);
    await dialog.waitFor();
    if (date !== undefined) await dialog.getByLabel(/^Date /).fill(date);
    return dialog;
  }

  async downloadFinanceCsv(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.main.getByRole('button', { name: 'Download finance CSV' }).click(),
    ]);
    return download;
  }

  async downloadStatement(person: string, format: 'Word' | 'PDF'): Promise<Download> {
    const button = this.totalsRow(person).getByRole('button', { name: new RegExp(`^${format}\\s*: statement for`) });
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download;
  }
}
