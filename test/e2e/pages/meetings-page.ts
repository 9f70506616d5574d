import type { Locator } from 'playwright-core';
import { AgendaPage } from './agenda-page';
import { AppPage } from './app-page';
import { BoardFormPage } from './board-form-page';
import { MeetingFormPage } from './meeting-form-page';
import { MembersPage } from './members-page';
import { readFacts } from './read-facts';

export type MeetingRow = { readonly id: string; readonly date: string; readonly time: string; readonly place: string; readonly status: string };

/** Screen 2: one board and its meetings, upcoming and past. */
export class MeetingsPage extends AppPage {
  section(which: 'Upcoming meetings' | 'Past meetings'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${which}`) });
  }

  async boardFacts(): Promise<Record<string, string>> {
    return readFacts(this.main.locator('dl').first());
  }

  async rows(which: 'Upcoming meetings' | 'Past meetings'): Promise<MeetingRow[]> {
    const rows = this.section(which).locator('[data-meeting-id]');
    const count = await rows.count();
    const result: MeetingRow[] = [];
    for (let i = 0; i < count; i += 1) {
      const row = rows.nth(i);
      result.push({
        id: (await row.getAttribute('data-meeting-id')) ?? '',
        date: (await row.getByRole('link').textContent())?.trim() ?? '',
        time: (await row.locator('.meeting-list__time').textContent())?.trim() ?? '',
        place: (await row.locator('.meeting-list__place').textContent())?.trim() ?? '',
        status: (await row.locator('.meeting-list__status').textContent())?.trim() ?? '',
      });
    }
    return result;
  }

  /** The line under an upcoming meeting saying when its agenda is due ("Publish agenda by ..."), if any. */
  dueNote(meetingId: string): Locator {
    return this.page.locator(`[data-meeting-id="${meetingId}"]`).getByTestId('agenda-due');
  }

  async scheduleMeeting(): Promise<MeetingFormPage> {
    await this.main.getByRole('link', { name: 'Schedule a meeting' }).click();
    return MeetingFormPage.opened(this.page, 'Schedule a meeting');
  }

  async openMembers(): Promise<MembersPage> {
    await this.main.getByRole('link', { name: 'Members', exact: true }).click();
    return MembersPage.opened(this.page);
  }

  async openSettings(): Promise<BoardFormPage> {
    await this.main.getByRole('link', { name: 'Board settings' }).click();
    return BoardFormPage.opened(this.page, 'Board settings');
  }

  async openMeeting(meetingId: string): Promise<AgendaPage> {
    await this.page.locator(`[data-meeting-id="${meetingId}"]`).getByRole('link').click();
    const agenda = new AgendaPage(this.page);
    await agenda.page.getByRole('region', { name: 'Agenda' }).or(agenda.page.locator('.empty-state')).first().waitFor();
    await agenda.settled();
    return agenda;
  }
}
