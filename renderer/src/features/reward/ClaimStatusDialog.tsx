import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { RewardClaimView } from '../../../../shared/api/areas/reward';
import { formatLongDate } from '../../../../shared/domain';
import { formatPence } from '../../../../shared/domain/reward/money';
import type { ClaimStatus, RewardClaim } from '../../../../shared/model/reward';
import { useApiMutation } from '../../api/use-api-mutation';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/form/TextField';

const TITLES: Readonly<Record<ClaimStatus, string>> = {
  approved: 'Approve the claim',
  paid: 'Mark the claim paid',
  due: 'Return the claim to due',
};

const BUTTONS: Readonly<Record<ClaimStatus, string>> = {
  approved: 'Approve',
  paid: 'Mark paid',
  due: 'Return to due',
};

/** The buttons' words in the claims table, so the page object and the dialog agree. */
export const statusButtonWords = (to: ClaimStatus): string => BUTTONS[to];

/**
 * Moves a claim on: approved (with the day it was approved), paid (with the day it was paid, after which the claim
 * is locked but for its note), or back to due so it can be corrected. A native modal dialog.
 */
export function ClaimStatusDialog({
  claim,
  to,
  today,
  onSaved,
  onClose,
}: {
  claim: RewardClaimView;
  to: ClaimStatus;
  today: string;
  onSaved: (claim: RewardClaim) => void;
  onClose: () => void;
}): ReactNode {
  const submit = useApiMutation('reward.claims.setStatus');
  const dateId = useId();
  const [date, setDate] = useState(today);
  const [dateError, setDateError] = useState<string | undefined>(undefined);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (to !== 'due' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setDateError('Enter the date, for example 5 December 2024');
      document.getElementById(dateId)?.focus();
      return;
    }
    setDateError(undefined);
    const saved = await submit.run({ id: claim.id, status: to, ...(to === 'due' ? {} : { date }) });
    if (saved) onSaved(saved);
  };

  return (
    <FormDialog
      title={TITLES[to]}
      initialFocus='input, button[type="submit"]'
      submitLabel={BUTTONS[to]}
      pending={submit.pending}
      error={submit.error}
      onSubmit={(event) => void save(event)}
      onClose={onClose}
    >
      <p>
        {claim.personName}, {formatLongDate(claim.date)}: {formatPence(claim.payablePence)} to pay.
      </p>
      {to === 'paid' ? <p className="quiet">Once paid, the claim cannot be changed, except for its note.</p> : null}
      {to === 'due' ? <p className="quiet">The claim can then be corrected, and must be approved again.</p> : null}
      {to === 'due' ? null : (
        <TextField
          id={dateId}
          label={to === 'approved' ? 'Date approved' : 'Date paid'}
          type="date"
          width="medium"
          value={date}
          onChange={setDate}
          error={dateError}
        />
      )}
    </FormDialog>
  );
}
