import fc from 'fast-check';
import { numberAgenda } from '../../shared/domain/agenda-numbering';
import { minuteLabels } from '../../shared/domain/minute-numbering';
import type { MeetingData } from '../../shared/domain/compose/meeting-data';
import { PERSON_KINDS, type Action, type AgendaItem, type Declaration, type ExemptCategory, type Person, type Resolution } from '../../shared/model';
import { board as boardRecord, meeting as meetingRecord } from './builders';

const T = '2025-01-01T10:00:00.000Z';

const carried = (id: string, text: string): Action => ({
  id,
  meetingId: 'm0',
  text,
  owner: { kind: 'person', personId: 'p0' },
  status: 'open',
  history: [{ at: T, date: '2025-02-01', status: 'in-progress', note: text }],
  createdAt: T,
  updatedAt: T,
});

// First names and surnames never share a word, so no full name is a whole-word part of another.
const FIRST = [
  'Amina',
  'Peter',
  'Janet',
  'Tomasz',
  'Priya',
  'Samuel',
  'Robert',
  'Maya',
  'Lisa',
  'Helen',
  'Kwame',
  'Grace',
  'Dev',
  'Ann',
  'Oluwaseun',
  'Siobhán',
];
const LAST = [
  'Okafor',
  'Holloway',
  'Morley',
  'Nowak',
  'Banerjee',
  'Adeyemi',
  'Fenwick',
  'Ellis',
  'Chen',
  'Carter',
  'Osei',
  'Whitfield',
  'Sharma',
  'Lee',
  'Leeson',
  'O’Brien',
];
const WORDS = [
  'the',
  'board',
  'members',
  'asked',
  'about',
  'carers',
  'service',
  'report',
  'noted',
  'workshop',
  'budget',
  'plan',
  'agreed',
  'transport',
  'day',
  'centre',
  'and',
  'that',
  'was',
  'explained',
];

/** A marker that only exempt content carries: finding one in a public document is a leak. */
export const SECRET = 'Zqxsecret';

export type GeneratedMeeting = {
  readonly data: MeetingData;
  /** Every marker put into exempt content. */
  readonly secrets: readonly string[];
  /** Names (and public names) of people who have not agreed to be named. */
  readonly unnamed: readonly string[];
};

const sentence = (people: readonly Person[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 1, arbitrary: people.length === 0 ? fc.constant('members') : fc.constantFrom(...people.flatMap((p) => [p.name, p.publicName])) },
      ),
      { minLength: 1, maxLength: 12 },
    )
    .chain((words) =>
      fc
        .record({ words: fc.constant(words), end: fc.constantFrom('.', '!', '?', ':', ''), quote: fc.boolean(), bullet: fc.boolean() })
        .map(({ words: w, end, quote, bullet }) => {
          const line = `${w.join(' ')}${end}`;
          const quoted = quote ? `“${line}”` : line;
          return bullet ? `- ${quoted}` : quoted;
        }),
    );

const minuteText = (people: readonly Person[]): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(sentence(people), { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\n\n', ' '))
    .map(([lines, separator]) => lines.join(separator));

const peopleArb: fc.Arbitrary<Person[]> = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)), { minLength: 2, maxLength: 8, selector: ([f, l]) => `${f} ${l}` })
  .chain((names) =>
    fc.tuple(
      ...names.map(([first, last], i) =>
        fc.record({ consent: fc.boolean(), kind: fc.constantFrom(...PERSON_KINDS), cllr: fc.boolean() }).map(({ consent, kind, cllr }): Person => ({
          id: `p${i}`,
          name: `${first} ${last}`,
          publicName: cllr ? `Cllr ${first} ${last}` : `${first} ${last}`,
          consentToBeNamed: consent,
          kind,
          accessNeeds: [],
          training: [],
          createdAt: T,
          updatedAt: T,
        })),
      ),
    ),
  );

type ItemSpec = { exempt: boolean; category: ExemptCategory; sub: number; mentionsExempt: boolean };

const itemSpecs = fc.array(
  fc.record({ exempt: fc.boolean(), category: fc.constantFrom<ExemptCategory>(1, 2, 3, 4, 5, 6, 7), sub: fc.nat(2), mentionsExempt: fc.boolean() }),
  { minLength: 1, maxLength: 6 },
);

/** Meetings of every shape: exempt items and sub-items anywhere, names of people with and without consent in any text. */
export const arbitraryMeeting: fc.Arbitrary<GeneratedMeeting> = fc
  .record({ people: peopleArb, specs: itemSpecs, signed: fc.boolean() })
  .chain(({ people, specs, signed }) => {
    const secrets: string[] = [];
    const secret = (what: string): string => {
      const marker = `${SECRET}${what}${secrets.length}`;
      secrets.push(marker);
      return marker;
    };
    const raw: (AgendaItem & { spec: ItemSpec | undefined })[] = [];
    specs.forEach((spec, i) => {
      const id = `i${i}`;
      const exemptTitle = `Exempt matter ${secret('title')}`;
      raw.push({
        id,
        meetingId: 'm1',
        parentId: null,
        order: i,
        title: spec.exempt ? exemptTitle : `Public item ${i}`,
        purpose: 'decision',
        confidentiality: spec.exempt ? { access: 'exempt', category: spec.category, reason: `Because ${secret('reason')}` } : { access: 'public' },
        recommendations: spec.exempt ? [`That ${secret('recommendation')} be agreed.`] : ['That the report be noted.'],
        attachmentIds: [],
        supplementary: false,
        minuteNumber: 10 + i,
        createdAt: T,
        updatedAt: T,
        spec,
        ...(spec.exempt ? { presenter: `Presenter ${secret('presenter')}` } : {}),
      });
      for (let s = 0; s < spec.sub; s += 1) {
        raw.push({
          id: `${id}-${s}`,
          meetingId: 'm1',
          parentId: id,
          order: s,
          title: spec.exempt ? `Exempt sub-matter ${secret('subtitle')}` : `Public sub-item ${i}.${s}`,
          purpose: 'discussion',
          confidentiality: { access: 'public' },
          recommendations: [],
          attachmentIds: [],
          supplementary: false,
          createdAt: T,
          updatedAt: T,
          spec: undefined,
        });
      }
    });
    const board = boardRecord();
    const meeting = meetingRecord({
      date: '2025-03-04',
      venue: 'Town Hall',
      status: signed ? 'minutes-signed' : 'minutes-drafted',
      ...(signed
        ? {
            approval: {
              atMeetingId: 'm2',
              approvedAt: T,
              signature: { name: people[0]?.publicName ?? 'Chair', personId: 'p0', signedOn: '2025-04-01' },
            },
          }
        : {}),
    });
    const numbered = numberAgenda(raw.map(({ spec: _spec, ...item }) => item));
    const labels = minuteLabels(board, meeting.date, numbered);
    const items = numbered.map((i) => ({ ...i, ...(labels.has(i.id) ? { minuteLabel: labels.get(i.id) ?? '' } : {}) }));
    const privateIds = new Set(items.filter((i) => i.part === 'private').map((i) => i.id));
    const exemptTitles = raw.filter((r) => r.spec?.exempt === true).map((r) => r.title);

    return fc
      .record({
        texts: fc.array(minuteText(people), { minLength: items.length, maxLength: items.length }),
        votes: fc.array(fc.constantFrom<'for' | 'against' | 'abstain'>('for', 'against', 'abstain'), {
          minLength: people.length,
          maxLength: people.length,
        }),
        statuses: fc.array(fc.constantFrom<'present' | 'apologies' | 'absent' | 'in-attendance'>('present', 'apologies', 'absent', 'in-attendance'), {
          minLength: people.length,
          maxLength: people.length,
        }),
      })
      .map(({ texts, votes, statuses }): GeneratedMeeting => {
        const minutes = items.map((item, i) => {
          const own = texts[i] ?? '';
          const mention =
            raw.find((r) => r.id === item.id)?.spec?.mentionsExempt === true && exemptTitles.length > 0 ? ` We noted “${exemptTitles[0]}”.` : '';
          const textValue = privateIds.has(item.id) ? `${own} ${secret('minute')}` : `${own}${mention}`;
          return { id: `min-${item.id}`, meetingId: 'm1', itemId: item.id, text: textValue, createdAt: T, updatedAt: T };
        });
        const resolutions: Resolution[] = items.map((item, i) => ({
          id: `r-${item.id}`,
          meetingId: 'm1',
          itemId: item.id,
          order: 0,
          kind: i % 3 === 0 ? 'RECOMMENDED' : 'RESOLVED',
          ...(i % 3 === 0 ? { recommendedTo: 'Cabinet' } : {}),
          parts: privateIds.has(item.id)
            ? [{ id: `rp-${item.id}`, text: `That ${secret('decision')} be done.` }]
            : [{ id: `rp-${item.id}`, text: `That ${texts[i] ?? 'the report'} be noted.` }],
          recordedVote: people.map((p, n) => ({ personId: p.id, vote: votes[n] ?? 'for' })),
          reference: privateIds.has(item.id) ? `REF-${secret('reference')}` : `RCPB/2025/${10 + i}-1`,
          createdAt: T,
          updatedAt: T,
        }));
        const actions: Action[] = items.map((item, i) => ({
          id: `act-${item.id}`,
          meetingId: 'm1',
          itemId: item.id,
          text: privateIds.has(item.id) ? `Act on ${secret('action')}` : `Follow up with ${people[i % people.length]?.name ?? 'someone'}`,
          owner:
            i % 2 === 0
              ? { kind: 'person', personId: people[i % people.length]?.id ?? 'p0' }
              : { kind: 'organisation', name: privateIds.has(item.id) ? `Org ${secret('org')}` : 'Riverside Community Voice' },
          due: { kind: 'date', date: '2025-05-01' },
          status: 'open',
          history: [],
          createdAt: T,
          updatedAt: T,
        }));
        const declarations: Declaration[] = items.map((item, i) => ({
          id: `d-${item.id}`,
          meetingId: 'm1',
          itemId: item.id,
          personId: people[i % people.length]?.id ?? 'p0',
          type: 'other-registrable',
          nature: privateIds.has(item.id) ? `Works for ${secret('nature')}` : `Knows ${people[(i + 1) % people.length]?.name ?? 'nobody'} well.`,
          leftTheRoom: i % 2 === 0,
          createdAt: T,
          updatedAt: T,
        }));
        const data: MeetingData = {
          audience: 'private',
          board,
          meeting,
          items,
          people,
          members: people.map((p, i) => ({ personId: p.id, role: i === 0 ? 'chair' : 'member', voting: true })),
          attendance: people.map((p, i) => ({
            id: `a-${p.id}`,
            meetingId: 'm1',
            personId: p.id,
            status: statuses[i] ?? 'present',
            movements: items.slice(0, 2).map((item) => ({ kind: 'left' as const, itemId: item.id })),
            note: `Note about ${p.name}`,
            createdAt: T,
            updatedAt: T,
          })),
          declarations,
          minutes,
          resolutions,
          actions,
          attachments: [],
          carriedActions: [
            { action: carried('carried-private', `Carried ${secret('carried')}`), meetingDate: '2025-01-01', fromPrivateItem: true, overdue: true },
            {
              action: carried('carried-public', `Ask ${people[0]?.name ?? ''} again`),
              meetingDate: '2025-01-01',
              fromPrivateItem: false,
              overdue: false,
            },
          ],
          today: '2025-03-10',
        };
        return { data, secrets, unnamed: people.filter((p) => !p.consentToBeNamed).flatMap((p) => [p.name, p.publicName]) };
      });
  });

const namePatterns = new WeakMap<readonly string[], RegExp | null>();

function namePattern(unnamed: readonly string[]): RegExp | null {
  let pattern = namePatterns.get(unnamed);
  if (pattern === undefined) {
    const names = [...unnamed].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = names.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    namePatterns.set(unnamed, pattern);
  }
  return pattern;
}

/** The first leak found in a public text: an exempt marker, or the name of someone who has not agreed to be named. */
export function findLeak(text: string, generated: Pick<GeneratedMeeting, 'unnamed'>): string | undefined {
  const secret = new RegExp(`${SECRET}\\w+`).exec(text)?.[0];
  if (secret !== undefined) return `exempt text "${secret}"`;
  const lower = text.toLowerCase();
  if (!generated.unnamed.some((n) => lower.includes(n.toLowerCase()))) return undefined;
  const name = namePattern(generated.unnamed)?.exec(text)?.[0];
  return name === undefined ? undefined : `the name "${name}"`;
}
