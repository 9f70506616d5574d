import type { DraftDecision } from '../../model/past-minutes';
import { decisionOpening, type DecisionOpening } from './decision-opening';
import { inlineParts, leadingLabel, markerLabel, PartsBuilder } from './decision-parts';
import { spanOf, type Unit } from './unit';

/*
 * A decision and its parts, read from the unit that opens it and the units after it: list entries, lines that
 * start with a part label ("(2)", "b)"), and paragraphs starting "That ..." (the way councils write parts without
 * numbers). Prose that is none of these ends the decision. "RESOLVED:" standing alone takes the paragraph after it.
 */

export type GatheredDecision = { readonly decision: DraftDecision; readonly end: number };

const isPunctuation = (text: string): boolean => /^[\s.;:,–—-]*$/.test(text);

function addInline(parts: PartsBuilder, text: string): void {
  for (const piece of inlineParts(text)) parts.add(piece.text, piece.label);
}

/** Gathers the decision that opens at `start` (whose opening is given), and the index of its last unit. */
export function gatherDecision(units: readonly Unit[], start: number, opening: DecisionOpening): GatheredDecision {
  const first = units[start];
  const parts = new PartsBuilder();
  const rest = opening.rest;
  if (!isPunctuation(rest)) {
    const label = leadingLabel(rest);
    if (label && !rest.startsWith('(')) parts.add(label.text, label.label);
    else addInline(parts, rest.replace(/^that\b/, 'That'));
  }
  let end = start;
  const openEnded = isPunctuation(rest) || /:\s*-?$/.test(rest);
  for (let j = start + 1; j < units.length; j += 1) {
    const u = units[j];
    if (!u || u.kind !== 'paragraph' || decisionOpening(u.text)) break;
    const label = leadingLabel(u.text);
    // Numbered lines after a decision that ended its sentence belong to the decision only when its parts are numbered.
    const takesParts = openEnded || parts.parts.some((p) => p.label !== undefined);
    if ((u.listMarker !== undefined || label) && !takesParts) break;
    if (u.listMarker !== undefined) {
      parts.add(u.text, markerLabel(u.listMarker), u.listLevel);
    } else if (label) {
      addInline(parts, u.text);
    } else if (/^that\b/i.test(u.text) && (openEnded || parts.parts.length > 0)) {
      parts.add(u.text);
    } else if (parts.parts.length === 0 && openEnded) {
      parts.add(u.text);
    } else break;
    end = j;
  }
  const lastUnit = units[end] ?? first;
  const lines = first && lastUnit ? spanOf(first.lines, lastUnit.lines) : { from: 1, to: 1 };
  let unsure: string | undefined;
  if (parts.parts.length === 0) {
    parts.add(first?.text ?? opening.verb);
    unsure = 'No words follow the verb: the decision is kept as its heading line';
  }
  if (opening.verb === 'RECOMMENDED' && !opening.recommendedTo) unsure ??= 'Say which body the recommendation goes to';
  const decision: DraftDecision = {
    verb: opening.verb,
    ...(opening.leadIn ? { leadIn: opening.leadIn.slice(0, 200) } : {}),
    ...(opening.recommendedTo ? { recommendedTo: opening.recommendedTo.slice(0, 200) } : {}),
    ...(parts.numbering ? { numbering: parts.numbering } : {}),
    parts: parts.parts.slice(0, 50),
    lines,
    ...(unsure ? { unsure } : {}),
  };
  return { decision, end };
}
