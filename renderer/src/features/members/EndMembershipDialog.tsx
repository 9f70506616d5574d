import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { MemberView } from '../../../../shared/api/views';
import { formatLongDate, parseIsoDate } from '../../../../shared/domain';
import { useApiMutation } from '../../api/use-api-mutation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/form/TextField';

/** Ends a membership on a chosen day. The member stays in the board's history: past meetings still name them. */
export function EndMembershipDialog({ member, today, onClose }: { member: MemberView; today: string; onClose: (ended: boolean) => void }): ReactNode {
  const submit = useApiMutation('members.update');
  const [lastDay, setLastDay] = useState(today);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);
  const confirm = async (): Promise<void> => {
    if (parseIsoDate(lastDay) === null) {
      setProblem('Enter the last day of the membership');
      return;
    }
    if (lastDay < member.membership.termStart) {
      setProblem(`The membership started on ${formatLongDate(member.membership.termStart)}: the last day cannot be before that`);
      return;
    }
    setProblem(undefined);
    const ended = await submit.run({ id: member.membership.id, patch: { termEnd: lastDay } });
    if (ended) onClose(true);
  };
  return (
    <ConfirmDialog
      title={`End ${member.person.name}’s membership?`}
      confirmLabel="End the membership"
      cancelLabel="Keep them as a member"
      pending={submit.pending}
      error={submit.error}
      initialFocus={field}
      onConfirm={() => void confirm()}
      onCancel={() => onClose(false)}
    >
      <p>They stay in the board’s history: the minutes of meetings they attended still name them.</p>
      <TextField
        inputRef={field}
        label="Last day as a member"
        type="date"
        width="medium"
        value={lastDay}
        onChange={setLastDay}
        hint={parseIsoDate(lastDay) ? formatLongDate(lastDay) : undefined}
        error={problem}
      />
    </ConfirmDialog>
  );
}
