import type { DraftDeclaration, SourceLines } from '../../model/past-minutes';
import type { InterestType } from '../../model/attendance';
import { isNameLike } from './names';

/*
 * Declarations of interest: "None", "There were no declarations of interest", or "Councillor A Smith declared a
 * disclosable pecuniary interest in item 6 (Land at Mill Lane) as the owner of adjoining land and left the room
 * during its consideration", "Cllr Jones – item 7 – member of the Trust's board (non-registrable)".
 */

export const isDeclarationsTitle = (title: string): boolean =>
  /\b(?:declarations?|disclosures?|conflicts?)\s+of\s+(?:[\w’']+\s+)?interests?\b|^interests?$/i.test(title);

const NONE =
  /^(?:none|nil|no declarations|there\s+were\s+no|no\s+(?:member|councillor|one)s?\s+(?:declared|made)|no\s+interests?\s+(?:were|was)\s+declared)/i;

const NAME_DECLARED =
  /((?:(?:Councillors?|Cllrs?\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Prof(?:essor)?)\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:declared|disclosed|made\s+a\s+declaration|reported)\b/;

function interestType(text: string): InterestType | undefined {
  if (/disclosable\s+pecuniary|\bDPI\b|\bpecuniary/i.test(text)) return 'disclosable-pecuniary';
  if (/other\s+registrable|\bORI\b|registrable\s+interest|personal\s+interest/i.test(text) && !/non[- ]registrable/i.test(text))
    return 'other-registrable';
  if (/non[- ]registrable|\bNRI\b|non[- ]pecuniary|prejudicial/i.test(text)) return 'non-registrable';
  return undefined;
}

/** The declarations in one unit of a declarations item or section; none for "None". */
export function declarationsIn(text: string, lines: SourceLines): DraftDeclaration[] {
  if (NONE.test(text.trim())) return [];
  const out: DraftDeclaration[] = [];
  const sentences = text.split(/(?<=[.;])\s+(?=[A-Z])/);
  for (const sentence of sentences) {
    const declared = NAME_DECLARED.exec(sentence);
    const dashed = declared
      ? null
      : /^((?:Councillors?|Cllrs?\.?|Dr|Mr|Mrs|Ms|Miss)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s*[–—:-]\s*(.+)$/.exec(sentence);
    const name = (declared?.[1] ?? dashed?.[1])?.trim();
    if (!name || !isNameLike(name)) continue;
    const item = /\b(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?([A-Z]{0,6}[\s/]?\d{1,4}(?:[./]\d{1,4})?(?:\([a-z0-9]+\))?[a-z]?)/i.exec(sentence);
    const type = interestType(sentence);
    const nature = (
      /\b(?:as|because|being|in\s+that)\s+(.+?)(?:\s+and\s+(?:left|withdrew|took\s+no\s+part|did\s+not).*)?\.?$/i.exec(sentence)?.[1] ?? sentence
    ).trim();
    const left = /\b(?:left\s+the\s+(?:room|meeting|chamber)|withdrew|took\s+no\s+part|did\s+not\s+(?:take\s+part|participate|vote))\b/i.test(
      sentence,
    );
    const stayed = /\bremained\b|\bstayed\b/i.test(sentence);
    out.push({
      name,
      ...(item?.[1] ? { itemNumber: item[1].trim() } : {}),
      ...(type ? { type } : {}),
      nature: nature.replace(/[\s,;.]+$/, '').slice(0, 1000) || sentence.slice(0, 1000),
      ...(left ? { leftTheRoom: true } : stayed ? { leftTheRoom: false } : {}),
      lines,
      ...(type ? {} : { unsure: 'The kind of interest is not said' }),
    });
  }
  return out;
}
