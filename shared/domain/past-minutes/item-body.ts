import type { DraftAction, DraftItem } from '../../model/past-minutes';
import { actionsFromRow, tableColumns, type TableColumns } from './action-tables';
import { actionsInUnit, ownerToActions } from './actions';
import { DECISION_VERBS, decisionOpening } from './decision-opening';
import { leadingLabel } from './decision-parts';
import { gatherDecision } from './decisions';
import type { RawItem } from './items';
import { attachMotions, type PlacedDecision, type PlacedFacts } from './motions';
import { spanOf, type Unit } from './unit';
import { motionFacts } from './votes';

/*
 * One item's minute: its decisions (with the motions and votes that belong to them), its actions (written in the
 * text, or in a table with an action column) and the rest of its text in minute markup (paragraphs apart by a
 * blank line, "- " before a bulleted entry, the marker before a numbered one).
 */

// A unit that already gave an action by its label is not read again for "X to do" sentences.
const OWNER_TO_MARKED = /\bACTIONS?\s*[:\-–]|\bAction\s*:/;

const markup = (u: Unit): string => {
  if (u.kind === 'row') return (u.cells ?? []).map((c) => c.text.replace(/\s+/g, ' ').trim()).join(' | ');
  if (u.listMarker === undefined) return u.text;
  const indent = '  '.repeat(u.listLevel ?? 0);
  return u.listMarker === '•' || /^[•▪\-*–·o]$/.test(u.listMarker) ? `${indent}- ${u.text}` : `${indent}${u.listMarker} ${u.text}`;
};

function joinText(pieces: readonly { text: string; list: boolean }[]): string {
  let out = '';
  pieces.forEach((p, i) => {
    if (i > 0) out += p.list && pieces[i - 1]?.list ? '\n' : '\n\n';
    out += p.text;
  });
  return out;
}

/** The item's own text: how a unit that is not a decision or action reads in minute markup. */
export function textOf(units: readonly Unit[]): string {
  return joinText(units.map((u) => ({ text: markup(u), list: u.listMarker !== undefined })));
}

// A decision that starts after a full stop inside a paragraph ("... overdevelopment. RESOLVED that ...").
// A decision, or an action label, that starts inside a paragraph: after a full stop ("... overdevelopment.
// RESOLVED that ...", "... the report. Action: Clerk to ..."), or after "and" ("Cllr A proposed, Cllr B seconded
// and it was RESOLVED that ...").
const DECISION_INSIDE = new RegExp(
  String.raw`(?<=[.:;])\s+(?=(?:It\s+was\s+(?:unanimously\s+)?)?(?:${DECISION_VERBS.join('|')})\b|ACTIONS?\s*[:\-–]|Action(?:\s+by)?\s*:)|(?<=\s(?:and|,))\s*(?=it\s+was\s+(?:unanimously\s+)?(?:${DECISION_VERBS.join('|')})\b)`,
);

/** "a) RESOLVED that ...", as a PDF prints Word's numbering: the label is the entry's marker, not its words. */
function labelAsMarker(u: Unit): Unit {
  if (u.kind !== 'paragraph' || u.listMarker !== undefined) return u;
  const label = leadingLabel(u.text);
  if (!label || !decisionOpening(label.text)) return u;
  return { ...u, text: label.text, listMarker: u.text.slice(0, u.text.indexOf(label.text)).trim(), listLevel: 0 };
}

/** Paragraphs cut where a decision starts inside them, so the decision and the words before it are read apart. */
export function splitAtDecisions(units: readonly Unit[]): Unit[] {
  return units.map(labelAsMarker).flatMap((u) => {
    if (u.kind !== 'paragraph') return [u];
    const pieces = u.text.split(DECISION_INSIDE).filter((p) => p.trim() !== '');
    if (pieces.length <= 1) return [u];
    return pieces.map((piece, i) => {
      const text = i === 0 ? piece.trim() : piece.trim().replace(/^it\b/, 'It');
      return i === 0 ? { ...u, text } : { kind: 'paragraph' as const, text, lines: u.lines, ...(u.bold ? { bold: true } : {}) };
    });
  });
}

/** A line that is a table's header run together ("Ref Action Owner Due Status"): the table came as text (a PDF). */
const lostTable = (units: readonly Unit[]): boolean =>
  units.some((u) => u.kind === 'paragraph' && u.text.split(' ').length <= 8 && tableColumns(u.text.split(' '))?.action !== undefined);

const PRESENTED = /^(?:presented|introduced)\s+by\s+(.{2,200}?)\.?$/i;
const REFERENCE = /^reference\s*:\s*(\S{1,120})$/i;

/** A drafted item from its raw pieces: decisions, motions, actions and text. */
export function buildItem(raw: RawItem): DraftItem {
  const units = splitAtDecisions(raw.body);
  const marked = new Set<number>();
  const placed: PlacedDecision[] = [];
  const facts: PlacedFacts[] = [];
  const actions: DraftAction[] = [];
  const text: { text: string; list: boolean }[] = [];
  let columns: { table: number; columns: TableColumns } | undefined;

  if (raw.row) {
    const rowActions = actionsFromRow(raw.row.unit, raw.row.columns);
    actions.push(...rowActions);
    if (raw.row.discussion !== '') text.push({ text: raw.row.discussion, list: false });
    // A discussion cell is prose: each sentence that opens a decision is one.
    for (const sentence of raw.row.discussion.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const decision = decisionOpening(sentence);
      if (!decision) continue;
      const u: Unit = { kind: 'paragraph', text: sentence, lines: raw.row.unit.lines };
      placed.push({ start: -1, end: -1, decision: gatherDecision([u], 0, decision).decision });
    }
  }

  let presenter: string | undefined;
  for (let i = 0; i < units.length; i += 1) {
    const u = units[i];
    if (!u) continue;
    if (u.kind === 'row') {
      const header = tableColumns((u.cells ?? []).map((c) => c.text));
      if (header && columns?.table !== u.table) {
        columns = { table: u.table ?? -1, columns: header };
        continue;
      }
      const known = columns && columns.table === u.table ? columns.columns : undefined;
      if (known?.action !== undefined) {
        actions.push(...actionsFromRow(u, known));
        continue;
      }
      const motion = motionFacts(u.text, u.lines);
      if (motion) facts.push({ at: i, facts: motion });
      text.push({ text: markup(u), list: true });
      continue;
    }
    // "Presented by Sue Wilson." before the minute's words names the presenter; it is not part of the minute.
    const presented = text.length > 0 || placed.length > 0 ? null : PRESENTED.exec(u.text);
    if (presented) {
      presenter = presented[1]?.trim().slice(0, 200);
      continue;
    }
    // "Reference: HWB/2015/4-1" straight under a decision is that decision's reference.
    const reference = REFERENCE.exec(u.text);
    const under = placed.at(-1);
    if (reference && under !== undefined && under.end === i - 1) {
      placed[placed.length - 1] = { ...under, decision: { ...under.decision, reference: reference[1] ?? '' } };
      continue;
    }
    const opening = decisionOpening(u.text);
    if (opening) {
      const { decision, end } = gatherDecision(units, i, opening);
      placed.push({ start: i, end, decision });
      const own = motionFacts(u.text, u.lines);
      if (own) facts.push({ at: i, facts: own });
      i = end;
      continue;
    }
    const prev = units[i - 1];
    // "ACTION: JB" under a decision belongs to the decision's words, not to "RESOLVED" itself.
    const above = prev && prev.kind !== 'row' ? { text: decisionOpening(prev.text)?.rest ?? prev.text, lines: prev.lines } : undefined;
    const inline = actionsInUnit(u.text, u.lines, above);
    if (inline.actions.length > 0) {
      marked.add(i);
      if (inline.standalone && prev) marked.add(i - 1);
      actions.push(...inline.actions);
      if (!inline.standalone && inline.text !== '') text.push({ text: inline.text, list: u.listMarker !== undefined });
      continue;
    }
    const motion = motionFacts(u.text, u.lines);
    if (motion) facts.push({ at: i, facts: motion });
    text.push({ text: markup(u), list: u.listMarker !== undefined });
  }

  units.forEach((u, i) => {
    if (u.kind !== 'row' && !marked.has(i) && !OWNER_TO_MARKED.test(u.text)) actions.push(...ownerToActions(u.text, u.lines));
  });
  const decisions = attachMotions(placed, facts, (at) => units[at]?.text ?? '');
  const first = raw.headingUnits[0] ?? raw.description[0] ?? units[0];
  const last = units.at(-1) ?? raw.headingUnits.at(-1) ?? first;
  const lines = first && last ? spanOf(first.lines, last.lines) : { from: 1, to: 1 };
  const title = raw.heading.title.trim().slice(0, 300);
  const description = textOf(raw.description).trim();
  return {
    ...(raw.heading.number ? { number: raw.heading.number.slice(0, 20) } : {}),
    ...(raw.heading.minuteNumber ? { minuteNumber: raw.heading.minuteNumber.slice(0, 40) } : {}),
    title: title || 'Untitled item',
    ...(presenter ? { presenter } : {}),
    ...(description !== '' ? { description: description.slice(0, 10_000) } : {}),
    text: joinText(text).slice(0, 200_000),
    decisions: decisions.slice(0, 50),
    actions: actions.slice(0, 200),
    lines,
    ...(title === '' || title === 'Untitled item'
      ? { unsure: 'The item has no title: give it one' }
      : lostTable(units)
        ? { unsure: 'An action log here was read as lines of text, not as a table: check its actions' }
        : {}),
  };
}
