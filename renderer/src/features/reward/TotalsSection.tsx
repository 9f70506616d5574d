import type { ReactNode } from 'react';
import { TableScroll } from '../../components/TableScroll';
import type { RewardTotalsView } from '../../../../shared/api/areas/reward';
import { formatPence } from '../../../../shared/domain/reward/money';
import type { ApiQuery } from '../../api/use-api-query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';

/** Each person's reward and expenses in the tax year, with their statement in Word or PDF. */
export function TotalsSection({
  taxYear,
  totals,
  pending,
  onStatement,
}: {
  taxYear: string;
  totals: ApiQuery<'reward.totals'>;
  /** The label of the statement being made, if any. */
  pending: string | null;
  onStatement: (person: RewardTotalsView, format: 'docx' | 'pdf') => void;
}): ReactNode {
  return (
    <section className="reward-section" aria-labelledby="totals-heading">
      <h2 id="totals-heading">Totals for {taxYear}</h2>
      <p className="quiet">
        The tax year runs from 6 April to 5 April. A declined reward counts nothing to pay; expenses are repaid whatever the choice.
      </p>
      {totals.isPending ? <LoadingMessage>Loading totals…</LoadingMessage> : null}
      {totals.isLoadingError ? <ErrorAlert error={totals.error} context="The totals could not be loaded." /> : null}
      {totals.data !== undefined && totals.data.length === 0 ? (
        <EmptyState title={`No claims in ${taxYear}.`}>
          <p>Totals appear here once claims are entered for this tax year.</p>
        </EmptyState>
      ) : null}
      {totals.data !== undefined && totals.data.length > 0 ? (
        <TableScroll label={`Reward and expenses per person, ${taxYear}`}>
          <table className="tracker-table reward-table">
            <caption className="tracker-table__caption">Reward and expenses per person, {taxYear}</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Claims</th>
                <th scope="col">Reward</th>
                <th scope="col">Declined</th>
                <th scope="col">Expenses</th>
                <th scope="col">To pay</th>
                <th scope="col">Paid</th>
                <th scope="col">Statement</th>
              </tr>
            </thead>
            <tbody>
              {totals.data.map((t) => (
                <tr key={t.personId} data-person-id={t.personId}>
                  <th scope="row">{t.personName}</th>
                  <td>{t.claims}</td>
                  <td>{formatPence(t.rewardPence)}</td>
                  <td>{formatPence(t.declinedRewardPence)}</td>
                  <td>{formatPence(t.expensesPence)}</td>
                  <td>{formatPence(t.payablePence)}</td>
                  <td>{formatPence(t.byStatus.paid)}</td>
                  <td>
                    <div className="reward-table__actions">
                      {(['docx', 'pdf'] as const).map((format) => (
                        <button
                          key={format}
                          type="button"
                          className="button button--secondary button--small"
                          aria-disabled={pending !== null}
                          onClick={() => onStatement(t, format)}
                        >
                          {format === 'docx' ? 'Word' : 'PDF'}
                          <span className="visually-hidden">
                            : statement for {t.personName}, {taxYear}
                          </span>
                        </button>
                      ))}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}
