import type { Membership } from '../model';
import { addDays, formatShortDate } from './british-dates';
import { londonDate } from './london-time';

/** How far ahead a term's end is flagged. */
export const TERM_REMINDER_DAYS = 60;

export type TermReminder = {
  readonly membershipId: string;
  readonly boardId: string;
  readonly personId: string;
  readonly termEnd: string;
  /** `ending` within the window; `ended` when the term ran out and nobody has renewed it or confirmed the end. */
  readonly state: 'ending' | 'ended';
  /** Days from today to the last day of the term: 0 on the day, negative once it has passed. */
  readonly daysLeft: number;
};

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Memberships whose term needs the clerk's attention on `today` (a London date):
 * - ending: the last day falls within the next 60 days (today included);
 * - ended: the last day has passed but the record still stands as it was set before then: the term simply ran
 *   out, with nobody renewing it or confirming that the member has left. Saving the membership on or after its
 *   last day (ending it through Minute Book, or "Confirm they have left") confirms it.
 * A term followed by a later membership of the same person on the same board has been renewed: no reminder.
 * Soonest (or longest overdue) first.
 */
export function termReminders(memberships: readonly Membership[], today: string, windowDays = TERM_REMINDER_DAYS): TermReminder[] {
  const horizon = addDays(today, windowDays);
  const reminders: TermReminder[] = [];
  for (const m of memberships) {
    if (m.termEnd === undefined) continue;
    const renewed = memberships.some(
      (other) => other.id !== m.id && other.boardId === m.boardId && other.personId === m.personId && other.termStart > m.termStart,
    );
    if (renewed) continue;
    let state: TermReminder['state'] | null = null;
    if (m.termEnd >= today && m.termEnd <= horizon) state = 'ending';
    else if (m.termEnd < today && londonDate(m.updatedAt) < m.termEnd) state = 'ended';
    if (state === null) continue;
    reminders.push({
      membershipId: m.id,
      boardId: m.boardId,
      personId: m.personId,
      termEnd: m.termEnd,
      state,
      daysLeft: dayNumber(m.termEnd) - dayNumber(today),
    });
  }
  return reminders.sort((a, b) => a.termEnd.localeCompare(b.termEnd) || a.membershipId.localeCompare(b.membershipId));
}

/** "Term ends today", "Term ends in 12 days (on 3 March 2025)", "Term ended on 3 March 2025 and has not been renewed". */
export function termReminderWords({ state, daysLeft, termEnd }: Pick<TermReminder, 'state' | 'daysLeft' | 'termEnd'>): string {
  if (state === 'ended') return `Term ended on ${formatShortDate(termEnd)} and has not been renewed`;
  if (daysLeft === 0) return 'Term ends today';
  if (daysLeft === 1) return `Term ends tomorrow (${formatShortDate(termEnd)})`;
  return `Term ends in ${daysLeft} days (on ${formatShortDate(termEnd)})`;
}
