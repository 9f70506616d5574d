import type { AttendanceStatus } from '../../model/attendance';
import type { DraftPerson, SourceLines } from '../../model/past-minutes';
import type { MemberRole } from '../../model/person';
import { isNameLike, isOrganisation, PLURAL_TITLE, splitTitle } from './names';

/*
 * One attendance entry or list of them: "Councillor A Smith (Chair), Councillors B Jones and C Brown",
 * "Cllr Jones (AJ)", "Dr J Smith – Director of Public Health, NHS Rotherham", "Councillor X (substitute for
 * Councillor Y)". The line is cut into pieces at commas, semicolons, dashes and "and"; a piece that reads as a name
 * starts a person, and the pieces after it are that person's job title and organisation.
 */

/** Splits at a separator outside brackets. */
function splitOutside(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '(' || ch === '[') depth += 1;
    if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
    if (depth === 0) {
      const m = separator.exec(text.slice(i));
      if (m && m.index === 0 && m[0].length > 0) {
        parts.push(current);
        current = '';
        i += m[0].length;
        continue;
      }
    }
    current += ch;
    i += 1;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const ROLE_WORDS: readonly [RegExp, MemberRole][] = [
  [/^(?:(?:vice|deputy)[- ]?chair(?:man|woman|person)?)$/i, 'vice-chair'],
  [/^(?:co-?chair(?:man|woman|person)?)$/i, 'co-chair'],
  [/^(?:chair(?:man|woman|person)?|in the chair|presiding|mayor)$/i, 'chair'],
  [/^(?:observer|observing)$/i, 'observer'],
  [/^(?:co-?opted(?: member)?)$/i, 'co-opted'],
  [/^(?:substitute|sub)$/i, 'substitute'],
];

const roleOf = (text: string): MemberRole | undefined => ROLE_WORDS.find(([re]) => re.test(text.trim()))?.[1];

const INITIALS = /^(?:[A-Z]{2,4}|(?:[A-Z]\.){2,4})$/;
const SUBSTITUTE = /\b(?:(?:as\s+)?(?:substitute|substituting|sub)\s+for|in\s+place\s+of|replacing)\s+(.+)$/i;
const SUBSTITUTED_BY = /\s*,?\s*(?:substituted|replaced)\s+by\s+(.+)$/i;
const SUBSTITUTE_POSSESSIVE = /\b(?:attending\s+)?as\s+(.+?)['’]s?\s+substitute\b/i;

type Draft = {
  name: string;
  initials?: string;
  role?: MemberRole;
  jobTitle?: string;
  organisation?: string;
  substituteFor?: string;
  unsure?: string;
  /** Present, whatever the section: a substitute named in the apologies. */
  present?: boolean;
};

/** Takes "(Chair)", "(AJ)", "(substitute for Cllr X)" and other brackets off a piece, into the person. */
function takeBrackets(piece: string, person: Draft): string {
  return piece
    .replace(/\s*\(([^)]*)\)/g, (_all, inner: string) => {
      const text = inner.trim();
      const role = roleOf(text);
      const sub = SUBSTITUTE.exec(text);
      if (role) person.role = role;
      else if (INITIALS.test(text)) person.initials = text;
      else if (sub) {
        person.role = 'substitute';
        person.substituteFor = sub[1]?.trim();
      } else if (isOrganisation(text)) person.organisation = text;
      else if (/part of the meeting|from item|until item|left|arrived|minute|remote|virtual|online|teams/i.test(text)) {
        person.unsure = `Attended only in part, or by another means: "${text.slice(0, 200)}"`;
      } else if (!person.jobTitle) person.jobTitle = text;
      return '';
    })
    .trim();
}

function takeSubstitute(piece: string, person: Draft): string {
  const possessive = SUBSTITUTE_POSSESSIVE.exec(piece);
  const plain = possessive ? null : SUBSTITUTE.exec(piece);
  const m = possessive ?? plain;
  if (!m) return piece;
  person.role = 'substitute';
  person.substituteFor = (m[1] ?? '').trim();
  return piece
    .slice(0, m.index)
    .replace(/[,–-]\s*$/, '')
    .trim();
}

/** Pieces of an entry, in order: names and the job or body words after each. */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  // Once "Councillors" has opened a list, a bare surname ("Webb and Ruddock") is a name too.
  let listTitle = false;
  for (const group of splitOutside(text, /^\s*;\s*/)) {
    for (const comma of splitOutside(group, /^\s*,\s*/)) {
      for (const dashed of splitOutside(comma, /^\s+[–—-]\s+|^\s*[–—]\s*|^\s+(?=(?:substituted|replaced)\s+by\s)/)) {
        // "and" joins two names, but also sits inside job titles ("Performance and Quality Manager").
        if (PLURAL_TITLE.test(dashed)) listTitle = true;
        else if (splitTitle(dashed).title !== undefined) listTitle = false;
        const halves = splitOutside(dashed, /^\s+(?:and|&)\s+/);
        const names = halves.every((h, i) => isNameLike(h.replace(/\([^)]*\)/g, ''), listTitle || i > 0 || PLURAL_TITLE.test(h)));
        if (halves.length > 1 && names) pieces.push(...halves);
        else pieces.push(dashed.replace(/^and\s+/i, ''));
      }
    }
  }
  return pieces;
}

export type PeopleContext = {
  readonly status: AttendanceStatus;
  readonly lines: SourceLines;
  /** A role that the section gives everyone in it ("Co-opted members"). */
  readonly role?: MemberRole;
};

/** The people one attendance entry names, with their titles, roles, jobs and organisations as printed. */
export function peopleIn(text: string, context: PeopleContext): DraftPerson[] {
  const cleaned = text
    .replace(/^(?:and\s+)/i, '')
    .replace(/[.;,]\s*$/, '')
    .trim();
  if (cleaned === '' || /^(?:none|nil|no apologies|n\/a|there were none|none received)\b/i.test(cleaned)) return [];
  const people: Draft[] = [];
  let pluralTitle: string | undefined;
  let current: Draft | undefined;
  for (const raw of piecesOf(cleaned)) {
    const plural = PLURAL_TITLE.exec(raw);
    if (plural) pluralTitle = plural[0].trim().toLowerCase().startsWith('cllr') ? 'Cllr' : 'Councillor';
    const draft: Draft = { name: '' };
    // "Councillor A, substituted by Councillor B": A sent apologies, B came in A's place.
    const replacedBy = SUBSTITUTED_BY.exec(raw);
    if (replacedBy?.[1] && current) {
      people.push({ name: replacedBy[1].trim(), role: 'substitute', substituteFor: current.name, present: true });
      continue;
    }
    const piece = takeSubstitute(takeBrackets(plural ? raw.slice(plural[0].length) : raw, draft), draft);
    const ownTitle = splitTitle(piece).title !== undefined;
    if (ownTitle && !plural) pluralTitle = undefined;
    if (isNameLike(piece, pluralTitle !== undefined || plural !== null)) {
      const name = !ownTitle && pluralTitle ? `${pluralTitle} ${piece}` : piece;
      current = { ...draft, name };
      people.push(current);
      continue;
    }
    const role = roleOf(piece);
    if (current && role) current.role = role;
    else if (current && piece !== '') {
      if (draft.role && !current.role) current.role = draft.role;
      if (draft.substituteFor) current.substituteFor = draft.substituteFor;
      if (isOrganisation(piece) && !current.organisation) current.organisation = piece;
      else if (!current.jobTitle) current.jobTitle = piece;
      else if (!current.organisation) current.organisation = piece;
      else current.jobTitle = `${current.jobTitle}, ${piece}`;
    } else if (piece !== '') {
      // A role with no name ("The Director of Finance"): kept, for the clerk to name.
      current = { ...draft, name: piece, unsure: 'No name is given here, only a role or a body' };
      people.push(current);
    }
  }
  return people.map((p) => toPerson(p, context));
}

function toPerson(p: Draft, context: PeopleContext): DraftPerson {
  const role = p.role ?? context.role;
  return {
    name: p.name.slice(0, 200),
    ...(p.initials ? { initials: p.initials } : {}),
    ...(role ? { role } : {}),
    ...(p.jobTitle ? { jobTitle: p.jobTitle.slice(0, 200) } : {}),
    ...(p.organisation ? { organisation: p.organisation.slice(0, 200) } : {}),
    status: p.present ? 'present' : role === 'observer' && context.status === 'present' ? 'observer' : context.status,
    ...(p.substituteFor ? { substituteFor: p.substituteFor.slice(0, 200) } : {}),
    lines: context.lines,
    ...(p.unsure ? { unsure: p.unsure } : {}),
  };
}
