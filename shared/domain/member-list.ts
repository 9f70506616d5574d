import { MEMBER_ROLES, PERSON_KINDS, type MemberRole, type PersonKind } from '../model';
import { memberRoleLabel, personKindLabel } from './member-labels';

/**
 * A list of members as a clerk pastes it: one a line, as copied from a Word table (cells separated by tabs) or a
 * spreadsheet (tabs, or commas in a CSV), with or without a header row. Each line gives a name, then a role, then
 * an organisation; a header row may put them in another order.
 */

/** One line read as a member. */
export type PastedMember = {
  readonly line: number;
  readonly name: string;
  readonly role: MemberRole;
  /** What kind of person the line says they are, if it says: "Councillor" as a role, or "Cllr" before the name. */
  readonly kind?: PersonKind;
  readonly organisation?: string;
};

/** A line that could not be read, with why, in words a clerk understands. */
export type UnreadLine = { readonly line: number; readonly text: string; readonly problem: string };

export type PastedList = {
  readonly members: readonly PastedMember[];
  readonly unread: readonly UnreadLine[];
  /** Whether the first line was taken as a header row and skipped. */
  readonly header: boolean;
};

type Column = 'name' | 'role' | 'organisation';

const HEADER_WORDS: Readonly<Record<Column, readonly string[]>> = {
  name: ['name', 'full name', 'member', 'members', 'member name'],
  role: ['role', 'position', 'title', 'board role', 'membership'],
  organisation: ['organisation', 'organization', 'organisation / body', 'body', 'representing', 'agency', 'sector'],
};

const MAX_NAME = 200;

const squash = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’'.]/g, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();

/** Role words beyond the labels, as boards write them. */
const ROLE_WORDS: Readonly<Record<string, MemberRole>> = {
  chairman: 'chair',
  chairperson: 'chair',
  'chair person': 'chair',
  'vice chairman': 'vice-chair',
  'vice chairperson': 'vice-chair',
  'deputy chair': 'vice-chair',
  cochair: 'co-chair',
  'joint chair': 'co-chair',
  'board member': 'member',
  'voting member': 'member',
  'co opted': 'co-opted',
  coopted: 'co-opted',
  'co opted member': 'co-opted',
  sub: 'substitute',
  'substitute member': 'substitute',
  officer: 'officer-in-attendance',
  'in attendance': 'officer-in-attendance',
};

/** Kind words beyond the labels. */
const KIND_WORDS: Readonly<Record<string, PersonKind>> = {
  cllr: 'councillor',
  'expert by experience': 'expert-by-experience',
  'experts by experience': 'expert-by-experience',
  ebe: 'expert-by-experience',
  'vcs partner': 'voluntary-sector-partner',
  'voluntary sector': 'voluntary-sector-partner',
  'nhs partner': 'health-partner',
  'health partner': 'health-partner',
  'member of public': 'member-of-the-public',
  public: 'member-of-the-public',
};

const ROLES = new Map<string, MemberRole>([
  ...MEMBER_ROLES.map((role): [string, MemberRole] => [squash(memberRoleLabel(role)), role]),
  ...MEMBER_ROLES.map((role): [string, MemberRole] => [squash(role), role]),
  ...Object.entries(ROLE_WORDS),
]);
const KINDS = new Map<string, PersonKind>([
  ...PERSON_KINDS.map((kind): [string, PersonKind] => [squash(personKindLabel(kind)), kind]),
  ...PERSON_KINDS.map((kind): [string, PersonKind] => [squash(kind), kind]),
  ...Object.entries(KIND_WORDS),
]);

/** What a role cell says: a board role, a kind of person (who is then a member), or both ("Councillor (Chair)"). */
export function readRole(cell: string): { readonly role: MemberRole; readonly kind?: PersonKind } | undefined {
  const text = squash(cell);
  if (text === '') return { role: 'member' };
  const role = ROLES.get(text);
  if (role !== undefined) return { role };
  const kind = KINDS.get(text);
  if (kind !== undefined) return { role: 'member', kind };
  // "Councillor (Chair)", "Chair - Councillor", "Vice-chair, expert by experience"
  const parts = cell
    .split(/\s[-–]\s|[(),/–]/)
    .map(squash)
    .filter((part) => part !== '');
  if (parts.length < 2) return undefined;
  const roles = parts.flatMap((part) => (ROLES.has(part) ? [ROLES.get(part) as MemberRole] : []));
  const kinds = parts.flatMap((part) => (KINDS.has(part) ? [KINDS.get(part) as PersonKind] : []));
  if (roles.length + kinds.length !== parts.length || roles.length > 1 || kinds.length > 1) return undefined;
  return kinds[0] === undefined ? { role: roles[0] ?? 'member' } : { role: roles[0] ?? 'member', kind: kinds[0] };
}

/** Splits a CSV line at commas outside double quotes, taking "" inside quotes as one quote. */
function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line.charAt(i);
    if (quoted) {
      if (char === '"' && line.charAt(i + 1) === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** A line's cells: split at tabs when the list has any, else at commas. */
const cellsOf = (line: string, tabs: boolean): string[] => (tabs ? line.split('\t') : splitCsv(line)).map((cell) => cell.trim());

/** The column order a header row gives, or undefined when the line is not a header. */
function headerOrder(cells: readonly string[]): readonly (Column | undefined)[] | undefined {
  const order = cells.map((cell) => {
    const text = squash(cell);
    return (Object.keys(HEADER_WORDS) as Column[]).find((column) => HEADER_WORDS[column].includes(text));
  });
  return order.includes('name') && order.filter((column) => column !== undefined).length >= 2 ? order : undefined;
}

const COUNCILLOR_TITLE = /^(cllr\.?|councillor)\s+/i;

function readLine(cells: readonly string[], order: readonly (Column | undefined)[], line: number, text: string): PastedMember | UnreadLine {
  const at = (column: Column): string => {
    const index = order.indexOf(column);
    return index === -1 ? '' : (cells[index] ?? '');
  };
  const extra = cells.slice(order.length).filter((cell) => cell !== '');
  if (extra.length > 0) {
    return { line, text, problem: `It has more than ${order.length} columns: give the name, the role and the organisation only.` };
  }
  const name = at('name');
  if (name === '') return { line, text, problem: 'It has no name.' };
  if (name.length > MAX_NAME) return { line, text, problem: `The name is longer than ${MAX_NAME} characters.` };
  const organisation = at('organisation');
  if (organisation.length > 200) return { line, text, problem: 'The organisation is longer than 200 characters.' };
  const role = readRole(at('role'));
  if (role === undefined) {
    return { line, text, problem: `“${at('role')}” is not a role Minute Book knows, such as Chair, Vice-chair, Member, Substitute or Observer.` };
  }
  const kind = role.kind ?? (COUNCILLOR_TITLE.test(name) ? 'councillor' : undefined);
  return {
    line,
    name,
    role: role.role,
    ...(kind === undefined ? {} : { kind }),
    ...(organisation === '' ? {} : { organisation }),
  };
}

/** Reads a pasted list of members. Blank lines are skipped; a line it cannot read is kept, with why. */
export function parseMemberList(pasted: string): PastedList {
  const lines = pasted
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, index) => ({ text, line: index + 1 }))
    .filter(({ text }) => text.trim() !== '');
  const tabs = lines.some(({ text }) => text.includes('\t'));
  const first = lines[0];
  const header = first === undefined ? undefined : headerOrder(cellsOf(first.text, tabs));
  const order: readonly (Column | undefined)[] = header ?? ['name', 'role', 'organisation'];
  const members: PastedMember[] = [];
  const unread: UnreadLine[] = [];
  for (const { text, line } of header === undefined ? lines : lines.slice(1)) {
    const read = readLine(cellsOf(text, tabs), order, line, text.trim());
    if ('problem' in read) unread.push(read);
    else members.push(read);
  }
  return { members, unread, header: header !== undefined };
}
