import type { ActionView } from '../../../../shared/api';
import { isOutstanding, lastDayOfMonth } from '../../../../shared/domain';
import { Action } from '../../../../shared/model';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { definedOnly, requireEditableMeeting, requireInMeeting, requireMeeting, requirePerson, stamps, today } from '../lookup';
import { mergePatch } from '../merge-patch';
import { actionView, carriedActionViews, viewLookups } from '../meetings/views';

function checkOwner(ctx: HandlerContext, owner: Action['owner'] | undefined, path: string): void {
  if (owner?.kind === 'person') requirePerson(ctx, owner.personId, `${path}.personId`);
}

/** Further items must be items of the same meeting, each named once and not the action's own item. */
function checkOtherItems(
  ctx: HandlerContext,
  meetingId: string,
  itemId: string | undefined,
  otherItemIds: readonly string[] | undefined,
  path: string,
): void {
  const seen = new Set(itemId === undefined ? [] : [itemId]);
  (otherItemIds ?? []).forEach((id, index) => {
    requireInMeeting(ctx, meetingId, 'agendaItems', id, `${path}.${index}`);
    if (seen.has(id)) throw new ApiFailure('invalid_input', 'That item is already named for this action.', `${path}.${index}`);
    seen.add(id);
  });
}

const viewDueBy = (view: ActionView): string =>
  view.due?.kind === 'date' ? view.due.date : view.due?.kind === 'month' ? lastDayOfMonth(view.due.month) : '9999';

/**
 * Actions live on after the minutes are signed: their status, due date and owner may change, and updates are
 * dated; the words as minuted (text, source item) are locked with the minutes.
 */
export const actionHandlers: HandlerMap<'actions.add' | 'actions.update' | 'actions.addUpdate' | 'actions.list' | 'actions.openForMeeting'> = {
  'actions.add': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    if (input.itemId !== undefined) requireInMeeting(ctx, meeting.id, 'agendaItems', input.itemId, 'itemId');
    if (input.resolutionId !== undefined) {
      const resolution = requireInMeeting(ctx, meeting.id, 'resolutions', input.resolutionId, 'resolutionId');
      if (input.itemId !== undefined && resolution.itemId !== input.itemId) {
        throw new ApiFailure('invalid_input', 'That decision belongs to a different item.', 'resolutionId');
      }
    }
    checkOtherItems(ctx, meeting.id, input.itemId, input.otherItemIds, 'otherItemIds');
    checkOwner(ctx, input.owner, 'owner');
    const record = Action.parse({
      ...definedOnly(input),
      id: ctx.ids.next(),
      status: 'open',
      history: [],
      ...stamps(ctx),
    });
    ctx.repo.commit([{ type: 'put', collection: 'actions', record }]);
    return record;
  },

  'actions.update': (input, ctx) => {
    const meeting = requireMeeting(ctx, input.meetingId);
    const existing = requireInMeeting(ctx, meeting.id, 'actions', input.id);
    if (input.patch.text !== undefined && input.patch.text !== existing.text) requireEditableMeeting(ctx, meeting.id);
    if (input.patch.otherItemIds !== undefined && JSON.stringify(input.patch.otherItemIds ?? []) !== JSON.stringify(existing.otherItemIds ?? [])) {
      requireEditableMeeting(ctx, meeting.id);
      checkOtherItems(ctx, meeting.id, existing.itemId, input.patch.otherItemIds ?? undefined, 'patch.otherItemIds');
    }
    checkOwner(ctx, input.patch.owner, 'patch.owner');
    const record = Action.parse({ ...mergePatch(existing, input.patch), updatedAt: ctx.clock.now() });
    ctx.repo.commit([{ type: 'put', collection: 'actions', record }]);
    return record;
  },

  'actions.addUpdate': (input, ctx) => {
    const meeting = requireMeeting(ctx, input.meetingId);
    const existing = requireInMeeting(ctx, meeting.id, 'actions', input.id);
    const now = ctx.clock.now();
    const update = { at: now, date: input.date ?? today(ctx), status: input.status, ...(input.note === undefined ? {} : { note: input.note }) };
    const record = Action.parse({ ...existing, status: input.status, history: [...existing.history, update], updatedAt: now });
    ctx.repo.commit([{ type: 'put', collection: 'actions', record }]);
    return record;
  },

  'actions.list': (input, ctx) => {
    const lookups = viewLookups(ctx);
    const views: ActionView[] = [];
    const ownerName = input.ownerName?.toLowerCase();
    for (const meeting of ctx.repo.all('meetings')) {
      if (input.boardId !== undefined && meeting.boardId !== input.boardId) continue;
      for (const action of ctx.repo.meeting(meeting.id).actions) {
        if (input.status === 'outstanding' && !isOutstanding(action)) continue;
        if (input.status === 'closed' && isOutstanding(action)) continue;
        if (input.status !== 'all' && input.status !== 'outstanding' && input.status !== 'closed' && action.status !== input.status) continue;
        if (input.ownerPersonId !== undefined && (action.owner.kind !== 'person' || action.owner.personId !== input.ownerPersonId)) continue;
        const view = actionView(ctx, action, lookups);
        if (ownerName !== undefined && !view.ownerLabel.toLowerCase().includes(ownerName)) continue;
        if (input.overdue === true && !view.overdue) continue;
        views.push(view);
      }
    }
    return views.sort((a, b) => viewDueBy(a).localeCompare(viewDueBy(b)) || a.meetingDate.localeCompare(b.meetingDate));
  },

  'actions.openForMeeting': (input, ctx) => carriedActionViews(ctx, requireMeeting(ctx, input.meetingId), viewLookups(ctx)),
};
