import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minutesProblem, recognisePastMinutes } from '../../../../shared/domain/past-minutes/recognise';
import { PastMinutesDraft, type DraftVote, type SourceDocument } from '../../../../shared/model/past-minutes';
import { asPdfLines } from '../../../support/past-minutes/as-pdf-lines';
import { parseMarkup } from '../../../support/past-minutes/markup';

/*
 * Every fixture in test/fixtures/past-minutes is recognised, and the facts its NAME.facts.json lists are looked for
 * in the right place of the draft:
 *   names    – a person in attendance, a declaration, a mover or seconder, or a named vote (loosely: titles,
 *              dots and case aside, the listed name within the draft's)
 *   numbers  – an item's agenda number or minute number, exactly
 *   verbs    – decisions' verbs, each listed verb matched by a decision of its own
 *   votes    – a decision's counts, written "For 6 Against 3 Abstain 1" (a count the minutes leave out, left out)
 *   actions  – an action whose text or owner contains the words
 *   date     – the meeting's date, YYYY-MM-DD
 *   exempt   – optional: item number → the Schedule 12A paragraphs the item was taken in private under
 *   recommendedTo – optional: the bodies the RECOMMENDED decisions go to, each matched by a decision of its own
 * A fixture whose facts say "notMinutes": true must be refused by minutesProblem, with a reason.
 */

type Facts = {
  readonly notMinutes?: boolean;
  readonly date?: string;
  readonly names?: readonly string[];
  readonly numbers?: readonly string[];
  readonly verbs?: readonly string[];
  readonly votes?: readonly string[];
  readonly actions?: readonly string[];
  readonly exempt?: Readonly<Record<string, readonly number[]>>;
  readonly recommendedTo?: readonly string[];
};

const DIR = join(__dirname, '../../../fixtures/past-minutes');
const CATEGORIES = ['names', 'numbers', 'verbs', 'votes', 'actions', 'date', 'exempt', 'recommendedTo'] as const;
type Category = (typeof CATEGORIES)[number];

const loose = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\b(?:councillors?|cllrs?|dr|mr|mrs|ms|miss|prof|professor|rev)\b\.?/g, '')
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const voteWords = (v: DraftVote): string =>
  [
    v.for !== undefined ? `For ${v.for}` : '',
    v.against !== undefined ? `Against ${v.against}` : '',
    v.abstain !== undefined ? `Abstain ${v.abstain}` : '',
  ]
    .filter((w) => w !== '')
    .join(' ');

function score(draft: PastMinutesDraft, facts: Facts): Record<Category, { found: number; listed: number; missing: string[] }> {
  const decisions = draft.items.flatMap((i) => i.decisions);
  const names = [
    ...draft.attendance.map((p) => p.name),
    ...draft.declarations.map((d) => d.name),
    ...decisions.flatMap((d) => [d.mover ?? '', d.seconder ?? '', ...(d.vote?.named ?? []).map((n) => n.name)]),
  ]
    .filter((n) => n !== '')
    .map(loose);
  const numbers = new Set(draft.items.flatMap((i) => [i.number, i.minuteNumber]).filter((n): n is string => n !== undefined));
  const verbs = decisions.map((d) => d.verb);
  const votes = decisions.flatMap((d) => (d.vote ? [voteWords(d.vote)] : []));
  const actions = draft.items.flatMap((i) => i.actions).map((a) => `${a.text} | ${a.ownerText ?? ''}`.toLowerCase());
  const tally = (listed: readonly string[], has: (fact: string) => boolean) => {
    const missing = listed.filter((f) => !has(f));
    return { found: listed.length - missing.length, listed: listed.length, missing };
  };
  const take = (pool: string[]) => (fact: string) => {
    const at = pool.indexOf(fact);
    if (at < 0) return false;
    pool.splice(at, 1);
    return true;
  };
  return {
    names: tally(facts.names ?? [], (n) => names.some((d) => d.includes(loose(n)))),
    numbers: tally(facts.numbers ?? [], (n) => numbers.has(n)),
    verbs: tally(facts.verbs ?? [], take([...verbs])),
    votes: tally(facts.votes ?? [], take([...votes])),
    actions: tally(facts.actions ?? [], (a) => actions.some((x) => x.includes(a.toLowerCase()))),
    date: tally(facts.date ? [facts.date] : [], (d) => draft.date?.value === d),
    exempt: tally(
      Object.entries(facts.exempt ?? {}).map(([n, ps]) => `${n}: ${ps.join(',')}`),
      (f) => draft.items.some((i) => `${i.number ?? i.minuteNumber ?? ''}: ${(i.exemptParagraphs ?? []).join(',')}` === f),
    ),
    recommendedTo: tally(facts.recommendedTo ?? [], take(decisions.flatMap((d) => (d.recommendedTo ? [d.recommendedTo] : [])))),
  };
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort()
  .map((f) => ({
    name: f.replace(/\.md$/, ''),
    doc: parseMarkup(readFileSync(join(DIR, f), 'utf8'), f.replace(/\.md$/, '.docx')),
    facts: JSON.parse(readFileSync(join(DIR, f.replace(/\.md$/, '.facts.json')), 'utf8')) as Facts,
  }));

describe('the recogniser over the corpus of fixture minutes', () => {
  it('has at least ten minutes and two documents that are not minutes', () => {
    expect(fixtures.filter((f) => !f.facts.notMinutes).length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((f) => f.facts.notMinutes).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses documents that are not minutes, saying why, and accepts every set of minutes', () => {
    for (const f of fixtures) {
      const problem = minutesProblem(f.doc);
      if (f.facts.notMinutes) expect(problem, f.name).toMatch(/not minutes/);
      else expect(problem, f.name).toBeUndefined();
    }
  });

  it('drafts minutes that the schema accepts', () => {
    for (const f of fixtures.filter((x) => !x.facts.notMinutes)) {
      const parsed = PastMinutesDraft.safeParse(recognisePastMinutes(f.doc));
      expect(parsed.success ? '' : `${f.name}: ${parsed.error.message}`).toBe('');
    }
  });

  const measure = (view: string, shape: (doc: SourceDocument) => SourceDocument): void => {
    const totals = Object.fromEntries(CATEGORIES.map((c) => [c, { found: 0, listed: 0 }])) as Record<Category, { found: number; listed: number }>;
    const misses: string[] = [];
    for (const f of fixtures.filter((x) => !x.facts.notMinutes)) {
      const result = score(recognisePastMinutes(shape(f.doc)), f.facts);
      for (const c of CATEGORIES) {
        totals[c].found += result[c].found;
        totals[c].listed += result[c].listed;
        for (const m of result[c].missing) misses.push(`${f.name} ${c}: ${m}`);
      }
    }
    console.log(
      [
        `${view}\ncategory      found / listed   share`,
        ...CATEGORIES.map(
          (c) =>
            `${c.padEnd(13)} ${String(totals[c].found).padStart(5)} / ${String(totals[c].listed).padEnd(6)}  ${((100 * totals[c].found) / Math.max(1, totals[c].listed)).toFixed(1)}%`,
        ),
      ].join('\n'),
    );
    if (misses.length > 0) console.log(`Not found (${view}):\n${misses.join('\n')}`);
    for (const c of CATEGORIES) if (totals[c].listed > 0) expect(totals[c].found / totals[c].listed, `${view}: ${c}`).toBeGreaterThanOrEqual(0.95);
  };

  it('finds at least 95% of the listed facts in each category, in the right place', () => {
    measure('As Word gives them (headings, bold, list numbering, tables)', (doc) => doc);
  });

  it('finds at least 95% of them again when every line comes as a block of its own, as from a PDF', () => {
    measure('As a PDF gives them (a block a line, list markers in the text)', asPdfLines);
  });
});
