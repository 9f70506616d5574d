import type { Unit } from './unit';

/*
 * The board's name, from the opening headings: "Minutes of the Planning Committee held on ...", "HEALTH AND
 * WELLBEING BOARD", "Northshire District Council" above "Licensing Sub-Committee". A committee, board, panel or
 * cabinet beats the council's own name; a parish or town council's name is the board when nothing else is.
 */

const BODY_WORDS =
  /\b(?:committee|sub-committee|board|panel|cabinet|executive|forum|partnership|trustees|commission|group|assembly|meeting|council)\b/i;
const STRONG_BODY = /\b(?:committee|sub-committee|board|panel|cabinet|executive|forum|partnership|trustees|commission|group|assembly)\b/i;
const PARISH = /\b(?:parish|town|community|city)\s+council\b/i;

/** The body named in a line, with "Minutes of (a meeting of) the" and "held on ..." taken off. */
export function bodyIn(text: string): string | undefined {
  // A sentence that mentions a committee ("The Committee has requested ...") is not a heading naming one.
  if (!/^(?:draft\s+|unconfirmed\s+)?minutes\s+of/i.test(text) && (text.split(/\s+/).length > 14 || /\.$/.test(text))) return undefined;
  let t = text
    .replace(
      /^(?:draft\s+|unconfirmed\s+|confirmed\s+|approved\s+)?minutes\s+of\s+(?:the\s+|a\s+|an\s+)?(?:(?:ordinary|extraordinary|annual|special|remote|virtual|public|informal)\s+)*(?:meeting\s+of\s+)?(?:the\s+)?/i,
      '',
    )
    .replace(/^(?:meeting\s+of\s+(?:the\s+)?)/i, '')
    .replace(
      /\s*(?:[-–—,:]\s*)?(?:\bheld\b|\bon\b\s+(?:mon|tue|wed|thu|fri|sat|sun|\d)|\bat\b\s+\d|\bdated\b|\bin\s+the\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}).*$/i,
      '',
    )
    .replace(/\s*[-–—:,]\s*$/, '')
    .trim();
  if (/^minutes$/i.test(t) || t === '') return undefined;
  if (t === t.toUpperCase() && /[A-Z]{3}/.test(t)) t = titleCase(t);
  return BODY_WORDS.test(t) && t.length <= 200 ? t : undefined;
}

const SMALL = new Set(['and', 'of', 'the', 'for', 'to', 'in', 'on', 'at', 'by', 'with']);
const KEEP_CAPS = new Set(['NHS', 'ICB', 'CCG', 'ICS', 'VCS', 'SEND', 'UK', 'BCP', 'CIC', 'MBC', 'GP']);

/** "HEALTH AND WELLBEING BOARD" → "Health and Wellbeing Board"; abbreviations such as NHS stay in capitals. */
export function titleCase(text: string): string {
  return text
    .split(/\s+/)
    .map((w, i) => {
      if (KEEP_CAPS.has(w.replace(/[^A-Z]/g, ''))) return w;
      const lower = w.toLowerCase();
      if (i > 0 && SMALL.has(lower)) return lower;
      return lower.replace(/(^|[-'’(])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

/** The board's name and the unit it came from: the best-named body among the opening units. */
export function boardName(opening: readonly Unit[]): { readonly name: string; readonly unit: Unit; readonly unsure?: string } | undefined {
  let best: { name: string; unit: Unit; score: number } | undefined;
  opening.forEach((u, i) => {
    if (u.kind === 'row') return;
    const name = bodyIn(u.text);
    if (!name) return;
    let score = STRONG_BODY.test(name) ? 3 : PARISH.test(name) ? 2 : 1;
    if (u.kind === 'heading' || u.bold) score += 1;
    if (/^minutes\s+of/i.test(u.text)) score += 1;
    // "Board meeting" or "the Committee" alone names no body in particular.
    if (/^(?:the\s+)?(?:board|committee|council)(?:\s+meeting)?$/i.test(name)) score -= 3;
    score -= i * 0.05;
    if (!best || score > best.score) best = { name, unit: u, score };
  });
  if (!best) return undefined;
  const found: { name: string; unit: Unit; score: number } = best;
  return { name: found.name, unit: found.unit, ...(found.score < 2 ? { unsure: 'The heading may name the council rather than the board' } : {}) };
}
