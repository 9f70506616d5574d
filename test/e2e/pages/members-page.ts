import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';
import { readFacts } from './read-facts';

export type NewMember = {
  readonly name: string;
  readonly publicName?: string;
  readonly kind?: string;
  readonly organisation?: string;
  readonly consent?: boolean;
  readonly role?: string;
  readonly from?: string;
};

/** A board's members: current, joining later, past; and the form to add one. */
export class MembersPage extends AppPage {
  static async opened(page: Page): Promise<MembersPage> {
    const members = new MembersPage(page);
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await members.settled();
    return members;
  }

  group(title: 'Current members' | 'Joining later' | 'Past members'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${title}`) });
  }

  async names(title: 'Current members' | 'Joining later' | 'Past members'): Promise<string[]> {
    if ((await this.group(title).count()) === 0) return [];
    return this.group(title).getByRole('heading', { level: 3 }).allTextContents();
  }

  card(name: string): Locator {
    return this.main.locator('.member-card').filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  async facts(name: string): Promise<Record<string, string>> {
    return readFacts(this.card(name).locator('dl'));
  }

  get addForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a member' });
  }

  get emptyState(): Locator {
    return this.main.locator('.empty-state');
  }

  /** Adds someone new to the board, and waits until they are listed. */
  async addNewMember(member: NewMember): Promise<void> {
    const form = this.addForm;
    const someoneNew = form.getByRole('radio', { name: 'Someone new' });
    if ((await someoneNew.count()) > 0) await someoneNew.check();
    await form.getByLabel('Full name', { exact: true }).fill(member.name);
    if (member.publicName) await form.getByLabel('Name in public documents (optional)').fill(member.publicName);
    if (member.consent === false) await form.getByLabel('Agrees to be named in public documents').uncheck();
    if (member.kind) await form.getByLabel('Kind of member').selectOption({ label: member.kind });
    if (member.organisation) await form.getByLabel('Organisation (optional)').fill(member.organisation);
    if (member.role) await form.getByLabel('Role').selectOption({ label: member.role });
    if (member.from) await form.getByLabel('Member from').fill(member.from);
    await form.getByRole('button', { name: 'Add the member' }).click();
    await this.card(member.name).waitFor();
  }

  async endMembership(name: string, lastDay: string): Promise<void> {
    await this.card(name)
      .getByRole('button', { name: `End membership of ${name}` })
      .click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Last day as a member').fill(lastDay);
    await dialog.getByRole('button', { name: 'End the membership' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
