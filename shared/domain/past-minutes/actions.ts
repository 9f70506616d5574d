import type { DraftAction, SourceLines } from '../../model/past-minutes';
import { dueInText, ownerOf } from './action-fields';

/*
 * Actions written into the minutes' text: "ACTION: JB" after the paragraph it belongs to (or at its end), "Action:
 * Director of Public Health to write to partners by 31 March 2015", "ACTION: Circulate the slides – JB".
 */

const OPENING = /^(?:ACTIONS?|Actions?(?:\s+(?:by|point|for|owner))?)\s*(?::|–|—|-)\s*(.+)$/;
const TRAILING = /\s+(?:ACTIONS?|Action(?:\s+by)?)\s*(?::|–|—|-)\s*([^.]{1,120})\.?$/;
const OWNER_FIRST =
  /^((?:[A-Z]{2,4}|(?:[A-Z]\.){2,4})(?:\s*(?:\/|,|&|and)\s*(?:[A-Z]{2,4}|(?:[A-Z]\.){2,4}))*|(?:The\s+)?(?:[A-Z][\w’'-]*)(?:\s+(?:of|for|and|[A-Z][\w’'-]*)){0,6})\s+to\s+(.+)$/;
const OWNER_AFTER = /\s*(?:[–—-]\s*|\(|\[)((?:[A-Z]{2,4}|(?:[A-Z]\.){2,4})(?:\s*(?:\/|,|&|and)\s*(?:[A-Z]{2,4}|(?:[A-Z]\.){2,4}))*|TBC)[)\]]?\.?$/;

/** Whether the words after "ACTION:" are just who is to do it ("JB", "Director of Public Health", "TBC"). */
function isOwnerOnly(body: string): boolean {
  const b = body.trim().replace(/\.$/, '');
  if (/^(?:[A-Z]{2,4}|(?:[A-Z]\.){2,4}|TBC)(?:\s*(?:\/|,|&|and)\s*(?:[A-Z]{2,4}|(?:[A-Z]\.){2,4}))*$/.test(b)) return true;
  const words = b.split(/\s+/);
  return words.length <= 7 && words.every((w) => /^(?:[A-Z][\w’'.-]*|of|for|and|the|&)$/.test(w));
}

/** An action from its words alone: the owner taken from "JB to ..." or "... – JB", the due date from the words. */
export function actionFromWords(words: string, lines: SourceLines, ownerText?: string): DraftAction {
  let text = words.trim();
  let owner = ownerText?.trim();
  if (!owner) {
    const after = OWNER_AFTER.exec(text);
    const first = after ? null : OWNER_FIRST.exec(text);
    if (after?.[1]) {
      owner = after[1];
      text = text.slice(0, after.index).trim();
    } else if (first?.[1] && first[1].split(/\s+/).length <= 7) owner = first[1];
  }
  const due = dueInText(text);
  const known = owner ? ownerOf(owner) : undefined;
  const several = owner !== undefined && /[/,&]|\band\b/.test(owner);
  return {
    text: text.slice(0, 2000) || (owner ?? 'Action'),
    ...(owner ? { ownerText: owner.slice(0, 200) } : {}),
    ...(known ? { owner: known } : {}),
    ...(due ? { due } : {}),
    lines,
    ...(owner === undefined
      ? { unsure: 'No owner is named for this action' }
      : several
        ? { unsure: 'Several owners: choose one, or split the action' }
        : {}),
  };
}

export type InlineActions = { readonly actions: DraftAction[]; readonly text: string; readonly standalone: boolean };

/**
 * The actions one unit gives, and its text without the action marker. `before` is the text of the paragraph
 * above, which an "ACTION: JB" standing alone belongs to.
 */
export function actionsInUnit(text: string, lines: SourceLines, before?: { readonly text: string; readonly lines: SourceLines }): InlineActions {
  const opening = OPENING.exec(text);
  if (opening?.[1]) {
    const body = opening[1].trim();
    // "Action by: Chair / KL – by 31 March 2015": who, then when; the what is the paragraph above.
    const ownerThenDue = /^(.+?)\s+[–—-]\s+((?:by|before|due)\b.+)$/i.exec(body);
    if (ownerThenDue?.[1] && ownerThenDue[2] && isOwnerOnly(ownerThenDue[1].replace(/\s*\/\s*/g, ' and ')) && before) {
      const span = { from: before.lines.from, to: lines.to };
      const action = actionFromWords(`${lastSentences(before.text)} ${ownerThenDue[2]}`, span, ownerThenDue[1]);
      return { actions: [action], text: '', standalone: true };
    }
    if (isOwnerOnly(body) && before) {
      const span = { from: before.lines.from, to: lines.to };
      return { actions: [actionFromWords(lastSentences(before.text), span, body)], text: '', standalone: true };
    }
    return { actions: [actionFromWords(body, lines)], text: '', standalone: true };
  }
  const trailing = TRAILING.exec(text);
  if (trailing?.[1]) {
    const rest = text.slice(0, trailing.index).trim();
    const body = trailing[1].trim();
    const action = isOwnerOnly(body) ? actionFromWords(lastSentences(rest), lines, body) : actionFromWords(body, lines);
    return { actions: [action], text: rest, standalone: false };
  }
  return { actions: [], text, standalone: false };
}

/** The last sentence of a paragraph (an action usually follows the sentence that says what is to be done). */
function lastSentences(text: string): string {
  const sentences = text.split(/(?<=[.!?;])\s+(?=[A-Z(])/);
  return (sentences.at(-1) ?? text).replace(/^\((?:\d{1,2}|[ivx]{1,4}|[a-z])\)\s+/, '').trim();
}

// "Clerk to report by 13 November 2023.", "JB to circulate the slides.": a sentence that gives a task to a role,
// initials or a councillor, the way parish and partnership minutes record actions without an ACTION label.
const OWNER_TO =
  /(?:^|(?<=[.;:]\s))((?:The\s+)?(?:Clerk|Chair(?:man)?|Vice-Chair(?:man)?|RFO|Treasurer|Secretary|Co-?chairs?|[A-Z]{2,4}(?:\s*(?:\/|and|&)\s*[A-Z]{2,4})?|(?:Cllr|Councillor)\s+[A-Z][\w’'-]+))\s+to\s+([a-z][^.;]{3,200})[.;]?/g;

/** Actions given as "Owner to do something" sentences in a unit's text. */
export function ownerToActions(text: string, lines: SourceLines): DraftAction[] {
  return [...text.matchAll(OWNER_TO)].map((m) => actionFromWords(`${m[1] ?? ''} to ${m[2] ?? ''}`, lines, m[1]));
}
