import type { DraftPerson } from '../../model/past-minutes';
import { peopleIn } from './attendance-lines';
import { attendanceLabel } from './attendance-sections';
import { isNameLike } from './names';
import type { Unit } from './unit';

/*
 * Attendance written into an item rather than a list at the top: "1. Apologies for absence – Apologies were
 * received from Councillors A and B", "Councillor C sent apologies", "Councillor D attended as substitute for
 * Councillor A", "There were no apologies".
 */

export const isApologiesTitle = (title: string): boolean => /\bapologies\b|\bsubstitut(?:es|ions)\b|\battendance\b/i.test(title);

const RECEIVED =
  /\bapologies\s+(?:for\s+(?:absence|lateness)\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:received|submitted|given|tendered|noted|reported|made)(?:\s+and\s+(?:accepted|approved|noted))?\s+(?:from|on\s+behalf\s+of|by)\s+(.+?)\.?$/i;
const SENT = /^(.+?)\s+(?:sent|gave|submitted|tendered|offered)\s+(?:(?:their|his|her)\s+)?apologies\b/i;
const SUBSTITUTE = /^(.+?)\s+(?:attended|was\s+present|substituted|attending)\s+(?:as\s+(?:a\s+|the\s+)?)?(?:substitute\s+)?for\s+(.+?)\.?$/i;

/** The people an apologies (or substitutes) item names, each with the status the words give. */
export function apologiesInItem(units: readonly Unit[]): DraftPerson[] {
  const people: DraftPerson[] = [];
  for (const u of units) {
    if (u.kind === 'row') continue;
    for (const sentence of u.text.split(/(?<=[.])\s+(?=[A-Z])/)) {
      if (/^(?:there\s+were\s+no|no\s+apologies|none)\b/i.test(sentence)) continue;
      const received = RECEIVED.exec(sentence);
      const sent = received ? null : SENT.exec(sentence);
      const substitute = received || sent ? null : SUBSTITUTE.exec(sentence);
      const label = received || sent || substitute ? undefined : attendanceLabel(sentence);
      if (received?.[1]) people.push(...peopleIn(received[1], { status: 'apologies', lines: u.lines }));
      else if (sent?.[1]) people.push(...peopleIn(sent[1], { status: 'apologies', lines: u.lines }));
      else if (substitute?.[1] && substitute[2]) {
        for (const p of peopleIn(substitute[1], { status: 'present', lines: u.lines })) {
          people.push({ ...p, role: 'substitute', substituteFor: substitute[2].trim().slice(0, 200) });
        }
      } else if (label && label.rest !== '') people.push(...peopleIn(label.rest, { status: label.status, lines: u.lines }));
      else if (u.listMarker !== undefined && isNameLike(sentence.split(/[,(–-]/)[0]?.trim() ?? '')) {
        people.push(...peopleIn(sentence, { status: 'apologies', lines: u.lines }));
      }
    }
  }
  return people;
}
