import type { DraftAction } from '../../model/past-minutes';
import { dueOf, ownerOf, statusOf } from './action-fields';
import { actionFromWords } from './actions';
import { oneLine, type Unit } from './unit';

/*
 * Tables that carry actions: an action log ("Ref | Action | Owner | Due | Status"), and minutes written as a table
 * with an ACTION column ("Item | Discussion | Action"). The header row names the columns; rows below are read by
 * those names.
 */

export type TableColumns = {
  readonly ref?: number;
  readonly action?: number;
  readonly owner?: number;
  readonly due?: number;
  readonly status?: number;
  readonly item?: number;
  readonly discussion?: number;
};

const COLUMN_WORDS: readonly [RegExp, keyof TableColumns][] = [
  [/^(?:ref(?:erence)?\.?(?:\s*no\.?)?|action\s*(?:no|ref)\.?|id|#)$/i, 'ref'],
  [/^(?:actions?(?:\s+(?:required|agreed|points?|arising))?|what)$/i, 'action'],
  [/^(?:owners?|lead|leads|who|by\s+whom|responsible(?:\s+officer)?|action\s*(?:by|owner)|assigned\s+to)$/i, 'owner'],
  [/^(?:due(?:\s+date)?|deadline|by\s+when|when|target(?:\s+date)?|date\s+due|timescales?|completion\s+date)$/i, 'due'],
  [/^(?:status|progress|rag(?:\s+status)?|update|current\s+status)$/i, 'status'],
  [/^(?:item|agenda\s+item|item\s+no\.?|minute(?:\s+no\.?)?|no\.?)$/i, 'item'],
  [
    /^(?:discussion|notes|minutes?|summary|key\s+points|discussion\s+and\s+decisions?|decisions?|discussion\s*\/\s*decisions?|points\s+raised)$/i,
    'discussion',
  ],
];

/** The columns a header row names, if it is a header row of a table that carries actions or items. */
export function tableColumns(cells: readonly string[]): TableColumns | undefined {
  const found: { -readonly [K in keyof TableColumns]?: number } = {};
  cells.forEach((c, i) => {
    const hit = COLUMN_WORDS.find(([re]) => re.test(oneLine(c).replace(/[:*]/g, '').trim()));
    if (hit && found[hit[1]] === undefined) found[hit[1]] = i;
  });
  const isLog =
    found.action !== undefined && (found.owner !== undefined || found.due !== undefined || found.status !== undefined || found.ref !== undefined);
  const isMinutes = found.discussion !== undefined && (found.item !== undefined || found.action !== undefined);
  return isLog || isMinutes ? found : undefined;
}

const cell = (row: Unit, at: number | undefined): string => (at === undefined ? '' : oneLine(row.cells?.[at]?.text ?? ''));
const cellLines = (row: Unit, at: number | undefined): string[] =>
  at === undefined
    ? []
    : (row.cells?.[at]?.text ?? '')
        .split(/\n/)
        .map((l) => oneLine(l).replace(/^[•▪\-*]\s*/, ''))
        .filter((l) => l !== '' && !/^(?:n\/?a|none|-|–)$/i.test(l));

/** The actions one row gives under the columns its table's header named. */
export function actionsFromRow(row: Unit, columns: TableColumns): DraftAction[] {
  const ownerText = cell(row, columns.owner);
  const dueText = cell(row, columns.due);
  const statusText = cell(row, columns.status);
  const ref = cell(row, columns.ref);
  // An action column may hold several actions a line each, or (in minutes tables) only the owner's initials.
  const words = cellLines(row, columns.action);
  if (words.length === 0) return [];
  const discussion = cell(row, columns.discussion);
  return words.map((w) => {
    const ownerOnly = /^(?:[A-Z]{2,4}|(?:[A-Z]\.){2,4}|TBC)(?:\s*(?:\/|,|&)\s*[A-Z]{2,4})*$/.test(w);
    const base = ownerOnly ? actionFromWords(lastSentence(discussion) || w, row.lines, w) : actionFromWords(w, row.lines, ownerText || undefined);
    const owner = ownerText ? ownerOf(ownerText) : base.owner;
    const due = dueText ? dueOf(dueText) : base.due;
    const status = statusOf(statusText);
    const unsure =
      statusText !== '' && status === undefined ? `The status "${statusText.slice(0, 200)}" is not one Minute Book knows: choose one` : base.unsure;
    const { unsure: _dropped, owner: _owner, due: _due, ...rest } = base;
    return {
      ...rest,
      ...(owner ? { owner } : {}),
      ...(due ? { due } : {}),
      ...(ref ? { reference: ref.slice(0, 40) } : {}),
      ...(status ? { status } : {}),
      ...(unsure ? { unsure } : {}),
    };
  });
}

const lastSentence = (text: string): string => (text.split(/(?<=[.!?])\s+(?=[A-Z])/).at(-1) ?? '').trim();
