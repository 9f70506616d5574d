import { monthWords } from '../../../../shared/domain/compose/action-words';
import type { Action, ActionDue, ActionOwner } from '../../../../shared/model/action';

/** What the action form holds while the clerk types: every choice as text, as the inputs give it. */
export type ActionDraft = {
  readonly text: string;
  readonly ownerKind: ActionOwner['kind'];
  readonly personId: string;
  readonly initials: string;
  readonly organisation: string;
  readonly dueKind: ActionDue['kind'] | 'none';
  readonly dueDate: string;
  readonly dueMonth: string;
  readonly dueWords: string;
  readonly otherItemIds: readonly string[];
  /** The council's own references, separated by commas or semicolons. */
  readonly references: string;
};

/** What the form saves. */
export type ActionFields = {
  readonly text: string;
  readonly owner: ActionOwner;
  readonly due?: ActionDue;
  readonly otherItemIds?: string[];
  readonly references?: string[];
  readonly resolutionId?: string;
};

export function draftOf(action: Action | null): ActionDraft {
  const owner = action?.owner;
  const due = action?.due;
  return {
    text: action?.text ?? '',
    ownerKind: owner?.kind ?? 'person',
    personId: owner?.kind === 'person' ? owner.personId : '',
    initials: owner?.kind === 'initials' ? owner.initials : '',
    organisation: owner?.kind === 'organisation' ? owner.name : '',
    dueKind: due?.kind ?? 'none',
    dueDate: due?.kind === 'date' ? due.date : '',
    dueMonth: due?.kind === 'month' ? monthWords(due.month) : '',
    dueWords: due?.kind === 'words' ? due.words : '',
    otherItemIds: action?.otherItemIds ?? [],
    references: (action?.references ?? []).join(', '),
  };
}

export type DraftProblem = {
  readonly field: 'text' | 'person' | 'initials' | 'organisation' | 'dueDate' | 'dueMonth' | 'dueWords';
  readonly message: string;
};

/** What the clerk has yet to give, in the order the fields come. */
export function draftProblems(d: ActionDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (d.text.trim() === '') problems.push({ field: 'text', message: 'Say what is to be done.' });
  if (d.ownerKind === 'person' && d.personId === '') problems.push({ field: 'person', message: 'Choose who will do it.' });
  if (d.ownerKind === 'initials' && d.initials.trim() === '') problems.push({ field: 'initials', message: 'Give the owner’s initials, such as JB.' });
  if (d.ownerKind === 'organisation' && d.organisation.trim() === '') {
    problems.push({ field: 'organisation', message: 'Name the organisation that will do it.' });
  }
  if (d.dueKind === 'date' && d.dueDate === '') problems.push({ field: 'dueDate', message: 'Give the day it is due.' });
  if (d.dueKind === 'month' && monthOf(d.dueMonth) === undefined)
    problems.push({ field: 'dueMonth', message: 'Give the month it is due, such as March 2027.' });
  if (d.dueKind === 'words' && d.dueWords.trim() === '')
    problems.push({ field: 'dueWords', message: 'Say when it is due, such as “before the budget is set”.' });
  return problems;
}

function ownerOf(d: ActionDraft): ActionOwner {
  switch (d.ownerKind) {
    case 'person':
      return { kind: 'person', personId: d.personId };
    case 'initials':
      return { kind: 'initials', initials: d.initials.trim() };
    case 'organisation':
      return { kind: 'organisation', name: d.organisation.trim() };
    case 'tbc':
      return { kind: 'tbc' };
  }
}

function dueOf(d: ActionDraft): ActionDue | undefined {
  switch (d.dueKind) {
    case 'none':
      return undefined;
    case 'date':
      return { kind: 'date', date: d.dueDate };
    case 'month':
      return { kind: 'month', month: monthOf(d.dueMonth) ?? d.dueMonth };
    case 'next-meeting':
      return { kind: 'next-meeting' };
    case 'words':
      return { kind: 'words', words: d.dueWords.trim() };
  }
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month as typed, "March 2027", "Mar 2027" or "2027-03", as `YYYY-MM`; undefined when it is not one. */
export function monthOf(typed: string): string | undefined {
  const text = typed.trim().toLowerCase();
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return text;
  const named = /^([a-z]+)\.?\s+(\d{4})$/.exec(text);
  if (named === null) return undefined;
  const index = MONTHS.findIndex((m) => (named[1] ?? '').length >= 3 && m.startsWith(named[1] ?? ''));
  return index === -1 ? undefined : `${named[2] ?? ''}-${String(index + 1).padStart(2, '0')}`;
}

/** The council's references as typed: "A23/04, R7" → ["A23/04", "R7"]. */
export const referencesOf = (typed: string): string[] =>
  typed
    .split(/[,;]/)
    .map((r) => r.trim())
    .filter((r) => r !== '');

/** The fields to save: optional ones only when given. */
export function fieldsOf(d: ActionDraft): Omit<ActionFields, 'resolutionId'> {
  const due = dueOf(d);
  const references = referencesOf(d.references);
  return {
    text: d.text.trim(),
    owner: ownerOf(d),
    ...(due === undefined ? {} : { due }),
    ...(d.otherItemIds.length === 0 ? {} : { otherItemIds: [...d.otherItemIds] }),
    ...(references.length === 0 ? {} : { references }),
  };
}
