import { Membership, Person, type MemberRole } from '../../../../shared/model';
import type { MemberView, ParsedInput } from '../../../../shared/api';
import type { Op } from '../../store/repository-types';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { definedOnly, requireBoard, requirePerson, stamps, today } from '../lookup';
import { mergePatch } from '../merge-patch';

/** Observers and officers in attendance do not vote unless the clerk says otherwise. */
const NON_VOTING_ROLES: readonly MemberRole[] = ['observer', 'officer-in-attendance'];

export const isCurrentOn = (m: Membership, date: string): boolean => m.termStart <= date && (m.termEnd === undefined || m.termEnd >= date);

function newPerson(ctx: HandlerContext, fields: ParsedInput<'people.create'>): Person {
  return Person.parse({ ...fields, publicName: fields.publicName ?? fields.name, id: ctx.ids.next(), ...stamps(ctx) });
}

function changedPerson(ctx: HandlerContext, id: string, patch: ParsedInput<'people.update'>['patch']): Person {
  const person = requirePerson(ctx, id, 'id');
  return Person.parse({ ...mergePatch(person, patch), updatedAt: ctx.clock.now() });
}

export const peopleHandlers: HandlerMap<
  'people.list' | 'people.create' | 'people.update' | 'members.list' | 'members.add' | 'members.addMany' | 'members.update'
> = {
  'people.list': (_input, ctx) => ctx.repo.all('people').toSorted((a, b) => a.name.localeCompare(b.name, 'en-GB')),

  'people.create': (input, ctx) => {
    const person = newPerson(ctx, input);
    ctx.repo.commit([{ type: 'put', collection: 'people', record: person }]);
    return person;
  },

  'people.update': (input, ctx) => {
    const next = changedPerson(ctx, input.id, input.patch);
    ctx.repo.commit([{ type: 'put', collection: 'people', record: next }]);
    return next;
  },

  'members.list': (input, ctx) => {
    requireBoard(ctx, input.boardId);
    const on = input.on ?? today(ctx);
    const views: MemberView[] = [];
    for (const membership of ctx.repo.all('memberships')) {
      if (membership.boardId !== input.boardId) continue;
      const current = isCurrentOn(membership, on);
      if (!current && input.includePast !== true) continue;
      const person = ctx.repo.get('people', membership.personId);
      if (person !== undefined) views.push({ membership, person, current });
    }
    return views.sort((a, b) => a.person.name.localeCompare(b.person.name, 'en-GB'));
  },

  'members.add': (input, ctx) => {
    requireBoard(ctx, input.boardId);
    // Someone new is created in the same commit, so a refused membership leaves no person behind.
    const { person: fields, ...terms } = input;
    const joining = fields === undefined ? requirePerson(ctx, input.personId ?? '') : newPerson(ctx, fields);
    const overlapping = ctx.repo
      .all('memberships')
      .find(
        (m) =>
          m.boardId === input.boardId &&
          m.personId === joining.id &&
          (m.termEnd === undefined || m.termEnd >= input.termStart) &&
          (input.termEnd === undefined || m.termStart <= input.termEnd),
      );
    if (overlapping !== undefined) {
      throw new ApiFailure('conflict', 'This person is already a member of the board for part of that term.', 'termStart');
    }
    const membership = Membership.parse({
      ...terms,
      personId: joining.id,
      voting: input.voting ?? !NON_VOTING_ROLES.includes(input.role),
      id: ctx.ids.next(),
      ...stamps(ctx),
    });
    ctx.repo.commit([
      ...(fields === undefined ? [] : [{ type: 'put' as const, collection: 'people' as const, record: joining }]),
      { type: 'put', collection: 'memberships', record: membership },
    ]);
    return membership;
  },

  'members.addMany': (input, ctx) => {
    requireBoard(ctx, input.boardId);
    if (input.termEnd !== undefined && input.termEnd < input.termStart) {
      throw new ApiFailure('invalid_input', 'The membership cannot end before it starts.', 'termEnd');
    }
    // Everyone is new: a person and a membership each, all in one commit, so a refusal leaves nobody half-added.
    const ops: Op[] = [];
    const memberships: Membership[] = [];
    for (const entry of input.members) {
      const person = newPerson(ctx, entry.person);
      const membership = Membership.parse({
        boardId: input.boardId,
        personId: person.id,
        role: entry.role,
        voting: entry.voting ?? !NON_VOTING_ROLES.includes(entry.role),
        termStart: input.termStart,
        ...(input.termEnd === undefined ? {} : { termEnd: input.termEnd }),
        id: ctx.ids.next(),
        ...stamps(ctx),
      });
      ops.push({ type: 'put', collection: 'people', record: person }, { type: 'put', collection: 'memberships', record: membership });
      memberships.push(membership);
    }
    ctx.repo.commit(ops);
    return memberships;
  },

  'members.update': (input, ctx) => {
    const membership = ctx.repo.get('memberships', input.id);
    if (membership === undefined) throw new ApiFailure('not_found', 'There is no membership with that id.', 'id');
    const { termEnd, ...rest } = input.patch;
    const merged: Record<string, unknown> = { ...membership, ...definedOnly(rest), updatedAt: ctx.clock.now() };
    if (termEnd === null) delete merged['termEnd'];
    else if (termEnd !== undefined) merged['termEnd'] = termEnd;
    const parsed = Membership.safeParse(merged);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiFailure('invalid_input', issue?.message ?? 'That change is not valid.', issue?.path.join('.'));
    }
    const person = input.person === undefined ? undefined : changedPerson(ctx, membership.personId, input.person);
    // One commit: the membership and the person change together or not at all.
    ctx.repo.commit([
      { type: 'put', collection: 'memberships', record: parsed.data },
      ...(person === undefined ? [] : [{ type: 'put' as const, collection: 'people' as const, record: person }]),
    ]);
    return parsed.data;
  },
};
