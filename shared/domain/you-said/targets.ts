import type { Action, Meeting, Resolution, YouSaidWeDid } from '../../model';
import type { NumberedAgendaItem } from '../agenda-numbering';
import { decisionInline } from '../compose/decisions';

/** The item, decision or action an entry is linked to, in words. */
export type YouSaidTargetView = {
  readonly kind: YouSaidWeDid['target']['kind'];
  readonly meetingId: string;
  readonly meetingDate: string;
  /** "Item 5: Carers’ breaks", "Decision RCPB/25-1: RESOLVED: That ...", "Action: Arrange the workshop". */
  readonly label: string;
  /** Under an item taken in private: a public report must not show what it was. */
  readonly fromPrivateItem: boolean;
  /** The record is no longer in the meeting (removed since the entry was made). */
  readonly missing: boolean;
};

/** An entry with its link and the meeting it was raised at described. */
export type YouSaidView = YouSaidWeDid & {
  readonly targetView: YouSaidTargetView;
  readonly raisedMeetingDate?: string;
};

/** What a meeting holds that an entry may link to. */
export type TargetRecords = {
  readonly meeting: Meeting;
  readonly items: readonly NumberedAgendaItem[];
  readonly resolutions: readonly Resolution[];
  readonly actions: readonly Action[];
};

const PRIVATE_WORDS = 'An item taken in private';
const MAX_LABEL = 160;

const shorten = (text: string): string => (text.length <= MAX_LABEL ? text : `${text.slice(0, MAX_LABEL - 1).trimEnd()}…`);

/** "Item 5: Carers’ breaks", for an item, decision or action of a meeting. */
export function describeTarget(target: YouSaidWeDid['target'], records: TargetRecords): YouSaidTargetView {
  const base = { kind: target.kind, meetingId: target.meetingId, meetingDate: records.meeting.date };
  const itemById = new Map(records.items.map((i) => [i.id, i]));
  const isPrivate = (itemId: string | undefined): boolean => itemId !== undefined && itemById.get(itemId)?.part === 'private';
  switch (target.kind) {
    case 'item': {
      const item = itemById.get(target.recordId);
      if (item === undefined) return { ...base, label: 'An item since removed from the agenda', fromPrivateItem: false, missing: true };
      return { ...base, label: `Item ${item.number}: ${item.title}`, fromPrivateItem: item.part === 'private', missing: false };
    }
    case 'resolution': {
      const resolution = records.resolutions.find((r) => r.id === target.recordId);
      if (resolution === undefined) return { ...base, label: 'A decision since removed', fromPrivateItem: false, missing: true };
      const reference = resolution.reference === undefined ? 'Decision' : `Decision ${resolution.reference}`;
      return {
        ...base,
        label: shorten(`${reference}: ${decisionInline(resolution)}`),
        fromPrivateItem: isPrivate(resolution.itemId),
        missing: false,
      };
    }
    case 'action': {
      const action = records.actions.find((a) => a.id === target.recordId);
      if (action === undefined) return { ...base, label: 'An action since removed', fromPrivateItem: false, missing: true };
      const resolutionItem = records.resolutions.find((r) => r.id === action.resolutionId)?.itemId;
      return {
        ...base,
        label: shorten(`Action: ${action.text}`),
        fromPrivateItem: isPrivate(action.itemId) || isPrivate(resolutionItem),
        missing: false,
      };
    }
  }
}

/** The words a public report shows in place of what was taken in private. */
export const PRIVATE_TARGET_LABEL = PRIVATE_WORDS;
