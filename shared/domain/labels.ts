import { EXEMPT_CATEGORIES } from '../model/exempt-categories';
import type { BoardKind, ExemptCategory, ItemPurpose, MeetingStatus } from '../model';

// Records over the model's enums: a new kind or status in the model is a compile error here until it has words.
const BOARD_KINDS: Readonly<Record<BoardKind, string>> = {
  committee: 'Committee',
  'co-production-board': 'Co-production board',
  'partnership-board': 'Partnership board',
  'health-and-wellbeing-board': 'Health and wellbeing board',
  other: 'Other',
};

const MEETING_STATUSES: Readonly<Record<MeetingStatus, string>> = {
  draft: 'Draft agenda',
  'agenda-published': 'Agenda published',
  held: 'Held',
  'minutes-drafted': 'Minutes drafted',
  'minutes-signed': 'Minutes approved and signed',
  cancelled: 'Cancelled',
};

const ITEM_PURPOSES: Readonly<Record<ItemPurpose, string>> = {
  decision: 'For decision',
  discussion: 'For discussion',
  information: 'For information',
};

export const boardKindLabel = (kind: BoardKind): string => BOARD_KINDS[kind];
export const meetingStatusLabel = (status: MeetingStatus): string => MEETING_STATUSES[status];
export const itemPurposeLabel = (purpose: ItemPurpose): string => ITEM_PURPOSES[purpose];

/** The paragraph of Schedule 12A, as clerks cite it: "Paragraph 3: Information relating to ...". */
export function exemptCategoryLabel(category: ExemptCategory): string {
  return `Paragraph ${category}: ${EXEMPT_CATEGORIES[category]}`;
}

/** "1 member", "3 members": a quorum in words. */
export const quorumLabel = (quorum: number): string => `${quorum} ${quorum === 1 ? 'member' : 'members'}`;
