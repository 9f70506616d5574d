import type { Input } from '../../../../shared/api/contract';
import type { Resolution, ResolutionKind, VoteChoice, VoteCount } from '../../../../shared/model/resolution';
import { clearable } from '../../components/form/patch-fields';

/** A decision as the clerk is writing it: every field as typed, so a half-made decision is never lost. */
export type PartDraft = { readonly key: string; readonly text: string };
export type VoteMode = 'none' | 'counts' | 'recorded';
export type DecisionDraft = {
  readonly kind: ResolutionKind;
  readonly recommendedTo: string;
  readonly parts: readonly PartDraft[];
  readonly voteMode: VoteMode;
  readonly counts: { readonly for: string; readonly against: string; readonly abstain: string };
  /** How each person voted, by person id; absent or '' for someone who did not vote. */
  readonly recorded: Readonly<Record<string, VoteChoice | ''>>;
};

/** What the backend is sent: the fields of `resolutions.add` without the meeting and item (fresh arrays, as its input takes). */
export type DecisionFields = {
  readonly kind: ResolutionKind;
  readonly recommendedTo?: string;
  readonly parts: string[];
  readonly vote?: VoteCount;
  readonly recordedVote?: { personId: string; vote: VoteChoice }[];
};

export type DecisionProblem = { readonly field: string; readonly message: string };

let keys = 0;
/** A key for a new part, so React keeps each part's box (and its focus) while parts are moved. */
export const newPartKey = (): string => `part-${(keys += 1)}`;

export function emptyDecision(parts: readonly string[] = ['']): DecisionDraft {
  return {
    kind: 'RESOLVED',
    recommendedTo: '',
    parts: parts.map((text) => ({ key: newPartKey(), text })),
    voteMode: 'none',
    counts: { for: '', against: '', abstain: '' },
    recorded: {},
  };
}

export function draftFromResolution(resolution: Resolution): DecisionDraft {
  const recorded = Object.fromEntries((resolution.recordedVote ?? []).map((v) => [v.personId, v.vote]));
  const vote = resolution.vote;
  return {
    kind: resolution.kind,
    recommendedTo: resolution.recommendedTo ?? '',
    parts: resolution.parts.map((p) => ({ key: newPartKey(), text: p.text })),
    voteMode: resolution.recordedVote !== undefined ? 'recorded' : vote !== undefined ? 'counts' : 'none',
    counts:
      vote === undefined
        ? { for: '', against: '', abstain: '' }
        : { for: String(vote.for), against: String(vote.against), abstain: String(vote.abstain) },
    recorded,
  };
}

/** Moves the part at `from` by `by` places (-1 up, +1 down); out of range leaves the order as it is. */
export function movePart(parts: readonly PartDraft[], from: number, by: -1 | 1): PartDraft[] {
  const to = from + by;
  if (from < 0 || from >= parts.length || to < 0 || to >= parts.length) return [...parts];
  const next = [...parts];
  const [moving] = next.splice(from, 1);
  if (moving !== undefined) next.splice(to, 0, moving);
  return next;
}

const count = (typed: string): number | null => {
  const trimmed = typed.trim();
  if (trimmed === '') return 0;
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
};

/** What stops the decision being saved, each with the field to fix, in the order the form shows them. */
export function decisionProblems(draft: DecisionDraft): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (draft.kind === 'RECOMMENDED' && draft.recommendedTo.trim() === '') {
    problems.push({ field: 'recommendedTo', message: 'Say which body the recommendation goes to, such as Cabinet.' });
  }
  if (draft.parts.every((p) => p.text.trim() === '')) {
    problems.push({ field: 'part-0', message: 'Write the words of the decision.' });
  }
  if (draft.voteMode === 'counts') {
    for (const [field, label] of [
      ['for', 'for'],
      ['against', 'against'],
      ['abstain', 'abstaining'],
    ] as const) {
      if (count(draft.counts[field]) === null) problems.push({ field: `count-${field}`, message: `Give the number ${label} as a whole number.` });
    }
  }
  if (draft.voteMode === 'recorded' && !Object.values(draft.recorded).some((v) => v !== '')) {
    problems.push({ field: 'recorded', message: 'Choose how at least one member voted, or record no vote.' });
  }
  return problems;
}

/** The draft as the backend takes it. Empty parts are dropped; counts come from the names in a recorded vote. */
export function decisionFields(draft: DecisionDraft): DecisionFields {
  const parts = draft.parts.map((p) => p.text.trim()).filter((t) => t !== '');
  const base = { kind: draft.kind, parts, ...(draft.kind === 'RECOMMENDED' ? { recommendedTo: draft.recommendedTo.trim() } : {}) };
  if (draft.voteMode === 'counts') {
    return {
      ...base,
      vote: { for: count(draft.counts.for) ?? 0, against: count(draft.counts.against) ?? 0, abstain: count(draft.counts.abstain) ?? 0 },
    };
  }
  if (draft.voteMode === 'recorded') {
    const recordedVote = Object.entries(draft.recorded).flatMap(([personId, vote]) => (vote === '' ? [] : [{ personId, vote }]));
    return { ...base, recordedVote };
  }
  return base;
}

/**
 * The fields as a patch of the decision they edit: what the clerk took away is sent as null, clearing it — the body
 * of a recommendation that is now a resolution, the counts when no vote is recorded, the names when only counts
 * are. A recorded vote brings its own counts, which the backend works out.
 */
export function decisionPatch(
  fields: DecisionFields,
  before: Pick<Resolution, 'recommendedTo' | 'vote' | 'recordedVote'>,
): Input<'resolutions.update'>['patch'] {
  return {
    kind: fields.kind,
    parts: fields.parts,
    ...clearable('recommendedTo', fields.recommendedTo, before.recommendedTo),
    ...clearable('vote', fields.vote, fields.recordedVote === undefined ? before.vote : undefined),
    ...clearable('recordedVote', fields.recordedVote, before.recordedVote),
  };
}

/** "5 for, 1 against, 1 abstained". */
export function voteSummary(vote: VoteCount): string {
  return `${vote.for} for, ${vote.against} against, ${vote.abstain} abstained`;
}
