import type { DraftPart } from '../../model/past-minutes';
import type { PartNumbering } from '../../model/resolution';

/*
 * The parts of a decision: "(1) That ...", "(i)", "(a)", "1.", "a)", Word's own list numbering; parts within parts
 * one level in. The kind of label first used is the outer level, a new kind the next level in ("(1) ... (a) ...").
 */

const LABEL = /^(?:\((\d{1,2}|[ivxl]{1,5}|[a-z])\)|(\d{1,2}|[ivxl]{1,5}|[a-z])[.)])\s+/i;
const INLINE_LABEL = /(?:^|\s)\((\d{1,2}|[ivxl]{1,5}|[a-z])\)\s+/gi;

export type LabelKind = PartNumbering;

/** The kind of a part label: numbers, roman numerals or letters. A lone "i" is a letter only straight after "h". */
export function labelKind(label: string, previous?: string): LabelKind {
  if (/^\d+$/.test(label)) return 'numbers';
  const l = label.toLowerCase();
  if (!/^[ivxl]+$/.test(l)) return 'letters';
  const letterBefore: Record<string, string> = { i: 'h', v: 'u', x: 'w', l: 'k' };
  if (l.length === 1 && previous?.toLowerCase() === letterBefore[l]) return 'letters';
  return 'roman';
}

/** A line's leading part label ("(2)", "b)", "iii.") and the text after it. */
export function leadingLabel(text: string): { readonly label: string; readonly text: string } | undefined {
  const m = LABEL.exec(text);
  const label = m?.[1] ?? m?.[2];
  if (!m || !label) return undefined;
  // "A. Smith" or "I. Jones" is a name, not a part.
  if (/^[A-Z]$/.test(label) && /^[A-Z][a-z]/.test(text.slice(m[0].length)) && m[0].includes('.')) return undefined;
  return { label, text: text.slice(m[0].length).trim() };
}

/** Splits "(1) That A; (2) That B." into its labelled pieces; one piece when the text has no inline labels. */
export function inlineParts(text: string): { readonly label?: string; readonly text: string }[] {
  const starts = [...text.matchAll(INLINE_LABEL)];
  if (starts.length === 0 || (starts[0]?.index ?? 1) > 0) return [{ text }];
  return starts.map((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = starts[i + 1]?.index ?? text.length;
    return { label: m[1] ?? '', text: text.slice(from, to).trim() };
  });
}

/** Builds parts one at a time, giving each its level from its label's kind (or its list level). */
export class PartsBuilder {
  readonly parts: DraftPart[] = [];
  private readonly kinds: LabelKind[] = [];
  private lastLabel: string | undefined;
  numbering: PartNumbering | undefined;

  add(text: string, label?: string, listLevel?: number): void {
    const clean = text.trim().slice(0, 4000);
    if (clean === '') return;
    let level = 0;
    if (label !== undefined && label !== '' && label !== '•') {
      const kind = labelKind(label, this.lastLabel);
      let at = this.kinds.indexOf(kind);
      if (at < 0) {
        this.kinds.push(kind);
        at = this.kinds.length - 1;
      }
      level = listLevel ?? at;
      if (level === 0 && this.numbering === undefined) this.numbering = kind;
      this.lastLabel = label;
    } else if (listLevel !== undefined) level = listLevel;
    const above = this.parts.at(-1)?.level ?? -1;
    level = Math.max(0, Math.min(level, above + 1, 2));
    this.parts.push({ ...(label !== undefined && label !== '' && label !== '•' ? { label } : {}), level, text: clean });
  }
}

/** A list marker as printed ("(a)", "1.", "ii)") without its brackets and point. */
export const markerLabel = (marker: string): string => marker.replace(/[().\s]/g, '');
