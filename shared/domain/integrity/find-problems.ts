import { COLLECTION_NAMES, type Collection, type RecordOf } from '../../model';
import { pathText, valuesAt, type Path } from './paths';
import { REFERENCE_RULES, type ReferenceRule } from './reference-rules';

/** Records by collection, any of them left out: a bundle, or the whole of a store. */
export type IntegrityData = { readonly [C in Collection]?: readonly RecordOf<C>[] };

/**
 * A record outside the data being checked (the store a bundle goes into), found by id, and by its meeting where
 * that is known; undefined where there is none.
 */
export type OutsideLookup = (collection: Collection, id: string, meetingId: string | undefined) => object | undefined;

/** One thing wrong, at its path: `resolutions.3.recordedVote.2.personId`. */
export type IntegrityProblem = { readonly path: string; readonly message: string };

export type FindOptions = {
  /** Where a reference may also point: records already in the store, for a bundle about to be imported. */
  readonly outside?: OutsideLookup;
  /** How to say where a missing record was looked for: "in the bundle or the store", "in the store". */
  readonly lookedIn: string;
};

const NOUNS: Readonly<Record<Collection, string>> = {
  boards: 'a board',
  people: 'a person',
  memberships: 'a membership',
  meetings: 'a meeting',
  rewardRates: 'a reward rate',
  rewardClaims: 'a reward claim',
  criteriaSets: 'a criteria set',
  ratings: 'a rating',
  diversityResponses: 'a diversity response',
  youSaidWeDid: 'a "you said, we did" entry',
  agendaItems: 'an agenda item',
  attendance: 'an attendance record',
  declarations: 'a declaration',
  minutes: 'a minute',
  resolutions: 'a decision',
  actions: 'an action',
  attachments: 'an attachment',
  accessArrangements: 'an access arrangement',
};

const FEEDBACK_TARGETS = { item: 'agendaItems', resolution: 'resolutions', action: 'actions' } as const satisfies Record<string, Collection>;

type AnyRecord = { readonly id: string; readonly meetingId?: string };

const meetingOf = (record: object): string | undefined =>
  'meetingId' in record && typeof record.meetingId === 'string' ? record.meetingId : undefined;

/**
 * Every reference in `data` that points at nothing, or at a record of another meeting where it must be the same
 * one, and every contradiction between records: ids used twice, an item that is its own ancestor, two minutes of
 * one item, a person recorded twice at one meeting or as their own substitute, a part id used twice in a decision,
 * a voter who sent apologies. All are listed, each at its path; nothing stops at the first.
 */
export function findProblems(data: IntegrityData, options: FindOptions): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const say = (path: Path, message: string): void => void problems.push({ path: pathText(path), message });
  const records = (c: Collection): readonly AnyRecord[] => (data[c] ?? []) as readonly AnyRecord[];

  const index = new Map<Collection, Map<string, AnyRecord>>();
  for (const collection of COLLECTION_NAMES) {
    const byId = new Map<string, AnyRecord>();
    const firstAt = new Map<string, number>();
    records(collection).forEach((record, i) => {
      const first = firstAt.get(record.id);
      if (first === undefined) {
        firstAt.set(record.id, i);
        byId.set(record.id, record);
      } else say([collection, i, 'id'], `The id ${record.id} is used twice in ${collection} (first at ${collection}.${first}).`);
    });
    index.set(collection, byId);
  }
  const find: Find = (c, id, meetingId) => index.get(c)?.get(id) ?? options.outside?.(c, id, meetingId);

  const checkTarget = (path: Path, to: Collection, id: string, meetingId: string | undefined): void => {
    const target = find(to, id, meetingId);
    if (target === undefined) say(path, `This refers to ${NOUNS[to]} (${id}) that is not ${options.lookedIn}.`);
    else if (meetingId !== undefined && meetingOf(target) !== meetingId) say(path, `This refers to ${NOUNS[to]} (${id}) of another meeting.`);
  };

  for (const collection of COLLECTION_NAMES) {
    records(collection).forEach((record, i) => {
      for (const rule of REFERENCE_RULES[collection]) {
        for (const { value, path } of valuesAt(record, rule.path, [collection, i])) {
          if (typeof value === 'string') checkTarget(path, rule.to, value, meetingFor(record, rule));
        }
      }
    });
  }

  checkRatings(data, find, say);
  checkFeedback(data, checkTarget);
  checkItemTrees(data, say);
  checkOnePerItemAndPerson(data, say);
  checkDecisions(data, say);
  return problems;
}

/** The meeting the record a rule points at must belong to, if the rule says. */
function meetingFor(record: AnyRecord, rule: ReferenceRule): string | undefined {
  if (rule.meeting === undefined) return undefined;
  if (rule.meeting === 'own') return record.meetingId;
  const [found] = valuesAt(record, rule.meeting.at);
  return typeof found?.value === 'string' ? found.value : undefined;
}

type Say = (path: Path, message: string) => void;
type Find = (c: Collection, id: string, meetingId?: string) => object | undefined;

function checkRatings(data: IntegrityData, find: Find, say: Say): void {
  (data.ratings ?? []).forEach((rating, i) => {
    const set = find('criteriaSets', rating.criteriaSetId) as RecordOf<'criteriaSets'> | undefined;
    if (set === undefined || !('criteria' in set)) return; // A missing set is named by its own reference rule.
    const criteria = new Set(set.criteria.map((c) => c.id));
    rating.scores.forEach((score, j) => {
      if (!criteria.has(score.criterionId)) {
        say(
          ['ratings', i, 'scores', j, 'criterionId'],
          `This scores a criterion (${score.criterionId}) that is not in the criteria set "${set.name}".`,
        );
      }
    });
  });
}

function checkFeedback(data: IntegrityData, checkTarget: (path: Path, to: Collection, id: string, meetingId: string | undefined) => void): void {
  (data.youSaidWeDid ?? []).forEach((entry, i) => {
    checkTarget(['youSaidWeDid', i, 'target', 'recordId'], FEEDBACK_TARGETS[entry.target.kind], entry.target.recordId, entry.target.meetingId);
  });
}

/** An item whose chain of parents comes back to itself would never be printed. */
function checkItemTrees(data: IntegrityData, say: Say): void {
  const items = data.agendaItems ?? [];
  const parentOf = new Map(items.map((item) => [item.id, item.parentId]));
  items.forEach((item, i) => {
    const seen = new Set<string>([item.id]);
    for (let parent: string | null | undefined = item.parentId; parent !== null && parent !== undefined; parent = parentOf.get(parent)) {
      if (seen.has(parent)) {
        say(['agendaItems', i, 'parentId'], `The item "${item.title}" is within itself: its parents lead back to it.`);
        return;
      }
      seen.add(parent);
    }
  });
}

function checkOnePerItemAndPerson(data: IntegrityData, say: Say): void {
  const minuted = new Map<string, number>();
  (data.minutes ?? []).forEach((minute, i) => {
    const key = `${minute.meetingId} ${minute.itemId}`;
    const first = minuted.get(key);
    if (first === undefined) minuted.set(key, i);
    else say(['minutes', i, 'itemId'], `The item ${minute.itemId} already has a minute (minutes.${first}); an item has one minute.`);
  });
  const recorded = new Map<string, number>();
  (data.attendance ?? []).forEach((record, i) => {
    const key = `${record.meetingId} ${record.personId}`;
    const first = recorded.get(key);
    if (first === undefined) recorded.set(key, i);
    else say(['attendance', i, 'personId'], `This person's attendance at the meeting is already recorded (attendance.${first}).`);
    if (record.substituteForPersonId === record.personId)
      say(['attendance', i, 'substituteForPersonId'], 'Nobody can attend as their own substitute.');
  });
}

function checkDecisions(data: IntegrityData, say: Say): void {
  const away = new Map(
    (data.attendance ?? []).filter((a) => a.status === 'apologies' || a.status === 'absent').map((a) => [`${a.meetingId} ${a.personId}`, a.status]),
  );
  (data.resolutions ?? []).forEach((decision, i) => {
    const ids = new Set<string>();
    const parts = [
      ...decision.parts.map((part, j) => ({ id: part.id, path: ['resolutions', i, 'parts', j, 'id'] })),
      ...(decision.amendments ?? []).map((amendment, j) => ({ id: amendment.id, path: ['resolutions', i, 'amendments', j, 'id'] })),
    ];
    for (const part of parts) {
      if (ids.has(part.id)) say(part.path, `The id ${part.id} is used twice within this decision.`);
      ids.add(part.id);
    }
    const votes = [
      ...(decision.recordedVote ?? []).map((vote, j) => ({ vote, path: ['resolutions', i, 'recordedVote', j, 'personId'] })),
      ...(decision.amendments ?? []).flatMap((amendment, k) =>
        (amendment.recordedVote ?? []).map((vote, j) => ({ vote, path: ['resolutions', i, 'amendments', k, 'recordedVote', j, 'personId'] })),
      ),
    ];
    for (const { vote, path } of votes) {
      const status = away.get(`${decision.meetingId} ${vote.personId}`);
      if (status !== undefined)
        say(path, `This person is named in the vote but recorded as ${status === 'apologies' ? 'sending apologies' : 'absent'}.`);
    }
  });
}
