import type { ActionDue, ActionOwner, ActionStatus } from '../../model/action';
import { findDate, findMonth } from './dates-times';
import { isOrganisation } from './names';

/*
 * An action's owner, due date and status as action logs write them, mapped onto Minute Book's own kinds where the
 * words allow: owners by initials ("JB", "J.B.") or "TBC" or an organisation; dues as a day ("by 31 March 2015"),
 * a month ("March 2015"), the next meeting, or words ("end of June"); statuses open, in progress, done, cancelled.
 */

const INITIALS = /^(?:[A-Z]{2,4}|(?:[A-Z]\.){2,4})$/;

/** The owner's kind, where the words give one; a person named in full is left for the clerk to link. */
export function ownerOf(text: string): ActionOwner | undefined {
  const t = text.trim().replace(/[.;,]$/, '');
  if (/^(?:tbc|tba|to be (?:confirmed|agreed|allocated))$/i.test(t)) return { kind: 'tbc' };
  if (INITIALS.test(text.trim())) return { kind: 'initials', initials: text.trim() };
  if (INITIALS.test(t)) return { kind: 'initials', initials: t };
  if (isOrganisation(t) && t.length <= 200) return { kind: 'organisation', name: t };
  return undefined;
}

/** When it is due, as the words say; nothing for a blank or "n/a". */
export function dueOf(text: string): ActionDue | undefined {
  const t = text.trim();
  if (t === '' || /^(?:n\/?a|-|–|none|ongoing)$/i.test(t)) return undefined;
  const date = findDate(t);
  if (date) return { kind: 'date', date: date.value };
  if (/\bnext\s+(?:board\s+|committee\s+)?meeting\b/i.test(t)) return { kind: 'next-meeting' };
  const month = findMonth(t);
  if (month && !/\bend\s+of\b|\bbefore\b|\bearly\b|\bmid\b|\blate\b/i.test(t)) return { kind: 'month', month };
  return { kind: 'words', words: t.slice(0, 200) };
}

/** The due date written into an action's own words: "by 31 March 2015", "by the next meeting", "by the end of June". */
export function dueInText(text: string): ActionDue | undefined {
  const m =
    /\b(?:by|before|no later than|in time for|for|at)\s+(?:the\s+)?((?:next\s+(?:board\s+|committee\s+)?meeting)|(?:end\s+of\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}|(?:end|start|beginning|middle)\s+of\s+\w+(?:\s+\d{4})?|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})/i.exec(
      text,
    );
  return m?.[1] ? dueOf(m[1]) : undefined;
}

/** The status, where the words are a status a log uses. */
export function statusOf(text: string): ActionStatus | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  if (/^(?:complete|completed|done|closed|achieved|finished|actioned|discharged|green\s*[-–]\s*complete)\b/.test(t)) return 'done';
  if (/^(?:cancelled|canceled|withdrawn|superseded|no longer (?:required|needed)|dropped)\b/.test(t)) return 'cancelled';
  if (/^(?:in progress|in hand|ongoing|on track|underway|under way|started|progressing|amber|partially)\b/.test(t)) return 'in-progress';
  if (/^(?:open|new|not started|outstanding|to do|red|overdue|pending)\b/.test(t)) return 'open';
  return undefined;
}
