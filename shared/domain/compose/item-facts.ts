import { exemptParagraphs, type ExemptCategory, type ExemptConfidentiality } from '../../model';
import type { ComposeItem, MemberEntry } from './meeting-data';
import { capitalise, type PeopleIndex } from './people';

/** The exempt item an item falls under: itself, or the exempt item it sits within. */
export function exemptSourceOf(item: ComposeItem, items: readonly ComposeItem[]): ExemptConfidentiality | undefined {
  let current: ComposeItem | undefined = item;
  while (current !== undefined) {
    if (current.confidentiality.access === 'exempt') return current.confidentiality;
    const parentId: string | null = current.parentId;
    current = parentId === null ? undefined : items.find((i) => i.id === parentId);
  }
  return undefined;
}

/** Every Schedule 12A paragraph an item falls under, its own or its exempt parent's. */
export function exemptParagraphsOf(item: ComposeItem, items: readonly ComposeItem[]): ExemptCategory[] {
  const source = exemptSourceOf(item, items);
  return source === undefined ? [] : exemptParagraphs(source);
}

/** Who presented, as recorded: the words given, else the person named (a role once the public view is taken). */
export function presenterWords(item: ComposeItem, people: PeopleIndex): string | undefined {
  if (item.presenter !== undefined && item.presenter !== '') return item.presenter;
  return item.presenterPersonId === undefined || people.get(item.presenterPersonId) === undefined ? undefined : people.name(item.presenterPersonId);
}

/**
 * "Councillor X in the chair." at each item where the chair changed hands, in printed order. An item without a chair
 * of its own was chaired by the meeting's chair (a sub-item, by its parent's); the meeting's chair taking the chair
 * at the start is not a change, and a return to the meeting's chair is printed by name when the chair is known.
 */
export function chairChanges(items: readonly ComposeItem[], members: readonly MemberEntry[], people: PeopleIndex): Map<string, string> {
  const lines = new Map<string, string>();
  const meetingChair = members.find((m) => m.role === 'chair')?.personId;
  const chairOf = new Map<string, string | undefined>();
  let previous = meetingChair;
  for (const item of items) {
    const chair = item.chairPersonId ?? (item.parentId === null ? meetingChair : chairOf.get(item.parentId));
    chairOf.set(item.id, chair);
    if (chair === previous) continue;
    previous = chair;
    if (chair !== undefined && people.get(chair) !== undefined) lines.set(item.id, `${capitalise(people.name(chair))} in the chair.`);
    else lines.set(item.id, 'The Chair resumed the chair.');
  }
  return lines;
}

/** "68. Apologies (agenda item 1)" or, unnumbered, just the title: the minute label, or the agenda number, and title. */
export function numberedTitle(label: string | undefined, agendaNumber: string, title: string, showAgendaNumber: boolean): string {
  const agendaNote = showAgendaNumber && label !== undefined && agendaNumber !== '' ? ` (agenda item ${agendaNumber})` : '';
  const printed = label ?? (agendaNumber === '' ? '' : `${agendaNumber}.`);
  return `${printed === '' ? '' : `${printed} `}${title}${agendaNote}`;
}
