import { FORMATS_BY_KIND, type Method } from '../../../shared/api';
import { REPORT_FORMATS_BY_KIND } from '../../../shared/api/areas/reports';
import type { Repository } from '../../../electron/backend/store';

export type PlannedCall = { readonly method: Method; readonly input: unknown };

/**
 * After the random calls: every kind of document, in every format, of one meeting in each state, and every report
 * of the first boards, all drawn from what the fuzz left in the store (names, titles and e-mail addresses made of
 * crafted strings). A document that cannot be made from stored data is a bug the random calls alone seldom reach:
 * they would have to store the data and then ask for that one document in that one format.
 */
export function printEverything(repo: Repository, boards: number): PlannedCall[] {
  const calls: PlannedCall[] = [];
  const byStatus = new Map<string, string>();
  for (const meeting of repo.all('meetings')) if (!byStatus.has(meeting.status)) byStatus.set(meeting.status, meeting.id);
  for (const meetingId of byStatus.values()) {
    for (const [kind, formats] of Object.entries(FORMATS_BY_KIND)) {
      for (const format of formats) calls.push({ method: 'exports.render', input: { meetingId, kind, format, audience: 'private' } });
    }
  }
  for (const board of repo.all('boards').slice(0, boards)) {
    for (const [kind, formats] of Object.entries(REPORT_FORMATS_BY_KIND)) {
      for (const format of formats) calls.push({ method: 'reports.render', input: { boardId: board.id, kind, format } });
    }
  }
  return calls;
}
