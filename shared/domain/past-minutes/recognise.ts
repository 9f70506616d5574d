import type { ExemptCategory } from '../../model/agenda-item';
import type { DraftDeclaration, DraftItem, DraftPerson, PastMinutesDraft, SourceDocument } from '../../model/past-minutes';
import { apologiesInItem, isApologiesTitle } from './apologies-item';
import { tableColumns } from './action-tables';
import { approvalIn } from './approval';
import { attendanceIn } from './attendance-sections';
import { attendanceFromTable, isAttendanceTable } from './attendance-table';
import { boardName } from './board-name';
import { meetingTimes } from './dates-times';
import { declarationsIn, isDeclarationsTitle } from './declarations';
import { exclusionIn, exemptParagraphsIn, readmitted } from './exclusion';
import { buildItem } from './item-body';
import { segmentItems, type RawItem } from './items';
import { unfoldLayoutTables } from './layout-tables';
import { minutesProblemOf } from './minutes-problem';
import { startsStructure } from './structure';
import type { Unit } from './unit';
import { unitsOf } from './units';
import { venueIn } from './venue';

/*
 * The recogniser of past minutes: a `SourceDocument` (a Word or PDF file as lines and blocks) in, a
 * `PastMinutesDraft` out, for the clerk to correct on the review screen. Each rule is a file of its own; this one
 * only runs them in order and puts their findings together. Nothing here reads files or the clock.
 */

/** In plain English, why the document is not minutes (a report, slides, an agenda); nothing when it is minutes. */
export function minutesProblem(doc: SourceDocument): string | undefined {
  return minutesProblemOf(unfoldLayoutTables(unitsOf(doc, startsStructure)));
}

/** "Cllr Amina Okafor (Co-chair)": the name under the signature line, with the chair's role after it. */
const SIGNER_LINE = /^([^.:()]{2,120}?)\s*\((?:co-|vice-|deputy\s+)?chair(?:man|woman|person)?\)$/i;
/** "Summary of actions": the table of the meeting's actions after the last item, not part of its minute. */
const ACTION_SUMMARY = /^(?:summary\s+of\s+actions|action\s+summary|summary\s+of\s+actions\s+agreed)$/i;

const SIGN_OFF =
  /^(?:signed|signature|chair(?:man|woman|person)?|date(?:d)?)\b\s*(?::|\.{2,}|…|_{2,}|-|–|$)|^(?:confirmed\s+as\s+a\s+(?:correct|true)\s+record)|^(?:the\s+)?meeting\s+(?:closed|ended|finished|concluded)\b/i;

/** The last item without the sign-off lines at the foot of the document (read by the approval rule instead). */
function withoutSignOff(items: readonly RawItem[]): RawItem[] {
  const last = items.at(-1);
  if (!last) return [...items];
  const body = [...last.body];
  const signOff = (text: string): boolean => SIGN_OFF.test(text) || SIGNER_LINE.test(text);
  while (body.length > 0 && signOff(body.at(-1)?.text ?? '')) body.pop();
  const summary = body.findIndex((u) => u.kind !== 'row' && ACTION_SUMMARY.test(u.text.trim()));
  if (summary !== -1) body.splice(summary, 1);
  return [...items.slice(0, -1), { ...last, body }];
}

/** An action log printed above the first item becomes an item of its own, for the clerk to place. */
function headerActionLogs(header: readonly Unit[]): RawItem[] {
  return headerTables(header)
    .filter((rows) => tableColumns((rows[0]?.cells ?? []).map((c) => c.text))?.action !== undefined)
    .map((rows) => ({ heading: { title: 'Action log' }, headingUnits: [], description: [], body: rows }));
}

/** Rows of the header, a table at a time. */
function headerTables(header: readonly Unit[]): Unit[][] {
  const tables = new Map<number, Unit[]>();
  for (const u of header) if (u.kind === 'row') tables.set(u.table ?? -1, [...(tables.get(u.table ?? -1) ?? []), u]);
  return [...tables.values()];
}

function attendanceOf(header: readonly Unit[], items: readonly RawItem[]): DraftPerson[] {
  const people = [...attendanceIn(header).people];
  for (const rows of headerTables(header)) if (isAttendanceTable(rows)) people.push(...attendanceFromTable(rows));
  for (const item of items) if (isApologiesTitle(item.heading.title)) people.push(...apologiesInItem(item.body));
  // A person listed twice (in a table and a sentence, say) is kept once, with the first status found.
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = `${p.name.toLowerCase()}|${p.status}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function declarationsOf(header: readonly Unit[], items: readonly RawItem[]): DraftDeclaration[] {
  const found: DraftDeclaration[] = [];
  for (const u of header) {
    const m = /^declarations?\s+of\s+(?:\w+\s+)?interests?\s*(?::|-|–)\s*(.+)$/i.exec(u.text);
    if (m?.[1]) found.push(...declarationsIn(m[1], u.lines));
  }
  for (const item of items) {
    if (!isDeclarationsTitle(item.heading.title)) continue;
    for (const u of item.body) if (u.kind !== 'row') found.push(...declarationsIn(u.text, u.lines));
  }
  return found;
}

/** Puts the Schedule 12A paragraphs onto the items taken in private. */
function withExemptions(drafts: readonly DraftItem[], raws: readonly RawItem[], header: readonly Unit[]): DraftItem[] {
  let pending: ExemptCategory[] | undefined;
  for (const u of header) {
    const ex = exclusionIn(u.text);
    if (ex && !ex.lost) pending = ex.paragraphs;
  }
  return drafts.map((item, k) => {
    let exempt = pending;
    const raw = raws[k];
    if (/\bexempt\b|\bpart\s*(?:ii|2|b)\b|\bconfidential\b|\bin\s+private\b/i.test(item.title)) {
      const own = exemptParagraphsIn(item.title);
      if (own.length > 0) exempt = own;
    }
    for (const u of [...(raw?.description ?? []), ...(raw?.body ?? [])]) {
      const ex = exclusionIn(u.text);
      if (ex && !ex.lost) {
        if (ex.thisItem) exempt = ex.paragraphs;
        pending = ex.paragraphs;
      }
      if (readmitted(u.text)) pending = undefined;
    }
    return exempt && exempt.length > 0 ? { ...item, exemptParagraphs: exempt } : item;
  });
}

/** Recognises a document's minutes: the board, date, times, venue, attendance, declarations, items and approval. */
export function recognisePastMinutes(doc: SourceDocument): PastMinutesDraft {
  const units = unfoldLayoutTables(unitsOf(doc, startsStructure));
  const notes: string[] = [];
  const problem = minutesProblemOf(units);
  if (problem) notes.push(problem);
  const segments = segmentItems(units);
  const raws = [...headerActionLogs(segments.header), ...withoutSignOff(segments.items)];
  const opening = segments.header.length > 0 ? segments.header : units.slice(0, 6);
  const board = boardName(opening.slice(0, 12));
  const times = meetingTimes(opening, units);
  const venue = venueOf(opening);
  const attendance = attendanceOf(segments.header, raws);
  const declarations = declarationsOf(segments.header, raws);
  const items = withExemptions(raws.map(buildItem), raws, segments.header);
  const approval = approvalIn(units);

  if (!board) notes.push('No board name was found at the top of the document.');
  if (!times.date) notes.push('No meeting date was found.');
  if (attendance.length === 0) notes.push('No attendance list was found.');
  if (items.length === 0) notes.push('No items were found.');
  if (items.length > 300) notes.push(`Only the first 300 of ${items.length} items are drafted: bring the rest in from a shorter file.`);
  const unsure =
    attendance.filter((p) => p.unsure).length +
    items.reduce((n, i) => n + (i.unsure ? 1 : 0) + i.decisions.filter((d) => d.unsure).length + i.actions.filter((a) => a.unsure).length, 0);
  if (unsure > 0) notes.push(`${unsure} ${unsure === 1 ? 'piece needs' : 'pieces need'} checking: each is marked unsure.`);

  return {
    ...(board ? { boardName: { value: board.name, lines: board.unit.lines, ...(board.unsure ? { unsure: board.unsure } : {}) } } : {}),
    ...times,
    ...(venue ? { venue } : {}),
    attendance: attendance.slice(0, 500),
    declarations: declarations.slice(0, 200),
    items: items.slice(0, 300),
    ...(approval ? { approval } : {}),
    notes: notes.slice(0, 100),
  };
}

function venueOf(opening: readonly Unit[]): PastMinutesDraft['venue'] {
  const found = venueIn(opening);
  return found ? { value: found.value, lines: found.unit.lines, ...(found.unsure ? { unsure: found.unsure } : {}) } : undefined;
}
