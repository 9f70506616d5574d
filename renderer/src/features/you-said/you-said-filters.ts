import { OUTCOME_LABELS } from '../../../../shared/domain/you-said/words';
import { OUTCOME_STATUSES, type OutcomeStatus } from '../../../../shared/model/you-said';

export type YouSaidFilters = {
  /** '' for no limit. */
  readonly from: string;
  readonly to: string;
  /** '' for any outcome. */
  readonly status: OutcomeStatus | '';
};

export const DEFAULT_YOU_SAID_FILTERS: YouSaidFilters = { from: '', to: '', status: '' };

export const outcomeFilterChoices = (): { value: OutcomeStatus | ''; label: string }[] => [
  { value: '', label: 'Any outcome' },
  ...OUTCOME_STATUSES.map((value) => ({ value, label: OUTCOME_LABELS[value] })),
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The list query for the filters: dates only when whole, so a date half typed asks for nothing new. */
export function listInput(boardId: string, filters: YouSaidFilters): { boardId: string; from?: string; to?: string; status?: OutcomeStatus } {
  return {
    boardId,
    ...(ISO_DATE.test(filters.from) ? { from: filters.from } : {}),
    ...(ISO_DATE.test(filters.to) ? { to: filters.to } : {}),
    ...(filters.status === '' ? {} : { status: filters.status }),
  };
}

/** "3 entries", "1 entry not yet done". */
export function entryCountWords(count: number, status: OutcomeStatus | ''): string {
  const noun = count === 1 ? 'entry' : 'entries';
  return status === '' ? `${count} ${noun}` : `${count} ${noun}: ${OUTCOME_LABELS[status].toLowerCase()}`;
}
