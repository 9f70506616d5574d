import type { Confidentiality, Person } from '../../model';
import type { ActionLogData, MeetingData, RegisterData } from './meeting-data';
import { roleLabel } from './people';
import { scrubbedDecision } from './decisions';
import { publicRatings } from '../coproduction/public-ratings';

/** Exempt titles shorter than this are ordinary words ("Budget"): replacing them everywhere would garble prose. */
const MIN_TITLE_TO_SCRUB = 8;
const PRIVATE_ITEM_WORDS = 'an item taken in private';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Replacement = { readonly text: string; readonly label: string };

/** Replaces each whole-word occurrence, starting a sentence with a capital where the replacement opens one. */
export type Scrubber = (text: string) => string;

/**
 * One regular expression for all the replacements, longest first (so "Janet Morley" wins over "Janet"), matched
 * as whole words only, so "Ann Lee" leaves "Ann Leeson" alone. One pass per text: public views scrub every field.
 */
function scrubberFor(replacements: readonly Replacement[]): Scrubber {
  if (replacements.length === 0) return (text) => text;
  const sorted = [...replacements].sort((a, b) => b.text.length - a.text.length);
  const labels = new Map(sorted.map((r) => [r.text.toLowerCase(), r.label]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map((r) => escapeRegExp(r.text)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const needles = [...labels.keys()];
  return (text) => {
    // Most fields name nobody: a plain substring check spares them the regular expression.
    const lower = text.toLowerCase();
    if (!needles.some((n) => lower.includes(n))) return text;
    return text.replace(pattern, (match: string, offset: number, whole: string) => {
      const label = labels.get(match.toLowerCase()) ?? PRIVATE_ITEM_WORDS;
      const before = whole.slice(Math.max(0, offset - 4), offset);
      const startsSentence = offset === 0 || /(?:[.!?:]\s+|\n\s*|^[“"‘']|[.!?:]\s*[“"‘'])$/.test(before);
      return startsSentence ? `${label.charAt(0).toUpperCase()}${label.slice(1)}` : label;
    });
  };
}

/** The names of people who have not agreed to be named, each to be replaced by the person's role. */
export function nameScrubber(people: readonly Person[]): Scrubber {
  const pairs: Replacement[] = [];
  for (const person of people) {
    if (person.consentToBeNamed) continue;
    for (const name of new Set([person.name.trim(), person.publicName.trim()])) {
      if (name.length >= 2) pairs.push({ text: name, label: roleLabel(person.kind) });
    }
  }
  return scrubberFor(pairs);
}

function titleScrubber(titles: readonly string[]): Scrubber {
  const long = [...new Set(titles.map((t) => t.trim()))].filter((t) => t.length >= MIN_TITLE_TO_SCRUB);
  return scrubberFor(long.map((t) => ({ text: t, label: PRIVATE_ITEM_WORDS })));
}

/** People as a public document may show them: without consent, the name and the public name become the role. */
export function publicPeople(people: readonly Person[]): Person[] {
  return people.map((p) => {
    if (p.consentToBeNamed) return p;
    // Initials name a person as surely as a name does.
    const { initials: _initials, ...rest } = p;
    return { ...rest, name: roleLabel(p.kind), publicName: roleLabel(p.kind) };
  });
}

/**
 * What a public document keeps of an exempt item's grounds: its paragraphs of Schedule 12A, the public-interest
 * statement and how the motion to exclude went, which the exclusion resolution prints in public; never the reason.
 */
function publicConfidentiality(confidentiality: Confidentiality, scrub: Scrubber): Confidentiality {
  if (confidentiality.access === 'public') return confidentiality;
  const { reason: _reason, ...grounds } = confidentiality;
  return grounds.publicInterest === undefined ? grounds : { ...grounds, publicInterest: scrub(grounds.publicInterest) };
}

/**
 * The public view of a meeting: exempt content is removed here, before anything is composed, so no renderer
 * can leak what it never receives. An exempt item keeps only its number, its place and its Schedule 12A
 * paragraph; its title, presenter, easy-read summary, papers, minute, decisions, actions and declarations are dropped. Names of
 * people who have not agreed to be named are replaced by their role wherever they appear, free text included.
 */
export function publicView(data: MeetingData): MeetingData {
  const privateIds = new Set(data.items.filter((i) => i.part === 'private').map((i) => i.id));
  const privateItems = data.items.filter((i) => privateIds.has(i.id));
  const exemptWords = privateItems.flatMap((i) => [
    i.title,
    ...(i.confidentiality.access === 'exempt' && i.confidentiality.reason !== undefined ? [i.confidentiality.reason] : []),
  ]);
  const scrubNames = nameScrubber(data.people);
  const unnamed = new Map(data.people.filter((p) => !p.consentToBeNamed).map((p) => [p.id, p]));
  const scrubTitles = titleScrubber(exemptWords);
  const scrub = (text: string): string => scrubTitles(scrubNames(text));
  const privateResolutions = new Set(data.resolutions.filter((r) => privateIds.has(r.itemId)).map((r) => r.id));
  const fromPrivate = (a: { itemId?: string; resolutionId?: string }): boolean =>
    (a.itemId !== undefined && privateIds.has(a.itemId)) || (a.resolutionId !== undefined && privateResolutions.has(a.resolutionId));

  return {
    ...data,
    audience: 'public',
    board: { ...data.board, ...(data.board.clerk === undefined ? {} : { clerk: { ...data.board.clerk, name: scrubNames(data.board.clerk.name) } }) },
    meeting: {
      ...data.meeting,
      ...(data.meeting.title === undefined ? {} : { title: scrub(data.meeting.title) }),
      ...(data.meeting.venue === undefined ? {} : { venue: scrub(data.meeting.venue) }),
      ...(data.meeting.approval === undefined
        ? {}
        : {
            approval: {
              ...data.meeting.approval,
              signature: { ...data.meeting.approval.signature, name: scrubNames(data.meeting.approval.signature.name) },
            },
          }),
    },
    items: data.items.map((item) => {
      if (privateIds.has(item.id)) {
        const { presenter: _presenter, presenterPersonId: _who, easyReadSummary: _summary, description: _description, ...rest } = item;
        return {
          ...rest,
          title: 'Item taken in private',
          confidentiality: publicConfidentiality(item.confidentiality, scrubNames),
          recommendations: [],
          attachmentIds: [],
        };
      }
      const presenter = item.presenterPersonId === undefined ? undefined : unnamed.get(item.presenterPersonId);
      return {
        ...item,
        title: scrub(item.title),
        ...(item.presenter === undefined ? {} : { presenter: presenter === undefined ? scrub(item.presenter) : roleLabel(presenter.kind) }),
        recommendations: item.recommendations.map(scrub),
        ...(item.description === undefined ? {} : { description: scrub(item.description) }),
        ...(item.easyReadSummary === undefined ? {} : { easyReadSummary: scrub(item.easyReadSummary) }),
      };
    }),
    people: publicPeople(data.people),
    attendance: data.attendance.map((a) => ({
      ...a,
      movements: a.movements.filter((m) => !privateIds.has(m.itemId)),
      ...(a.note === undefined ? {} : { note: scrub(a.note) }),
    })),
    declarations: data.declarations.filter((d) => !privateIds.has(d.itemId)).map((d) => ({ ...d, nature: scrub(d.nature) })),
    minutes: data.minutes.filter((m) => !privateIds.has(m.itemId)).map((m) => ({ ...m, text: scrub(m.text) })),
    resolutions: data.resolutions.filter((r) => !privateIds.has(r.itemId)).map((r) => scrubbedDecision(r, scrub)),
    actions: data.actions
      .filter((a) => !fromPrivate(a))
      .map((a) => ({ ...a, text: scrub(a.text), owner: a.owner.kind === 'organisation' ? { ...a.owner, name: scrub(a.owner.name) } : a.owner })),
    attachments: data.attachments.filter((a) => a.itemId === undefined || !privateIds.has(a.itemId)),
    carriedActions: data.carriedActions
      .filter((c) => !c.fromPrivateItem)
      .map((c) => ({
        ...c,
        action: {
          ...c.action,
          text: scrub(c.action.text),
          owner: c.action.owner.kind === 'organisation' ? { ...c.action.owner, name: scrub(c.action.owner.name) } : c.action.owner,
          history: c.action.history.map((h) => (h.note === undefined ? h : { ...h, note: scrub(h.note) })),
        },
      })),
    ...(data.ratings === undefined ? {} : { ratings: publicRatings(data.ratings, privateIds, scrub) }),
  };
}

/** The public view of an action log: actions raised in private go, and names without consent become roles. */
export function publicActionLog(data: ActionLogData): ActionLogData {
  const scrub = nameScrubber(data.people);
  return {
    ...data,
    audience: 'public',
    people: publicPeople(data.people),
    entries: data.entries
      .filter((e) => !e.fromPrivateItem)
      .map((e) => ({
        ...e,
        ...(e.itemTitle === undefined ? {} : { itemTitle: scrub(e.itemTitle) }),
        action: {
          ...e.action,
          text: scrub(e.action.text),
          owner: e.action.owner.kind === 'organisation' ? { ...e.action.owner, name: scrub(e.action.owner.name) } : e.action.owner,
          ...(e.action.due?.kind === 'words' ? { due: { ...e.action.due, words: scrub(e.action.due.words) } } : {}),
          history: e.action.history.map((h) => (h.note === undefined ? h : { ...h, note: scrub(h.note) })),
        },
      })),
  };
}

/** The public view of a resolutions register: decisions taken in private go, and names become roles. */
export function publicRegister(data: RegisterData): RegisterData {
  const scrub = nameScrubber(data.people);
  return {
    ...data,
    audience: 'public',
    people: publicPeople(data.people),
    entries: data.entries
      .filter((e) => !e.fromPrivateItem)
      .map((e) => ({
        ...e,
        itemTitle: scrub(e.itemTitle),
        resolution: scrubbedDecision(e.resolution, scrub),
      })),
  };
}
