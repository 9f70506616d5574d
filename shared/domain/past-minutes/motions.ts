import type { DraftDecision, DraftVote } from '../../model/past-minutes';
import { CARRYING_VERBS } from '../../model/resolution';
import type { MotionFacts } from './votes';

/*
 * Putting what the minutes say about motions onto the decisions. Facts on consecutive lines make one motion (the
 * mover, then the vote, then "CARRIED"); a new mover starts another. A motion belongs to the decision that follows
 * it closely, else to the one before it. An amendment, or a motion that fell with no decision words of its own,
 * becomes a decision of its own (LOST, CARRIED or WITHDRAWN), marked unsure, since Minute Book keeps amendments
 * with the motion they amend.
 */

export type PlacedFacts = { readonly at: number; readonly facts: MotionFacts };
export type PlacedDecision = { start: number; end: number; decision: DraftDecision };

type Motion = { first: number; last: number; facts: MotionFacts };

function mergeVotes(a: DraftVote | undefined, b: DraftVote | undefined): DraftVote | undefined {
  if (!a) return b;
  if (!b) return a;
  const named = [...(a.named ?? []), ...(b.named ?? [])];
  return {
    ...(a.for !== undefined || b.for !== undefined ? { for: a.for ?? b.for } : {}),
    ...(a.against !== undefined || b.against !== undefined ? { against: a.against ?? b.against } : {}),
    ...(a.abstain !== undefined || b.abstain !== undefined ? { abstain: a.abstain ?? b.abstain } : {}),
    ...(named.length > 0 ? { named } : {}),
  };
}

function groupMotions(placed: readonly PlacedFacts[]): Motion[] {
  const motions: Motion[] = [];
  for (const { at, facts } of placed) {
    const cur = motions.at(-1);
    const startsNew =
      !cur ||
      at > cur.last + 3 ||
      ((facts.mover !== undefined || facts.seconder !== undefined) &&
        (cur.facts.mover !== undefined || cur.facts.outcome !== undefined) &&
        facts.mover !== cur.facts.mover) ||
      (cur.facts.outcome !== undefined && (facts.outcome !== undefined || facts.vote !== undefined));
    if (startsNew) {
      motions.push({ first: at, last: at, facts: { ...facts } });
      continue;
    }
    const vote = mergeVotes(cur.facts.vote, facts.vote);
    cur.last = at;
    cur.facts = {
      ...cur.facts,
      ...Object.fromEntries(Object.entries(facts).filter(([k, v]) => v !== undefined && (cur.facts as Record<string, unknown>)[k] === undefined)),
      ...(vote ? { vote } : {}),
      lines: { from: cur.facts.lines?.from ?? facts.lines?.from ?? 1, to: facts.lines?.to ?? cur.facts.lines?.to ?? 1 },
    };
  }
  return motions;
}

const fell = (f: MotionFacts): boolean => f.outcome === 'lost' || f.outcome === 'lost-on-casting-vote' || f.outcome === 'withdrawn';

function apply(d: DraftDecision, f: MotionFacts): DraftDecision {
  const vote = mergeVotes(d.vote, f.vote);
  const trivial = d.parts.length === 1 && (d.parts[0]?.text ?? '').split(/\s+/).length <= 6 && f.motionText !== undefined;
  return {
    ...d,
    ...(d.mover === undefined && f.mover ? { mover: f.mover.slice(0, 200) } : {}),
    ...(d.seconder === undefined && f.seconder ? { seconder: f.seconder.slice(0, 200) } : {}),
    ...(vote ? { vote } : {}),
    ...(d.outcome === undefined && f.outcome ? { outcome: f.outcome } : {}),
    ...(trivial && f.motionText ? { parts: [{ level: 0, text: f.motionText.slice(0, 4000) }] } : {}),
  };
}

function ownDecision(m: Motion, fallbackText: string): DraftDecision {
  const f = m.facts;
  const verb = f.outcome === 'withdrawn' ? 'WITHDRAWN' : fell(f) ? 'LOST' : 'CARRIED';
  return apply(
    {
      verb,
      ...(f.amendment ? { leadIn: 'Amendment' } : {}),
      parts: [{ level: 0, text: (f.motionText ?? fallbackText).slice(0, 4000) }],
      lines: f.lines ?? { from: 1, to: 1 },
      unsure: f.amendment
        ? 'An amendment, kept as a decision of its own: Minute Book keeps amendments with the motion they amend'
        : 'No decision words were found: this is the motion and what became of it',
    },
    f,
  );
}

/**
 * The decisions with the motions' facts on them, in the order of their lines. `textAt` gives a unit's text, for a
 * motion that becomes a decision of its own without words of its own.
 */
export function attachMotions(decisions: readonly PlacedDecision[], placed: readonly PlacedFacts[], textAt: (at: number) => string): DraftDecision[] {
  const out = decisions.map((d) => ({ ...d }));
  const motions = groupMotions(placed);
  for (const m of motions) {
    const f = m.facts;
    // A mover's motion may be followed by an amendment and a recorded vote before its decision words: it belongs to
    // the next decision, unless another motion is moved in between.
    const nextAny = out.find((d) => d.start > m.last);
    const between = motions.some(
      (o) => o !== m && o.first > m.last && nextAny !== undefined && o.first < nextAny.start && o.facts.mover !== undefined && !o.facts.amendment,
    );
    const next = nextAny && (nextAny.start <= m.last + 3 || (f.mover !== undefined && !f.amendment && !between)) ? nextAny : undefined;
    const inside = out.find((d) => d.start <= m.first && d.end >= m.first);
    const before = [...out].reverse().find((d) => d.end < m.first && d.end >= m.first - 3);
    const substantive = f.mover !== undefined || f.seconder !== undefined || f.outcome !== undefined || f.vote !== undefined;
    if (!substantive) continue;
    const fits = (d: PlacedDecision | undefined): d is PlacedDecision =>
      d !== undefined &&
      // A motion that fell belongs only to a decision that records the fall ("The motion was LOST").
      !(fell(f) && (CARRYING_VERBS.includes(d.decision.verb) || (d.decision.verb !== 'LOST' && d.decision.verb !== 'WITHDRAWN'))) &&
      !(f.amendment && d.decision.verb !== 'LOST' && !/amendment/i.test(d.decision.leadIn ?? ''));
    const target = [inside, next, before].find((d) => fits(d) && (d === inside || d.decision.mover === undefined || f.mover === undefined));
    if (target) target.decision = apply(target.decision, f);
    else if (f.amendment || f.outcome !== undefined) out.push({ start: m.first, end: m.last, decision: ownDecision(m, textAt(m.first)) });
  }
  return out.sort((a, b) => a.start - b.start).map((d) => d.decision);
}
