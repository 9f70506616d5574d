import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { RewardClaimView, RewardTotalsView } from '../../../../shared/api/areas/reward';
import { londonDateOf } from '../../../../shared/domain';
import { formatPence } from '../../../../shared/domain/reward/money';
import { taxYearOf, taxYearsSpanning } from '../../../../shared/domain/reward/tax-year';
import type { ClaimStatus } from '../../../../shared/model/reward';
import { useApi } from '../../api/ApiProvider';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { useApiMutation } from '../../api/use-api-mutation';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ClaimForm } from './ClaimForm';
import { ClaimNoteDialog } from './ClaimNoteDialog';
import { ClaimStatusDialog } from './ClaimStatusDialog';
import { ClaimsTable, type ClaimAction } from './ClaimsTable';
import { RatesSection } from './RatesSection';
import { claimQuery } from './reward-filters';
import { RewardFiltersForm } from './RewardFiltersForm';
import { TotalsSection } from './TotalsSection';
import { useDownload } from './use-download';
import { useRewardFilters } from './use-reward-filters';
import '../../styles/trackers.css';
import './reward.css';
import { useScreenTitle } from '../../routing/use-screen-title';

type Editing = { readonly kind: 'new' } | { readonly kind: 'edit'; readonly claim: RewardClaimView } | null;
type Moving = { readonly claim: RewardClaimView; readonly to: ClaimStatus } | null;

const countWords = (claims: readonly RewardClaimView[]): string => {
  const toPay = claims.reduce((sum, c) => sum + c.payablePence, 0);
  return `${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}, ${formatPence(toPay)} to pay`;
};

/**
 * Reciprocal reward across boards: the claims of a tax year with their status, each person's totals and statement,
 * the finance export, and the rates the claims are worked out from. Filters are kept in the address.
 */
export function RewardScreen({ search }: { search: string }): ReactNode {
  void search; // The filters are read from the route itself, so Back and links restore them.
  const today = londonDateOf(new Date());
  const currentTaxYear = taxYearOf(today);
  const [filters, setFilters] = useRewardFilters(currentTaxYear);
  const { call } = useApi();
  const announce = useAnnounce();
  const removal = useApiMutation('reward.claims.remove');
  const download = useDownload();
  useScreenTitle();

  const boards = useApiQuery('boards.list', {});
  const people = useApiQuery('people.list', {});
  const claims = useApiQuery('reward.claims.list', claimQuery(filters));
  const totals = useApiQuery('reward.totals', {
    taxYear: filters.taxYear,
    ...(filters.boardId === '' ? {} : { boardId: filters.boardId }),
    ...(filters.personId === '' ? {} : { personId: filters.personId }),
  });
  const rates = useApiQuery('reward.rates.list', {});

  const [editing, setEditing] = useState<Editing>(null);
  const [moving, setMoving] = useState<Moving>(null);
  const [noting, setNoting] = useState<RewardClaimView | null>(null);
  const [removing, setRemoving] = useState<RewardClaimView | null>(null);
  const summary = useRef<HTMLParagraphElement>(null);

  const boardList = boards.data ?? [];
  const peopleList = people.data ?? [];
  const rateDates = rates.data?.map((r) => r.effectiveFrom) ?? [];
  const spanned = taxYearsSpanning(rateDates, today);
  const taxYears = spanned.includes(filters.taxYear) ? spanned : [...spanned, filters.taxYear].sort().reverse();

  const refreshAll = async (message: string): Promise<void> => {
    await Promise.all([refreshed(claims), refreshed(totals), refreshed(rates)]);
    announce(message);
    summary.current?.focus();
  };

  const onAction = (claim: RewardClaimView, action: ClaimAction): void => {
    if (action.kind === 'status') setMoving({ claim, to: action.to });
    else if (action.kind === 'remove') setRemoving(claim);
    else if (claim.status === 'due') setEditing({ kind: 'edit', claim });
    else setNoting(claim);
  };

  const remove = async (claim: RewardClaimView): Promise<void> => {
    const done = await removal.run({ id: claim.id });
    if (done === undefined) return;
    setRemoving(null);
    await refreshAll(`Claim of ${claim.personName} removed.`);
  };

  const financeCsv = (): void => {
    if (download.pending !== null) return;
    void download.run('csv', () => call('reward.financeCsv', claimQuery(filters)));
  };
  const statement = (person: RewardTotalsView, format: 'docx' | 'pdf'): void => {
    if (download.pending !== null) return;
    void download.run(`${person.personId}-${format}`, () =>
      call('reward.statement', {
        personId: person.personId,
        taxYear: filters.taxYear,
        format,
        ...(filters.boardId === '' ? {} : { boardId: filters.boardId }),
      }),
    );
  };

  const noBoards = boards.data !== undefined && boards.data.length === 0;
  const noRates = rates.data !== undefined && rates.data.length === 0;

  return (
    <>
      <PageHeading>Reward</PageHeading>
      <p className="lead">
        Reward for the time people give, and their expenses: claims per meeting or activity, how each person chose to receive the reward, totals per
        tax year, the finance export and each person’s statement.
      </p>
      {noBoards ? (
        <EmptyState title="There are no boards yet.">
          <p>Claims belong to a board. Add a board first, then come back to add rates and claims.</p>
        </EmptyState>
      ) : (
        <>
          <RewardFiltersForm filters={filters} boards={boardList} people={peopleList} taxYears={taxYears} onChange={setFilters} />
          <section className="reward-section" aria-labelledby="claims-heading">
            <h2 id="claims-heading">Claims</h2>
            {claims.isPending ? <LoadingMessage>Loading claims…</LoadingMessage> : null}
            {claims.isLoadingError ? (
              <ErrorAlert error={claims.error} context="The claims could not be loaded." onRetry={() => void claims.refetch()} />
            ) : null}
            {claims.data !== undefined ? (
              <p ref={summary} className="tracker-summary" tabIndex={-1}>
                <strong>{countWords(claims.data)}</strong> in {filters.taxYear}.
              </p>
            ) : null}
            <div className="button-row">
              <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })} aria-expanded={editing?.kind === 'new'}>
                Add a claim
              </button>
              <button type="button" className="button button--secondary" onClick={financeCsv} aria-disabled={download.pending !== null}>
                {download.pending === 'csv' ? 'Making the CSV…' : 'Download finance CSV'}
              </button>
            </div>
            {download.error ? <ErrorAlert error={download.error} context="The file could not be made." /> : null}
            {noRates && editing === null ? <p className="callout">No rates yet: add the rates below before entering claims for time given.</p> : null}
            {editing !== null ? (
              <ClaimForm
                key={editing.kind === 'edit' ? editing.claim.id : 'new'}
                {...(editing.kind === 'edit' ? { claim: editing.claim } : {})}
                boards={boardList}
                people={peopleList}
                defaults={{ boardId: filters.boardId, personId: filters.personId }}
                today={today}
                onSaved={(_claim, message) => {
                  setEditing(null);
                  void refreshAll(message);
                }}
                onCancel={() => {
                  setEditing(null);
                  summary.current?.focus();
                }}
              />
            ) : null}
            {claims.data !== undefined && claims.data.length > 0 ? (
              <ClaimsTable caption={`Claims in ${filters.taxYear}, newest first`} claims={claims.data} onAction={onAction} />
            ) : null}
            {claims.data !== undefined && claims.data.length === 0 ? (
              <EmptyState title={`No claims match these filters in ${filters.taxYear}.`}>
                <p>Choose another tax year, board, person or status, or add a claim for a meeting or activity.</p>
              </EmptyState>
            ) : null}
          </section>
          <TotalsSection taxYear={filters.taxYear} totals={totals} pending={download.pending} onStatement={statement} />
          <RatesSection rates={rates} boards={boardList} today={today} onChanged={announce} />
        </>
      )}
      {moving ? (
        <ClaimStatusDialog
          claim={moving.claim}
          to={moving.to}
          today={today}
          onClose={() => setMoving(null)}
          onSaved={(claim) => {
            setMoving(null);
            void refreshAll(`Claim of ${moving.claim.personName} is now ${claim.status}.`);
          }}
        />
      ) : null}
      {noting ? (
        <ClaimNoteDialog
          claim={noting}
          onClose={() => setNoting(null)}
          onSaved={() => {
            setNoting(null);
            void refreshAll(`Note saved on the claim of ${noting.personName}.`);
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title="Remove this claim?"
          confirmLabel="Remove the claim"
          danger
          pending={removal.pending}
          error={removal.error}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>
            The claim of {removing.personName} for {formatPence(removing.payablePence)} will be removed. Only claims that are still due can be
            removed.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
