import { isTaxYear } from '../../../../shared/domain/reward/tax-year';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../../shared/model/reward';

/** Which claims the screen shows. '' means any board, person or status. */
export type RewardFilters = {
  readonly boardId: string;
  readonly personId: string;
  /** "2025/26". */
  readonly taxYear: string;
  readonly status: ClaimStatus | '';
};

export const defaultRewardFilters = (currentTaxYear: string): RewardFilters => ({ boardId: '', personId: '', taxYear: currentTaxYear, status: '' });

const isStatus = (value: string | null): value is ClaimStatus => CLAIM_STATUSES.some((s) => s === value);

/** The filters written in the address (`board`, `person`, `year`, `status`); anything unknown is left at its default. */
export function parseRewardFilters(search: string, currentTaxYear: string): RewardFilters {
  const params = new URLSearchParams(search);
  const year = params.get('year') ?? '';
  const status = params.get('status');
  return {
    boardId: params.get('board') ?? '',
    personId: params.get('person') ?? '',
    taxYear: isTaxYear(year) ? year : currentTaxYear,
    status: isStatus(status) ? status : '',
  };
}

/** The address form of the filters, leaving out defaults so a plain "#/reward" shows this tax year's claims. */
export function rewardFiltersSearch(filters: RewardFilters, currentTaxYear: string): string {
  const params = new URLSearchParams();
  if (filters.boardId !== '') params.set('board', filters.boardId);
  if (filters.personId !== '') params.set('person', filters.personId);
  if (filters.taxYear !== currentTaxYear) params.set('year', filters.taxYear);
  if (filters.status !== '') params.set('status', filters.status);
  return params.toString();
}

/** The filters as the backend's input: empty ones left out. */
export function claimQuery(filters: RewardFilters): { boardId?: string; personId?: string; taxYear: string; status?: ClaimStatus } {
  return {
    taxYear: filters.taxYear,
    ...(filters.boardId === '' ? {} : { boardId: filters.boardId }),
    ...(filters.personId === '' ? {} : { personId: filters.personId }),
    ...(filters.status === '' ? {} : { status: filters.status }),
  };
}
