import type { Locator, Page } from 'playwright-core';

/** "Paste a list of members" on a board's members screen: the list, the preview of what was read, one term. */
export class PasteMembersPanel {
  constructor(readonly page: Page) {}

  get disclosure(): Locator {
    return this.page.locator('details.paste-members');
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Paste a list of members' });
  }

  async open(): Promise<void> {
    if ((await this.disclosure.getAttribute('open')) === null) await this.disclosure.locator('summary').click();
    await this.form.waitFor();
  }

  get list(): Locator {
    return this.form.getByLabel('The list', { exact: true });
  }

  get preview(): Locator {
    return this.form.locator('table.paste-preview');
  }

  /** What the preview shows, a row a line: the cells' text. */
  async previewRows(): Promise<string[][]> {
    return this.preview
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent.trim())));
  }

  get unreadRows(): Locator {
    return this.preview.locator('tr[data-unread-line]');
  }

  get errorSummary(): Locator {
    return this.form.locator('.error-summary');
  }

  async fill(details: { readonly text: string; readonly kind?: string; readonly from?: string; readonly until?: string }): Promise<void> {
    await this.list.fill(details.text);
    if (details.kind !== undefined) await this.form.getByLabel('Kind of member, where a line does not say').selectOption({ label: details.kind });
    if (details.from !== undefined) await this.form.getByLabel('Memberships start', { exact: true }).fill(details.from);
    if (details.until !== undefined) await this.form.getByLabel('Memberships end (optional)', { exact: true }).fill(details.until);
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: /^Add (these|the) / }).click();
  }
}
