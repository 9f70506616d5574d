import {
  Action,
  AgendaItem,
  Attendance,
  Declaration,
  Initials,
  Meeting,
  Membership,
  Minute,
  Person,
  Resolution,
  type ActionOwner,
  type DraftAction,
  type DraftDecision,
  type DraftItem,
  type DraftPerson,
  type MotionPerson,
  type NamedVote,
  type PastMinutesDraft,
  type SourceFormat,
} from '../../../../shared/model';
import type { PastMinutesAccepted } from '../../../../shared/api/areas/past-minutes';
import type { Op } from '../../store/repository-types';
import { ApiFailure, type HandlerContext } from '../handler-context';
import { requireBoard, stamps } from '../lookup';
import { kindFromName, nameWords, PeopleMatcher } from './match-people';

type Source = { readonly fileName: string; readonly format: SourceFormat };

/** The minute number a printed one ends with: "23/045" → 45, "HWB12" → 12, "4" → 4. */
export function trailingNumber(printed: string | undefined): number | undefined {
  const match = printed === undefined ? null : /(\d+)\D*$/.exec(printed);
  const n = match === null ? NaN : Number(match[1]);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/**
 * The minute numbers to store: where the minutes number their minutes apart from the agenda, an item printed
 * without one continues from the item before; where they do not, the agenda's whole numbers are the minutes'.
 */
export function minuteNumbersOf(items: readonly DraftItem[]): (number | undefined)[] {
  if (items.some((i) => i.minuteNumber !== undefined)) {
    let previous: number | undefined;
    return items.map((item) => {
      const n = trailingNumber(item.minuteNumber) ?? (previous === undefined ? undefined : previous + 1);
      previous = n ?? previous;
      return n;
    });
  }
  return items.map((item) => (item.number !== undefined && /^\d+$/.test(item.number) ? Number(item.number) : undefined));
}

const MEMBER_STATUSES: ReadonlySet<DraftPerson['status']> = new Set(['present', 'apologies', 'absent']);

/**
 * Everything one file's reviewed minutes become, as one commit: a historic meeting (signed and locked where the
 * minutes were approved), its items with their minutes, decisions and actions, attendance and declarations, and the
 * people named who are not on file yet. People are matched by name (titles aside), initials, or "A Patel" for
 * Asha Patel; a member present, absent or sending apologies who has never been a member of the board gets a
 * membership for that day, so the minutes print them among the members.
 */
export function acceptDraft(ctx: HandlerContext, boardId: string, source: Source, draft: PastMinutesDraft): PastMinutesAccepted {
  const board = requireBoard(ctx, boardId);
  if (draft.date === undefined)
    throw new ApiFailure('invalid_input', 'Give the date of the meeting: the minutes did not say it clearly.', 'draft.date');
  if (draft.items.length === 0)
    throw new ApiFailure('invalid_input', 'These minutes have no items: add at least one before accepting them.', 'draft.items');
  const date = draft.date.value;
  const clash = ctx.repo.all('meetings').find((m) => m.boardId === boardId && m.date === date && m.historic?.source?.fileName === source.fileName);
  if (clash !== undefined) {
    throw new ApiFailure(
      'conflict',
      `The minutes in ${source.fileName} for this date are already on file; remove that meeting first to bring them in again.`,
      'draft.date',
    );
  }

  const stamp = stamps(ctx);
  const ops: Op[] = [];
  const put = (op: Op): void => void ops.push(op);
  const meetingId = ctx.ids.next();
  const matcher = new PeopleMatcher(ctx.repo.all('people'));
  const created = { people: 0, memberships: 0, items: 0, decisions: 0, actions: 0, declarations: 0 };
  const members = ctx.repo.all('memberships').filter((m) => m.boardId === boardId);

  /** The person the minutes name, found on file or added now. */
  const personFor = (name: string, extra: Partial<Pick<DraftPerson, 'initials' | 'jobTitle' | 'organisation' | 'status'>> = {}): Person => {
    const found = matcher.find(name, extra.initials);
    if (found !== undefined) return found;
    const initials = Initials.safeParse(extra.initials);
    const inAttendance = extra.status === 'in-attendance';
    const person = Person.parse({
      id: ctx.ids.next(),
      name: nameWords(name).length > 0 ? name.replace(/^(councillor|cllr\.?)\s+/i, '') : name,
      publicName: name,
      // Named in minutes that were published: the same name may be printed again.
      consentToBeNamed: true,
      kind: kindFromName(name) ?? (inAttendance ? 'officer' : 'councillor'),
      ...(initials.success ? { initials: initials.data } : {}),
      ...(extra.organisation === undefined ? {} : { organisation: extra.organisation }),
      ...(extra.jobTitle === undefined ? {} : { jobTitle: extra.jobTitle }),
      accessNeeds: [],
      training: [],
      ...stamp,
    });
    matcher.add(person);
    put({ type: 'put', collection: 'people', record: person });
    created.people += 1;
    return person;
  };

  // Attendance, once per person: the first line that names them decides.
  const attended = new Set<string>();
  for (const line of draft.attendance) {
    const person = personFor(line.name, line);
    if (attended.has(person.id)) continue;
    attended.add(person.id);
    const substitute = line.substituteFor === undefined ? undefined : personFor(line.substituteFor);
    put({
      type: 'put',
      collection: 'attendance',
      record: Attendance.parse({
        id: ctx.ids.next(),
        meetingId,
        personId: person.id,
        status: line.status,
        ...(substitute === undefined ? {} : { substituteForPersonId: substitute.id }),
        movements: [],
        ...stamp,
      }),
    });
    if (MEMBER_STATUSES.has(line.status) && !members.some((m) => m.personId === person.id)) {
      const membership = Membership.parse({
        id: ctx.ids.next(),
        boardId,
        personId: person.id,
        role: line.role ?? 'member',
        voting: line.role !== 'observer' && line.role !== 'officer-in-attendance',
        termStart: date,
        termEnd: date,
        ...stamp,
      });
      members.push(membership);
      put({ type: 'put', collection: 'memberships', record: membership });
      created.memberships += 1;
    }
  }

  const motionPerson = (name: string | undefined): MotionPerson | undefined => {
    if (name === undefined || name.trim() === '') return undefined;
    const found = matcher.find(name);
    return found === undefined ? { name } : { personId: found.id };
  };

  const ownerOf = (action: DraftAction): ActionOwner => {
    if (action.owner !== undefined) return action.owner;
    const text = action.ownerText?.trim() ?? '';
    if (text === '' || /^(tbc|to be confirmed)$/i.test(text)) return { kind: 'tbc' };
    const byInitials = /^[A-Z][A-Z.\-']{0,11}$/.test(text) ? matcher.findByInitials(text) : undefined;
    if (byInitials !== undefined) return { kind: 'person', personId: byInitials.id };
    if (/^[A-Z][A-Z.\-']{0,11}$/.test(text)) return { kind: 'initials', initials: text };
    const person = matcher.find(text);
    return person === undefined ? { kind: 'organisation', name: text } : { kind: 'person', personId: person.id };
  };

  const itemIds = new Map<DraftItem, string>();
  const minuteNumbers = minuteNumbersOf(draft.items);
  // "13.1" under "13": a sub-item of the item numbered 13, placed among its siblings.
  const parentOf = new Map<DraftItem, DraftItem>();
  for (const item of draft.items) {
    const whole = /^(\d+)\.\d+$/.exec(item.number ?? '')?.[1];
    const parent = whole === undefined ? undefined : draft.items.find((other) => other.number === whole);
    if (parent !== undefined) parentOf.set(item, parent);
  }
  const position = (item: DraftItem): number => {
    const parent = parentOf.get(item);
    return draft.items.filter((other) => parentOf.get(other) === parent).indexOf(item);
  };
  draft.items.forEach((item, index) => {
    const itemId = ctx.ids.next();
    itemIds.set(item, itemId);
    const paragraphs = item.exemptParagraphs ?? [];
    const [first, ...further] = paragraphs;
    const parent = parentOf.get(item);
    const parentId = parent === undefined ? null : (itemIds.get(parent) ?? null);
    const minuteNumber = parent === undefined ? minuteNumbers[index] : undefined;
    put({
      type: 'put',
      collection: 'agendaItems',
      record: AgendaItem.parse({
        id: itemId,
        meetingId,
        parentId,
        order: position(item),
        title: item.title,
        ...(item.presenter === undefined ? {} : { presenter: item.presenter }),
        purpose: item.decisions.length > 0 ? 'decision' : 'information',
        ...(item.description === undefined ? {} : { description: item.description }),
        confidentiality:
          first === undefined
            ? { access: 'public' }
            : { access: 'exempt', category: first, ...(further.length > 0 ? { furtherCategories: further } : {}) },
        recommendations: [],
        attachmentIds: [],
        supplementary: false,
        ...(minuteNumber === undefined ? {} : { minuteNumber }),
        ...stamp,
      }),
    });
    created.items += 1;
    if (item.text.trim() !== '') {
      put({ type: 'put', collection: 'minutes', record: Minute.parse({ id: ctx.ids.next(), meetingId, itemId, text: item.text, ...stamp }) });
    }
    item.decisions.forEach((decision, position) => {
      put({ type: 'put', collection: 'resolutions', record: resolutionOf(decision, position, itemId) });
      created.decisions += 1;
    });
    for (const action of item.actions) {
      put({
        type: 'put',
        collection: 'actions',
        record: Action.parse({
          id: ctx.ids.next(),
          meetingId,
          itemId,
          text: action.text,
          owner: ownerOf(action),
          ...(action.due === undefined ? {} : { due: action.due }),
          ...(action.reference === undefined ? {} : { references: [action.reference] }),
          status: action.status ?? 'open',
          history: [],
          ...stamp,
        }),
      });
      created.actions += 1;
    }
  });

  function resolutionOf(decision: DraftDecision, order: number, itemId: string): Resolution {
    const named: NamedVote[] = [];
    for (const vote of decision.vote?.named ?? []) {
      const person = personFor(vote.name);
      if (!named.some((n) => n.personId === person.id)) named.push({ personId: person.id, vote: vote.vote });
    }
    const count = decision.vote;
    const hasCount = count !== undefined && (count.for !== undefined || count.against !== undefined || count.abstain !== undefined);
    const mover = motionPerson(decision.mover);
    const seconder = motionPerson(decision.seconder);
    return Resolution.parse({
      id: ctx.ids.next(),
      meetingId,
      itemId,
      order,
      kind: decision.verb,
      ...(decision.recommendedTo === undefined ? {} : { recommendedTo: decision.recommendedTo }),
      ...(decision.leadIn === undefined ? {} : { leadIn: decision.leadIn }),
      ...(decision.numbering === undefined ? {} : { numbering: decision.numbering }),
      parts: decision.parts.map((part) => ({ id: ctx.ids.next(), text: part.text, ...(part.level > 0 ? { level: part.level } : {}) })),
      ...(hasCount ? { vote: { for: count.for, against: count.against, abstain: count.abstain } } : {}),
      ...(named.length > 0 ? { recordedVote: named } : {}),
      ...(mover === undefined ? {} : { mover }),
      ...(seconder === undefined ? {} : { seconder }),
      ...(decision.outcome === undefined ? {} : { outcome: decision.outcome }),
      ...(decision.reference === undefined ? {} : { reference: decision.reference }),
      ...stamp,
    });
  }

  for (const declaration of draft.declarations) {
    const person = personFor(declaration.name);
    const item =
      draft.items.find(
        (i) => declaration.itemNumber !== undefined && (i.number === declaration.itemNumber || i.minuteNumber === declaration.itemNumber),
      ) ??
      draft.items.find((i) => /declarations?\s+of\s+interest/i.test(i.title)) ??
      draft.items[0];
    const itemId = item === undefined ? undefined : itemIds.get(item);
    if (itemId === undefined) continue;
    put({
      type: 'put',
      collection: 'declarations',
      record: Declaration.parse({
        id: ctx.ids.next(),
        meetingId,
        itemId,
        personId: person.id,
        type: declaration.type ?? 'other-registrable',
        nature: declaration.nature,
        leftTheRoom: declaration.leftTheRoom ?? false,
        ...stamp,
      }),
    });
    created.declarations += 1;
  }

  const approval = draft.approval;
  const signer = approval === undefined ? undefined : matcher.find(approval.signedBy);
  const meeting = Meeting.parse({
    id: meetingId,
    boardId: board.id,
    date,
    startTime: draft.startTime?.value ?? '00:00',
    ...(draft.endTime === undefined ? {} : { endTime: draft.endTime.value }),
    ...(draft.venue === undefined ? {} : { venue: draft.venue.value }),
    status: approval === undefined ? 'minutes-drafted' : 'minutes-signed',
    minutesDraftedAt: stamp.createdAt,
    ...(approval === undefined
      ? {}
      : {
          approval: {
            ...(approval.approvedAtMeetingOn === undefined ? {} : { atMeetingOn: approval.approvedAtMeetingOn }),
            approvedAt: stamp.createdAt,
            signature: {
              name: approval.signedBy,
              ...(signer === undefined ? {} : { personId: signer.id }),
              signedOn: approval.signedOn ?? approval.approvedAtMeetingOn ?? date,
            },
          },
        }),
    historic: { enteredAt: stamp.createdAt, source: { fileName: source.fileName, format: source.format } },
    ...stamp,
  });
  // The meeting first: its records are kept with it.
  ctx.repo.commit([{ type: 'put', collection: 'meetings', record: meeting }, ...ops]);
  return { meeting, created };
}
