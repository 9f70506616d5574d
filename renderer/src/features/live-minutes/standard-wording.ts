import type { NumberedItem } from '../../../../shared/api/views';
import type { Attendance, Declaration } from '../../../../shared/model/attendance';
import { listInWords } from './words';

/*
 * The words clerks write under the standard items, built from what is recorded, so the clerk adds them with one
 * key press and edits them if the meeting said otherwise. Names are public names: these go into the minutes.
 */

type Names = (personId: string) => string;

export function apologiesWording(attendance: readonly Attendance[], publicName: Names): string {
  const apologies = attendance.filter((a) => a.status === 'apologies').map((a) => publicName(a.personId));
  const substitutes = attendance
    .filter((a) => a.substituteForPersonId !== undefined && a.status === 'present')
    .map((a) => `${publicName(a.personId)} attended as substitute for ${publicName(a.substituteForPersonId ?? '')}.`);
  const lead =
    apologies.length === 0 ? 'There were no apologies for absence.' : `Apologies for absence were received from ${listInWords(apologies)}.`;
  return [lead, ...substitutes].join(' ');
}

const INTEREST_PHRASES: Readonly<Record<Declaration['type'], string>> = {
  'disclosable-pecuniary': 'a disclosable pecuniary interest',
  'other-registrable': 'an other registrable interest',
  'non-registrable': 'a non-registrable interest',
};

export function declarationsWording(declarations: readonly Declaration[], items: readonly NumberedItem[], publicName: Names): string {
  if (declarations.length === 0) return 'There were no declarations of interest.';
  const itemOf = new Map(items.map((i) => [i.id, i]));
  return declarations
    .map((d) => {
      const item = itemOf.get(d.itemId);
      const where = item === undefined ? '' : ` in item ${item.number}, ${item.title}`;
      const left = d.leftTheRoom ? ' They left the room for that item' : '';
      const vote = d.type === 'disclosable-pecuniary' ? `${left === '' ? ' They' : ' and'} took no part in the vote.` : left === '' ? '' : '.';
      return `${publicName(d.personId)} declared ${INTEREST_PHRASES[d.type]}${where}: ${d.nature.replace(/\.?\s*$/, '.')}${left}${vote}`;
    })
    .join('\n\n');
}
