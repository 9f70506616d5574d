import { useState } from 'react';
import { TableScroll } from '../../components/TableScroll';
import type { ReactNode } from 'react';
import type { RewardRateView } from '../../../../shared/api/areas/reward';
import { formatShortDate, personKindLabel } from '../../../../shared/domain';
import { rewardBandLabel } from '../../../../shared/domain/reward/labels';
import { formatPence } from '../../../../shared/domain/reward/money';
import type { Board } from '../../../../shared/model/board';
import { refreshed, type ApiQuery } from '../../api/use-api-query';
import { useApiMutation } from '../../api/use-api-mutation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { RateForm } from './RateForm';

const rateWords = (r: RewardRateView): string =>
  `${r.boardName ?? 'all boards'}, ${personKindLabel(r.role)}, ${rewardBandLabel(r.band).toLowerCase()}, from ${formatShortDate(r.effectiveFrom)}`;

/** Rates by board, role and length of involvement, each from a date and until the next took over. */
export function RatesSection({
  rates,
  boards,
  today,
  onChanged,
}: {
  rates: ApiQuery<'reward.rates.list'>;
  boards: readonly Board[];
  today: string;
  onChanged: (message: string) => void;
}): ReactNode {
  const submit = useApiMutation('reward.rates.remove');
  const [removing, setRemoving] = useState<RewardRateView | null>(null);
  const remove = async (rate: RewardRateView): Promise<void> => {
    const done = await submit.run({ id: rate.id });
    if (done === undefined) return;
    setRemoving(null);
    await refreshed(rates);
    // The row and its button are gone: focus goes to the section's heading.
    document.getElementById('rates-heading')?.focus();
    onChanged(`Rate removed: ${rateWords(rate)}.`);
  };
  return (
    <section className="reward-section" aria-labelledby="rates-heading">
      <h2 id="rates-heading" tabIndex={-1}>
        Rates
      </h2>
      {rates.isPending ? <LoadingMessage>Loading rates…</LoadingMessage> : null}
      {rates.isLoadingError ? <ErrorAlert error={rates.error} context="The rates could not be loaded." onRetry={() => void rates.refetch()} /> : null}
      {rates.data !== undefined && rates.data.length === 0 ? (
        <EmptyState title="No rates yet.">
          <p>Add a rate for each role and length of involvement below. Claims are worked out from the rate in force on the day of the activity.</p>
        </EmptyState>
      ) : null}
      {rates.data !== undefined && rates.data.length > 0 ? (
        <TableScroll label={'Rates of reward, with the dates they apply'}>
          <table className="tracker-table reward-table">
            <caption className="tracker-table__caption">Rates of reward, with the dates they apply</caption>
            <thead>
              <tr>
                <th scope="col">Board</th>
                <th scope="col">Role</th>
                <th scope="col">Length of involvement</th>
                <th scope="col">Amount</th>
                <th scope="col">Applies</th>
                <th scope="col">Claims</th>
              </tr>
            </thead>
            <tbody>
              {rates.data.map((r) => (
                <tr key={r.id} data-rate-id={r.id}>
                  <td>{r.boardName ?? 'All boards'}</td>
                  <th scope="row">{personKindLabel(r.role)}</th>
                  <td>{rewardBandLabel(r.band)}</td>
                  <td>{formatPence(r.amountPence)}</td>
                  <td>
                    {r.until === undefined
                      ? `From ${formatShortDate(r.effectiveFrom)}`
                      : `${formatShortDate(r.effectiveFrom)} to ${formatShortDate(r.until)}`}
                  </td>
                  <td>
                    {r.claimsUsing === 0 ? (
                      <button type="button" className="button button--secondary button--small" onClick={() => setRemoving(r)}>
                        Remove<span className="visually-hidden">: rate for {rateWords(r)}</span>
                      </button>
                    ) : (
                      `Used by ${r.claimsUsing}`
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <RateForm
        boards={boards}
        today={today}
        onAdded={(_rate, message) => {
          void refreshed(rates).then(() => onChanged(message));
        }}
      />
      {removing ? (
        <ConfirmDialog
          title="Remove this rate?"
          confirmLabel="Remove the rate"
          danger
          pending={submit.pending}
          error={submit.error}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>The rate for {rateWords(removing)} has not been used by any claim. Remove it only if it was entered by mistake.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
