import type { CriteriaSet } from '../../model';

/** The criteria sets Minute Book ships; a board adds its own copy of one and may then edit it. */
export const DEFAULT_SET_KEYS = ['six-point-test', 'scie-principles', 'ladder-of-participation'] as const;
export type DefaultSetKey = (typeof DEFAULT_SET_KEYS)[number];

export type DefaultCriterion = { readonly id: string; readonly name: string; readonly question: string };

export type DefaultCriteriaSet = {
  readonly key: DefaultSetKey;
  readonly name: string;
  readonly description: string;
  readonly criteria: readonly DefaultCriterion[];
  /** Lowest first. */
  readonly scale: readonly string[];
};

/** "Not yet" to "Fully": how far a piece of work meets a principle. */
export const EXTENT_SCALE = ['Not yet', 'Partly', 'Mostly', 'Fully'] as const;

/** The rungs of the ladder of participation, lowest first. */
export const LADDER_RUNGS = ['Informing', 'Consultation', 'Engagement', 'Co-design', 'Co-production'] as const;

const SIX_POINT_TEST: DefaultCriteriaSet = {
  key: 'six-point-test',
  name: 'Six-point test',
  description: 'The six-point test of genuine co-production used by Co-production Oxfordshire.',
  scale: EXTENT_SCALE,
  criteria: [
    {
      id: 'whole-life-involvement',
      name: 'Whole-life involvement',
      question: 'Were people with lived experience involved all the way through, from planning to checking how it went, sharing power equally?',
    },
    {
      id: 'blurred-boundaries',
      name: 'Blurred boundaries',
      question: 'Did professional knowledge and lived experience work side by side, with no “them and us”?',
    },
    {
      id: 'reciprocal-reward',
      name: 'Reciprocal reward',
      question: 'Did people get something worthwhile back for their time, beyond their expenses?',
    },
    {
      id: 'diverse-group-involvement',
      name: 'Diverse group involvement',
      question: 'Did a wide range of people take part, including people from seldom-heard groups?',
    },
    {
      id: 'equal-valuation-of-assets',
      name: 'Equal valuation of assets',
      question: 'Was what everyone brought, their knowledge, skills and time, valued equally?',
    },
    {
      id: 'shared-responsibility',
      name: 'Shared responsibility',
      question: 'Did everyone share responsibility for what went well and for what did not?',
    },
  ],
};

const SCIE_PRINCIPLES: DefaultCriteriaSet = {
  key: 'scie-principles',
  name: 'SCIE principles',
  description: 'The four principles of co-production of the Social Care Institute for Excellence (SCIE).',
  scale: EXTENT_SCALE,
  criteria: [
    { id: 'equality', name: 'Equality', question: 'Did everyone have an equal say, whatever their role or background?' },
    { id: 'diversity', name: 'Diversity', question: 'Did the people involved reflect the communities the work is for?' },
    {
      id: 'accessibility',
      name: 'Accessibility',
      question: 'Could everyone take part fully: papers, places, times and support that worked for them?',
    },
    { id: 'reciprocity', name: 'Reciprocity', question: 'Did everyone get something back for what they gave?' },
  ],
};

const LADDER: DefaultCriteriaSet = {
  key: 'ladder-of-participation',
  name: 'Ladder of participation',
  description: 'How far up the ladder of participation the work reached, from informing people to co-producing with them.',
  scale: LADDER_RUNGS,
  criteria: [
    {
      id: 'how-far-did-people-take-part',
      name: 'How far did people take part?',
      question:
        'Informing: people were told about it. Consultation: people were asked for their views. Engagement: people helped shape it. ' +
        'Co-design: people designed it with us. Co-production: people shared power and responsibility from start to finish.',
    },
  ],
};

export const DEFAULT_CRITERIA_SETS: readonly DefaultCriteriaSet[] = [SIX_POINT_TEST, SCIE_PRINCIPLES, LADDER];

export function defaultCriteriaSet(key: DefaultSetKey): DefaultCriteriaSet {
  const found = DEFAULT_CRITERIA_SETS.find((set) => set.key === key);
  // DEFAULT_SET_KEYS and DEFAULT_CRITERIA_SETS list the same keys: the unit tests hold them together.
  if (found === undefined) throw new Error(`No shipped criteria set "${key}"`);
  return found;
}

/**
 * A board's own copy of a shipped set, which it may then edit without changing the original or any other
 * board's copy. The criteria keep the shipped ids ("reciprocal-reward"): they are unique within a set.
 */
export function boardCopyOfDefault(
  template: DefaultCriteriaSet,
  at: { readonly id: string; readonly boardId: string; readonly now: string },
): CriteriaSet {
  return {
    id: at.id,
    boardId: at.boardId,
    name: template.name,
    description: template.description,
    criteria: template.criteria.map((c) => ({ id: c.id, name: c.name, question: c.question })),
    scale: [...template.scale],
    archived: false,
    createdAt: at.now,
    updatedAt: at.now,
  };
}
