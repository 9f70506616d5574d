import type { AccessArrangement, AccessNeedKind, Attendance, Meeting, MemberRole, Membership, Person, PersonKind } from '../model';
import { ACCESS_NEED_KINDS } from '../model';

/** One adjustment a person expected at the meeting needs, and whether the secretariat has arranged it. */
export type ChecklistNeed = {
  readonly need: AccessNeedKind;
  /** What exactly the person asked for, from their record. */
  readonly detail?: string;
  readonly arranged: boolean;
  /** The secretariat's note on the arrangement ("interpreter booked through Signworks"). */
  readonly note?: string;
  /** When the line was last ticked or unticked; absent while nobody has touched it. */
  readonly updatedAt?: string;
};

/** Someone expected at the meeting who has told the secretariat of at least one need. */
export type ChecklistPerson = {
  readonly personId: string;
  readonly name: string;
  readonly kind: PersonKind;
  /** Their role on the board on the day; absent for someone recorded at the meeting who is not a member. */
  readonly role?: MemberRole;
  readonly needs: readonly ChecklistNeed[];
};

export type AccessChecklist = {
  /** Only people with needs, by name. */
  readonly people: readonly ChecklistPerson[];
  /** How many people are expected, needs or not. */
  readonly expected: number;
  /** Adjustments in all, and those not yet arranged. */
  readonly total: number;
  readonly unmet: number;
};

export type ChecklistSources = {
  readonly meeting: Pick<Meeting, 'boardId' | 'date'>;
  /** Memberships of any board: those of the meeting's board current on its date count. */
  readonly memberships: readonly Membership[];
  readonly people: readonly Person[];
  /** The meeting's attendance records. */
  readonly attendance: readonly Attendance[];
  /** The meeting's access arrangements. */
  readonly arrangements: readonly AccessArrangement[];
};

const NOT_COMING: ReadonlySet<Attendance['status']> = new Set(['apologies', 'absent']);

export const membershipCurrentOn = (m: Pick<Membership, 'termStart' | 'termEnd'>, date: string): boolean =>
  m.termStart <= date && (m.termEnd === undefined || m.termEnd >= date);

/**
 * Who is expected at a meeting: the board's members on the day, and anyone else recorded at it (a substitute, a
 * guest), less those who sent apologies or were recorded absent. The role is the person's on the day.
 */
export function expectedAttendees(sources: Omit<ChecklistSources, 'arrangements' | 'people'>): ReadonlyMap<string, MemberRole | undefined> {
  const { meeting, memberships, attendance } = sources;
  const expected = new Map<string, MemberRole | undefined>();
  for (const m of memberships) {
    if (m.boardId === meeting.boardId && membershipCurrentOn(m, meeting.date)) expected.set(m.personId, m.role);
  }
  for (const record of attendance) {
    if (NOT_COMING.has(record.status)) expected.delete(record.personId);
    else if (!expected.has(record.personId)) expected.set(record.personId, undefined);
  }
  return expected;
}

/** A person's needs, one line per kind in the model's order; details given twice for one kind are joined. */
export function needsOf(person: Pick<Person, 'accessNeeds'>): readonly { readonly need: AccessNeedKind; readonly detail?: string }[] {
  const details = new Map<AccessNeedKind, string[]>();
  for (const { kind, detail } of person.accessNeeds) {
    const list = details.get(kind) ?? [];
    if (detail !== undefined && detail !== '' && !list.includes(detail)) list.push(detail);
    details.set(kind, list);
  }
  return ACCESS_NEED_KINDS.flatMap((need) => {
    const list = details.get(need);
    if (list === undefined) return [];
    return [list.length === 0 ? { need } : { need, detail: list.join('; ') }];
  });
}

/**
 * The meeting's access checklist: each expected person's needs, each arranged or not. An arrangement is matched
 * by person and need; a need nobody has ticked is not arranged. Arrangements for people no longer expected (they
 * sent apologies) or needs they no longer have stay stored but are left off.
 */
export function accessChecklist(sources: ChecklistSources): AccessChecklist {
  const expected = expectedAttendees(sources);
  const people = new Map(sources.people.map((p) => [p.id, p]));
  const arrangements = new Map(sources.arrangements.map((a) => [`${a.personId} ${a.need}`, a]));
  const listed: ChecklistPerson[] = [];
  let total = 0;
  let unmet = 0;
  for (const [personId, role] of expected) {
    const person = people.get(personId);
    if (person === undefined) continue;
    const needs = needsOf(person).map(({ need, detail }): ChecklistNeed => {
      const arrangement = arrangements.get(`${personId} ${need}`);
      return {
        need,
        ...(detail === undefined ? {} : { detail }),
        arranged: arrangement?.arranged ?? false,
        ...(arrangement?.note === undefined || arrangement.note === '' ? {} : { note: arrangement.note }),
        ...(arrangement === undefined ? {} : { updatedAt: arrangement.updatedAt }),
      };
    });
    if (needs.length === 0) continue;
    total += needs.length;
    unmet += needs.filter((n) => !n.arranged).length;
    listed.push({ personId, name: person.name, kind: person.kind, ...(role === undefined ? {} : { role }), needs });
  }
  listed.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return { people: listed, expected: expected.size, total, unmet };
}

/** "2 of 5 adjustments not yet arranged", "All 5 adjustments arranged", "The 1 adjustment is arranged". */
export function checklistSummary({ total, unmet }: Pick<AccessChecklist, 'total' | 'unmet'>): string {
  if (total === 0) return 'No adjustments needed';
  const noun = total === 1 ? 'adjustment' : 'adjustments';
  if (unmet === 0) return total === 1 ? 'The 1 adjustment is arranged' : `All ${total} ${noun} arranged`;
  if (total === 1) return 'The 1 adjustment is not yet arranged';
  return `${unmet} of ${total} ${noun} not yet arranged`;
}
