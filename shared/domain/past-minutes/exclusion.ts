import type { ExemptCategory } from '../../model/agenda-item';

/*
 * Exclusion of the press and public: "RESOLVED – That under Section 100A(4) of the Local Government Act 1972 the
 * press and public be excluded from the meeting for the following item(s) ... paragraph(s) 1 and 3 of Part 1 of
 * Schedule 12A". The paragraphs go onto the item(s) that follow (or onto this item, where it says "this item");
 * a motion that was lost excludes nobody, and the press and public being re-admitted ends it.
 */

export type Exclusion = {
  readonly paragraphs: ExemptCategory[];
  /** The words say the exclusion is for the item they stand in ("for this item"), not the ones after. */
  readonly thisItem: boolean;
  readonly lost: boolean;
};

const MENTIONS =
  /\b(?:press\s+(?:and|&)\s+(?:the\s+)?public|public\s+(?:and|&)\s+(?:the\s+)?press)\b[^.]{0,120}\bexclu|\bexclu\w*\s+(?:of\s+)?(?:the\s+)?(?:press|public)|schedule\s+12\s?a\b|\b100\s?a\s*\(\s*4\s*\)/i;
const PARAGRAPHS = /\bparagraphs?\s+((?:\d)(?:\s*(?:,|and|&|or)\s*\d)*)/gi;

/** The exempt paragraphs a text's words cite (each once, in order). */
export function exemptParagraphsIn(text: string): ExemptCategory[] {
  const found = new Set<ExemptCategory>();
  for (const m of text.matchAll(PARAGRAPHS)) {
    for (const d of (m[1] ?? '').match(/\d/g) ?? []) {
      const n = Number(d);
      if (n >= 1 && n <= 7) found.add(n as ExemptCategory);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** The exclusion a text records, if it records one. */
export function exclusionIn(text: string): Exclusion | undefined {
  if (!MENTIONS.test(text)) return undefined;
  const paragraphs = exemptParagraphsIn(text);
  if (paragraphs.length === 0 && !/\bexclu/i.test(text)) return undefined;
  return {
    paragraphs,
    thisItem: /\b(?:this|the\s+present)\s+item\b/i.test(text) && !/\bfollowing\s+items?\b/i.test(text),
    lost: /\b(?:motion|proposal)\b[^.]{0,80}\b(?:was\s+)?(?:LOST|lost|defeated|not\s+carried)\b|\bwere\s+not\s+excluded\b/.test(text),
  };
}

/** Whether the text says the press and public came back in. */
export const readmitted = (text: string): boolean =>
  /\b(?:press\s+and\s+public|public)\b[^.]{0,40}\b(?:re-?admitted|returned|readmitted)\b|\bre-?admitted\b/i.test(text);
