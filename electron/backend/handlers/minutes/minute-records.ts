import { Minute } from '../../../../shared/model';
import type { Op } from '../../store/repository-types';
import type { HandlerContext } from '../handler-context';
import { stamps } from '../lookup';

/** An item's minute, new or changed: the put to commit, alone or as part of a larger change. */
export function plannedMinute(
  ctx: HandlerContext,
  meetingId: string,
  itemId: string,
  fields: Pick<Minute, 'text'> & Partial<Pick<Minute, 'corrects'>>,
): { readonly minute: Minute; readonly op: Op } {
  const existing = ctx.repo.meeting(meetingId).minutes.find((m) => m.itemId === itemId);
  const minute = Minute.parse({
    ...(existing ?? { id: ctx.ids.next(), meetingId, itemId, ...stamps(ctx) }),
    ...fields,
    updatedAt: ctx.clock.now(),
  });
  return { minute, op: { type: 'put', collection: 'minutes', record: minute } };
}
