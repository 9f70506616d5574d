import type { MeetingDetail } from '../../../../shared/api/views';
import { describeTarget } from '../../../../shared/domain/you-said/targets';
import type { YouSaidWeDid } from '../../../../shared/model/you-said';

export type TargetChoice = { readonly value: string; readonly label: string; readonly target: YouSaidWeDid['target'] };

/** A meeting's items, then its decisions, then its actions, each worded as the list and the report word it. */
export function targetChoices(detail: MeetingDetail): TargetChoice[] {
  const records = { meeting: detail.meeting, items: detail.items, resolutions: detail.resolutions, actions: detail.actions };
  const choice = (kind: YouSaidWeDid['target']['kind'], recordId: string): TargetChoice => {
    const target = { kind, meetingId: detail.meeting.id, recordId };
    return { value: `${kind}:${recordId}`, label: describeTarget(target, records).label, target };
  };
  return [
    ...detail.items.map((i) => choice('item', i.id)),
    ...detail.resolutions.map((r) => choice('resolution', r.id)),
    ...detail.actions.map((a) => choice('action', a.id)),
  ];
}
