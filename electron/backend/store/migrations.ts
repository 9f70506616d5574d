import { SCHEMA_VERSION } from '../../../shared/model';
import { declaredVersion, futureVersionError } from './versions';
import { StoreError } from './store-error';

/*
 * Forward migrations over the logical shape of the data: one JSON document with every collection (a bundle, or
 * the single file that format 1 kept). Each step is pure and takes format n to n + 1; how the data is then split
 * into files is the store's business, so a step never needs to know about files.
 */

export type JsonObject = { readonly [key: string]: unknown };

export type MigrationStep = {
  readonly from: number;
  readonly to: number;
  readonly summary: string;
  readonly migrate: (doc: JsonObject) => JsonObject;
};

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Maps each object of an array collection; anything else is left for validation to report. */
function mapRecords(doc: JsonObject, collection: string, map: (record: JsonObject) => JsonObject): JsonObject {
  const list = doc[collection];
  if (!Array.isArray(list)) return doc;
  return { ...doc, [collection]: list.map((record: unknown) => (isObject(record) ? map(record) : record)) };
}

const withoutKeys = (record: JsonObject, keys: readonly string[]): JsonObject =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));

/** Format 1 → 2: how a person is named in public became required and explicit; an item's exempt flag became its confidentiality. */
const v1ToV2: MigrationStep = {
  from: 1,
  to: 2,
  summary: 'people get publicName and consentToBeNamed; agenda items get confidentiality instead of exempt',
  migrate(doc) {
    let next = mapRecords(doc, 'people', (person) => {
      const display = typeof person['displayName'] === 'string' ? person['displayName'].trim() : '';
      return {
        ...withoutKeys(person, ['displayName', 'namedInPublic']),
        publicName: display !== '' ? display : person['name'],
        consentToBeNamed: person['namedInPublic'] === true,
      };
    });
    next = mapRecords(next, 'agendaItems', (item) => {
      const exempt = item['exempt'];
      const confidentiality = isObject(exempt)
        ? {
            access: 'exempt',
            category: exempt['category'],
            ...(typeof exempt['reason'] === 'string' && exempt['reason'].trim() !== '' ? { reason: exempt['reason'] } : {}),
          }
        : { access: 'public' };
      return { ...withoutKeys(item, ['exempt']), confidentiality };
    });
    return { ...next, schemaVersion: 2 };
  },
};

const withDefault = (record: JsonObject, key: string, value: unknown): JsonObject =>
  record[key] === undefined ? { ...record, [key]: value } : record;

/** Collections that format 3 added: empty in a store of an earlier format. */
const ADDED_IN_V3 = ['rewardRates', 'rewardClaims', 'criteriaSets', 'ratings', 'diversityResponses', 'youSaidWeDid', 'accessArrangements'];

/**
 * Format 2 → 3 (co-production): people get access needs and training records; boards get their seldom-heard
 * groups; the new collections (reward rates and claims, criteria sets and ratings, diversity responses, "you said,
 * we did" and meetings' access arrangements) start empty. Nothing is removed or changed.
 */
const v2ToV3: MigrationStep = {
  from: 2,
  to: 3,
  summary: 'people get accessNeeds and training; boards get seldomHeardGroups; co-production collections added',
  migrate(doc) {
    let next = mapRecords(doc, 'people', (person) => withDefault(withDefault(person, 'accessNeeds', []), 'training', []));
    next = mapRecords(next, 'boards', (board) => withDefault(board, 'seldomHeardGroups', []));
    for (const collection of ADDED_IN_V3) if (next[collection] === undefined) next = { ...next, [collection]: [] };
    return { ...next, schemaVersion: 3 };
  },
};

/**
 * Format 3 → 4 (actions as councils record them): an action's `dueDate` becomes `due`, which can also be a month,
 * the next meeting or words; a day stays that day. Owners by initials or "to be confirmed", further items and the
 * council's own references are new and optional, so nothing else changes.
 */
const v3ToV4: MigrationStep = {
  from: 3,
  to: 4,
  summary: "actions' dueDate becomes due: { kind: 'date', date }",
  migrate(doc) {
    const next = mapRecords(doc, 'actions', (action) => {
      const date = action['dueDate'];
      if (date === undefined) return action;
      return { ...withoutKeys(action, ['dueDate']), due: { kind: 'date', date } };
    });
    return { ...next, schemaVersion: 4 };
  },
};

/**
 * Format 4 → 5 (meetings from the past): a meeting may be historic, and its approval may name the day of an
 * approving meeting that is not on file instead of the meeting. Both are new and optional, so no record changes;
 * the number changes so that an older version refuses a store it could not read rather than calling it damaged.
 */
const v4ToV5: MigrationStep = {
  from: 4,
  to: 5,
  summary: 'meetings may be historic; an approval may give the approving meeting by its day',
  migrate: (doc) => ({ ...doc, schemaVersion: 5 }),
};

export const MIGRATIONS: readonly MigrationStep[] = [v1ToV2, v2ToV3, v3ToV4, v4ToV5];

/**
 * One record as an older format wrote it (a change left in the journal), brought up to the current format by the
 * same steps as a whole store: the record is a collection of one.
 */
export function migrateRecord(collection: string, record: unknown, fromVersion: number): unknown {
  if (fromVersion >= SCHEMA_VERSION) return record;
  const migrated = migrateToCurrent({ schemaVersion: fromVersion, [collection]: [record] }, 'A change in the journal').json[collection];
  return Array.isArray(migrated) ? (migrated[0] as unknown) : record;
}

export type Migrated = {
  /** The document in the current format (not yet validated). */
  readonly json: JsonObject;
  readonly fromVersion: number;
  readonly steps: readonly MigrationStep[];
};

/**
 * Brings a whole-store document (a bundle, or a format-1 data file) up to the current format. Refuses a newer
 * format with `future_version`, and a document without a format number with `unreadable`.
 */
export function migrateToCurrent(json: unknown, what = 'This file'): Migrated {
  if (!isObject(json)) throw new StoreError('unreadable', `${what} is not a Minute Book document (it is not a JSON object).`);
  const fromVersion = declaredVersion(json);
  if (fromVersion === undefined || fromVersion < 1) {
    throw new StoreError('unreadable', `${what} does not say which format it is in (schemaVersion is missing).`);
  }
  if (fromVersion > SCHEMA_VERSION) throw futureVersionError(what, fromVersion);
  let doc: JsonObject = json;
  const steps: MigrationStep[] = [];
  for (let version = fromVersion; version < SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS.find((s) => s.from === version);
    if (step === undefined) throw new StoreError('unreadable', `${what} is in format ${version}, which this version cannot convert.`);
    doc = step.migrate(doc);
    steps.push(step);
  }
  return { json: doc, fromVersion, steps };
}
