import type { Locator, Page } from 'playwright-core';

/** On the approval screen of a meeting entered after it happened: who signed its minutes, and when. */
export class PastApprovalForm {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Record the past approval and signature' });
  }

  get errorSummary(): Locator {
    return this.form.locator('.error-summary');
  }

  async fill(details: {
    readonly signer?: string;
    readonly typedName?: string;
    readonly signedOn: string;
    readonly approvedOn?: string;
  }): Promise<void> {
    if (details.signer !== undefined) await this.form.getByLabel('Signed by', { exact: true }).selectOption({ label: details.signer });
    if (details.typedName !== undefined) await this.form.getByLabel(/Name of the person who signed|Signed by/).fill(details.typedName);
    await this.form.getByLabel('Date signed', { exact: true }).fill(details.signedOn);
    if (details.approvedOn !== undefined) await this.form.getByLabel('Date of the meeting that approved them (optional)').fill(details.approvedOn);
    await this.form.getByRole('checkbox').check();
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Record the approval and signature' }).click();
  }
}
