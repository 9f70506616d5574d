import type { Input, Method, Output } from '../../../shared/api';
import { addDays, formatLongDate, londonDate } from '../../../shared/domain';
import type { AgendaItem, Meeting, Person } from '../../../shared/model';
import type { Backend } from '../backend';
import { DEMO_BOARD, DEMO_CAST } from './demo-cast';
import { addCoproductionDemo } from './demo-coproduction';
import { DEMO_MEETINGS, movedBy, type DemoItem, type DemoMeeting } from './demo-meetings';

/** A clock the demo moves along, so each step is stamped when it would really have happened. */
export type ScriptedClock = { now(): string; set(date: string, time?: string): void };

export function scriptedClock(start: string): ScriptedClock {
  let current = start;
  return {
    now: () => current,
    set: (date, time = '10:00') => {
      current = new Date(`${date}T${time}:00Z`).toISOString();
    },
  };
}

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

function caller(backend: Backend): Call {
  return async (method, input) => {
    const envelope = await backend.dispatch(method, input);
    if (!envelope.ok) throw new Error(`demo: ${method} was refused: ${envelope.error.message} ${envelope.error.path ?? ''}`);
    return envelope.value as never;
  };
}

type Built = { readonly meeting: Meeting; readonly items: Map<string, AgendaItem>; readonly spec: DemoMeeting };

/**
 * Fills an empty store with a fictional co-production board and a year of meetings that exercise the whole
 * model: agendas with sub-items and an exempt item, attendance with substitutes, arrivals and departures,
 * declarations, a recorded vote, numbered resolutions, actions carried across meetings, signed minutes and a
 * correction, and an upcoming meeting with a published agenda; and the co-production side (see demo-coproduction.ts).
 */
export async function buildDemo(backend: Backend, clock: ScriptedClock, today: string): Promise<{ boardId: string; meetings: number }> {
  const call = caller(backend);
  const firstDate = demoDate(today, DEMO_MEETINGS[0]?.offsetDays ?? 0);
  clock.set(addDays(firstDate, -60));
  const board = await call('boards.create', { ...DEMO_BOARD, minuteNumbering: { template: '{n}.', restart: 'municipal-year' } });
  const people = new Map<string, Person>();
  for (const member of DEMO_CAST) {
    const { key, role, termEndsAfterDays, ...fields } = member;
    const person = await call('people.create', fields);
    people.set(key, person);
    await call('members.add', {
      boardId: board.id,
      personId: person.id,
      role,
      termStart: addDays(firstDate, -60),
      ...(termEndsAfterDays === undefined ? {} : { termEnd: addDays(firstDate, termEndsAfterDays) }),
    });
  }
  const personId = (key: string): string => {
    const person = people.get(key);
    if (person === undefined) throw new Error(`demo: unknown cast member ${key}`);
    return person.id;
  };
  const label = (key: string): string => people.get(key)?.publicName ?? key;

  const built: Built[] = [];
  for (const [index, spec] of DEMO_MEETINGS.entries()) {
    const date = demoDate(today, spec.offsetDays);
    const previous = built[index - 1];
    const createOn = addDays(date, -21);
    clock.set(createOn < today ? createOn : today);
    const meeting = await call('meetings.create', {
      boardId: board.id,
      date,
      startTime: '14:00',
      endTime: '16:30',
      venue: spec.venue,
      ...(spec.onlineLink === undefined ? {} : { onlineLink: spec.onlineLink }),
    });
    const items = new Map<string, AgendaItem>();
    const addItem = async (item: DemoItem, parentId: string | null): Promise<void> => {
      const added = await call('agenda.add', {
        meetingId: meeting.id,
        parentId,
        title: item.title,
        purpose: item.purpose,
        ...(item.presenter === undefined ? {} : { presenter: label(item.presenter), presenterPersonId: personId(item.presenter) }),
        ...(item.timeAllowanceMinutes === undefined ? {} : { timeAllowanceMinutes: item.timeAllowanceMinutes }),
        confidentiality: item.exemptCategory === undefined ? { access: 'public' } : { access: 'exempt', category: item.exemptCategory },
        recommendations: [...(item.recommendations ?? [])],
      });
      items.set(item.key, added);
      for (const sub of item.subItems ?? []) await addItem(sub, added.id);
    };
    for (const item of spec.items) await addItem(item, null);
    if (index === 3 && built[1] !== undefined) {
      await addItem(
        { key: 'correction', title: `Correction to the minutes of ${formatLongDate(built[1].meeting.date)}`, purpose: 'decision', minutes: '' },
        null,
      );
    }
    const detail = await call('meetings.get', { id: meeting.id });
    for (const item of detail.items) if (item.standardKind !== undefined) items.set(item.standardKind, item);

    const publishOn = addDays(date, -8);
    clock.set(publishOn < today ? publishOn : today, '09:00');
    await call('meetings.publishAgenda', { id: meeting.id });
    if (spec.offsetDays > 0) {
      built.push({ meeting, items, spec });
      continue;
    }

    // The meeting itself.
    clock.set(date, '14:00');
    await call('meetings.hold', { id: meeting.id });
    const onDate = await call('members.list', { boardId: board.id, on: date });
    for (const { person, membership } of onDate) {
      const key = [...people].find(([, p]) => p.id === person.id)?.[0] ?? '';
      if (membership.role === 'officer-in-attendance' || membership.role === 'substitute') continue;
      const status = spec.apologies.includes(key) ? 'apologies' : (spec.absent ?? []).includes(key) ? 'absent' : 'present';
      await call('attendance.set', { meetingId: meeting.id, personId: person.id, status });
    }
    for (const [sub, member] of spec.substitutes ?? []) {
      await call('attendance.set', { meetingId: meeting.id, personId: personId(sub), status: 'present', substituteForPersonId: personId(member) });
    }
    for (const key of spec.inAttendance) await call('attendance.set', { meetingId: meeting.id, personId: personId(key), status: 'in-attendance' });
    for (const [key, kind, itemKey] of spec.movements ?? []) {
      await call('attendance.recordMovement', { meetingId: meeting.id, personId: personId(key), kind, itemId: itemId(items, itemKey) });
    }
    for (const d of spec.declarations ?? []) {
      await call('declarations.add', {
        meetingId: meeting.id,
        itemId: itemId(items, d.item),
        personId: personId(d.key),
        type: d.type,
        nature: d.nature,
        leftTheRoom: d.left,
      });
    }

    // Standard items.
    // A member who sent a substitute sent apologies too; named once even where the spec lists both.
    const apologies = [...new Set([...spec.apologies, ...(spec.substitutes ?? []).map(([, m]) => m)])].map(label);
    await saveMinute(
      call,
      meeting.id,
      items,
      'apologies',
      apologies.length === 0
        ? 'There were no apologies for absence.'
        : `Apologies for absence were received from ${listInWords(apologies)}.${(spec.substitutes ?? []).map(([s, m]) => ` ${label(s)} attended as substitute for ${label(m)}.`).join('')}`,
    );
    await saveMinute(
      call,
      meeting.id,
      items,
      'declarations',
      (spec.declarations ?? []).length === 0
        ? 'There were no declarations of interest.'
        : (spec.declarations ?? [])
            .map(
              (d) =>
                `${label(d.key)} declared an interest in the item “${items.get(d.item)?.title ?? ''}”: ${d.nature}${d.left ? ' She left the room for that item and took no part in the vote.' : ''}`,
            )
            .join('\n\n'),
    );
    if (previous !== undefined) {
      // One step, as in the app: approved, signed and locked, and minuted with its resolution under this item.
      await call('minutes.approve', {
        meetingId: previous.meeting.id,
        atMeetingId: meeting.id,
        signature: { name: label('okafor'), personId: personId('okafor'), signedOn: date },
      });
    } else {
      await saveMinute(call, meeting.id, items, 'previous-minutes', 'This was the first meeting of the Board.');
    }
    // Matters arising: the carried actions reported done at this meeting.
    const carried = await call('actions.openForMeeting', { meetingId: meeting.id });
    for (const action of carried) {
      const source = built.findIndex((b) => b.meeting.id === action.meetingId);
      const specAction = built[source]?.spec.items
        .flatMap(allItems)
        .flatMap((i) => i.actions ?? [])
        .find((a) => a.text === action.text);
      if (specAction?.progressNote !== undefined && specAction.doneAtMeeting !== index) {
        await call('actions.addUpdate', { meetingId: action.meetingId, id: action.id, status: 'in-progress', note: specAction.progressNote, date });
      }
      if (specAction?.doneAtMeeting === index) {
        await call('actions.addUpdate', { meetingId: action.meetingId, id: action.id, status: 'done', note: 'Reported done at the meeting.', date });
      }
    }
    await saveMinute(
      call,
      meeting.id,
      items,
      'matters-arising',
      carried.length === 0
        ? 'There were no actions to report on.'
        : `The Board reviewed the action log. ${carried.length} action${carried.length === 1 ? ' was' : 's were'} reported on; those still open are carried forward.`,
    );

    // Business.
    for (const item of spec.items.flatMap(allItems)) {
      const id = itemId(items, item.key);
      if (item.minutes !== '') await call('minutes.save', { meetingId: meeting.id, itemId: id, text: item.minutes });
      for (const decision of item.decisions ?? []) {
        const { recordedVote, amendments, mover, seconder, ...rest } = decision;
        const resolution = await call('resolutions.add', {
          meetingId: meeting.id,
          itemId: id,
          ...rest,
          ...movedBy({ mover, seconder }, personId),
          parts: [...decision.parts],
          ...(amendments === undefined
            ? {}
            : {
                amendments: amendments.map(({ mover: by, seconder: second, ...a }) => ({
                  ...a,
                  ...movedBy({ mover: by, seconder: second }, personId),
                })),
              }),
          ...(recordedVote === undefined ? {} : { recordedVote: recordedVote.map(([key, vote]) => ({ personId: personId(key), vote })) }),
        });
        for (const action of item.actions ?? []) {
          await call('actions.add', {
            meetingId: meeting.id,
            itemId: id,
            resolutionId: resolution.id,
            text: action.text,
            owner:
              typeof action.owner === 'string'
                ? { kind: 'person', personId: personId(action.owner) }
                : { kind: 'organisation', name: action.owner.organisation },
            due: { kind: 'date', date: addDays(date, action.dueInDays) },
          });
        }
      }
    }
    if (index === 3 && built[1] !== undefined) {
      const corrected = built[1];
      await call('minutes.recordCorrection', {
        meetingId: meeting.id,
        itemId: itemId(items, 'correction'),
        corrects: { meetingId: corrected.meeting.id, itemId: itemId(corrected.items, 'breaks-options') },
        text: `The Board agreed that the minute of the item “Options for the new service” of ${formatLongDate(corrected.meeting.date)} should have recorded that carers from the Polish community group would be invited to the workshop.`,
      });
    }
    await saveMinute(call, meeting.id, items, 'any-other-business', 'There was no other business.');
    const next = DEMO_MEETINGS[index + 1];
    await saveMinute(
      call,
      meeting.id,
      items,
      'date-of-next-meeting',
      next === undefined ? 'To be arranged.' : `The next meeting will be held on ${formatLongDate(demoDate(today, next.offsetDays))} at 2.00 pm.`,
    );

    clock.set(addDays(date, 3), '11:00');
    await call('minutes.draft', { meetingId: meeting.id });
    clock.set(addDays(date, 5), '09:30');
    await call('minutes.circulate', { meetingId: meeting.id });
    built.push({ meeting, items, spec });
  }
  await addCoproductionDemo({
    call,
    clock,
    boardId: board.id,
    today,
    firstDate,
    personId,
    meetings: built.map((b) => ({ meeting: b.meeting, items: b.items, held: b.spec.offsetDays <= 0 })),
  });
  return { boardId: board.id, meetings: built.length };
}

/** The board meets on Tuesdays: the Tuesday nearest to `offsetDays` from today. */
function demoDate(today: string, offsetDays: number): string {
  const approximate = addDays(today, offsetDays);
  const weekday = new Date(`${approximate}T00:00:00Z`).getUTCDay();
  const shift = ((((2 - weekday + 7) % 7) + 3) % 7) - 3;
  return addDays(approximate, shift);
}

const allItems = (item: DemoItem): DemoItem[] => [item, ...(item.subItems ?? []).flatMap(allItems)];

function itemId(items: ReadonlyMap<string, AgendaItem>, key: string): string {
  const item = items.get(key);
  if (item === undefined) throw new Error(`demo: no item ${key}`);
  return item.id;
}

async function saveMinute(call: Call, meetingId: string, items: ReadonlyMap<string, AgendaItem>, key: string, text: string): Promise<void> {
  if (!items.has(key)) return;
  await call('minutes.save', { meetingId, itemId: itemId(items, key), text });
}

function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

export const demoToday = (): string => londonDate(new Date().toISOString());
