import type { ReactNode } from 'react';
import { TableScroll } from '../../components/TableScroll';
import type { RewardClaimView } from '../../../../shared/api/areas/reward';
import { formatShortDate } from '../../../../shared/domain';
import { nextClaimStatuses } from '../../../../shared/domain/reward/claim-status';
import { activityKindLabel, claimStatusLabel, expenseKindLabel, paymentChoiceLabel } from '../../../../shared/domain/reward/labels';
import { formatPence } from '../../../../shared/domain/reward/money';
import type { ClaimStatus } from '../../../../shared/model/reward';
import { Tag, type TagTone } from '../../components/Tag';
import { statusButtonWords } from './ClaimStatusDialog';

const TONES: Readonly<Record<ClaimStatus, TagTone>> = { due: 'warning', approved: 'info', paid: 'success' };

export type ClaimAction = { readonly kind: 'edit' | 'remove' } | { readonly kind: 'status'; readonly to: ClaimStatus };

function statusWords(claim: RewardClaimView): string {
  if (claim.status === 'paid' && claim.paidOn !== undefined) return `Paid ${formatShortDate(claim.paidOn)}`;
  if (claim.status === 'approved' && claim.approvedOn !== undefined) return `Approved ${formatShortDate(claim.approvedOn)}`;
  return claimStatusLabel(claim.status);
}

/** The claims chosen by the filters, each with what can be done to it next. */
export function ClaimsTable({
  caption,
  claims,
  onAction,
}: {
  caption: string;
  claims: readonly RewardClaimView[];
  onAction: (claim: RewardClaimView, action: ClaimAction) => void;
}): ReactNode {
  return (
    <TableScroll label={caption}>
      <table className="tracker-table reward-table">
        <caption className="tracker-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">For</th>
            <th scope="col">Reward</th>
            <th scope="col">Expenses</th>
            <th scope="col">To pay</th>
            <th scope="col">Choice</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => {
            const about = `claim of ${claim.personName}, ${formatShortDate(claim.date)}`;
            return (
              <tr key={claim.id} data-claim-id={claim.id}>
                <th scope="row">
                  <span className="reward-table__person">{claim.personName}</span>
                  <span className="reward-table__board">{claim.boardName}</span>
                </th>
                <td>
                  <span className="reward-table__date">{formatShortDate(claim.date)}</span>
                  <span className="reward-table__detail">{activityKindLabel(claim.activity)}</span>
                  {claim.description === undefined ? null : <span className="reward-table__detail">{claim.description}</span>}
                </td>
                <td>
                  {formatPence(claim.rewardPence)}
                  {claim.choice.kind === 'declined' ? <span className="reward-table__detail">Declined</span> : null}
                </td>
                <td>
                  {formatPence(claim.expensesPence)}
                  {claim.expenses.map((e, index) => (
                    <span key={index} className="reward-table__detail">
                      {expenseKindLabel(e.kind)} {formatPence(e.amountPence)}
                      {e.receiptReference === undefined ? ', no receipt' : `, receipt ${e.receiptReference}`}
                    </span>
                  ))}
                </td>
                <td>{formatPence(claim.payablePence)}</td>
                <td>{paymentChoiceLabel(claim.choice)}</td>
                <td>
                  <Tag tone={TONES[claim.status]}>{statusWords(claim)}</Tag>
                  <div className="reward-table__actions">
                    {nextClaimStatuses(claim.status).map((to) => (
                      <button
                        key={to}
                        type="button"
                        className={`button button--small${to === 'due' ? ' button--secondary' : ''}`}
                        onClick={() => onAction(claim, { kind: 'status', to })}
                      >
                        {statusButtonWords(to)}
                        <span className="visually-hidden">: {about}</span>
                      </button>
                    ))}
                    <button type="button" className="button button--secondary button--small" onClick={() => onAction(claim, { kind: 'edit' })}>
                      {claim.status === 'due' ? 'Change' : 'Change note'}
                      <span className="visually-hidden">: {about}</span>
                    </button>
                    {claim.status === 'due' ? (
                      <button type="button" className="button button--secondary button--small" onClick={() => onAction(claim, { kind: 'remove' })}>
                        Remove<span className="visually-hidden">: {about}</span>
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
