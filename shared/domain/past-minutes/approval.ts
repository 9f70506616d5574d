import type { DraftApproval } from '../../model/past-minutes';
import { findDate } from './dates-times';
import type { Unit } from './unit';

/** "Cllr Amina Okafor (Co-chair)" on a line of its own: the signer, named under the signature. */
const NAMED_CHAIR = /^([^.:()]{2,120}?)\s*\((?:co-|vice-|deputy\s+)?chair(?:man|woman|person)?\)$/i;

/*
 * The signature block at the end of approved minutes: "Signed: ………… Chair", "Chair: Councillor A Smith",
 * "Date: 9 April 2015", "Signed by the Chair as a correct record".
 */

const SIGNED = /^(?:signed|signature)\b(?:\s+by)?\s*(?::|-|–)?\s*(.*)$/i;
const CHAIR_LINE = /^(?:chair(?:man|woman|person)?|mayor)\s*(?::|-|–|\.{2,}|…)\s*(.*)$/i;
const DATE_LINE = /^(?:date(?:d)?)\s*(?::|-|–|\.{2,}|…)\s*(.*)$/i;

const blankOut = (text: string): string =>
  text
    .replace(/[._…_]{2,}|…/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The signature and its date, read from the last units of the document. */
export function approvalIn(units: readonly Unit[]): DraftApproval | undefined {
  const tail = units.slice(-8);
  let signedBy: string | undefined;
  let signedOn: string | undefined;
  for (const u of tail) {
    const named = NAMED_CHAIR.exec(u.text.trim());
    if (named && !signedBy) {
      signedBy = (named[1] ?? '').trim();
      continue;
    }
    const signed = SIGNED.exec(u.text) ?? CHAIR_LINE.exec(u.text);
    if (signed && !signedBy) {
      const words = blankOut((signed[1] ?? '').split(/\s+date\b/i)[0] ?? '')
        .replace(/\b(?:as\s+a\s+(?:correct|true)\s+record)\b/i, '')
        .replace(/^(?:by\s+)?(?:the\s+)?/i, '')
        .trim();
      const named = words
        .replace(/\(?\b(?:chair(?:man|woman|person)?|mayor)\b\)?$/i, '')
        .replace(/[,–-]\s*$/, '')
        .trim();
      signedBy = named !== '' ? named : 'Chair';
      const date = findDate(u.text);
      if (date) signedOn = date.value;
    }
    const dated = DATE_LINE.exec(u.text);
    if (dated && signedBy && !signedOn) signedOn = findDate(dated[1] ?? '')?.value;
  }
  return signedBy ? { signedBy: signedBy.slice(0, 200), ...(signedOn ? { signedOn } : {}) } : undefined;
}
