import { useId } from 'react';
import type { ReactNode } from 'react';
import type { TermReminderView } from '../../../../shared/api/areas/access';
import { memberRoleLabel, termReminderWords } from '../../../../shared/domain';
import { useApiMutation } from '../../api/use-api-mutation';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * Members whose term ends within 60 days, or ran out without being renewed: the clerk renews the term (edit the
 * member) or confirms that they have left, which stops the reminder.
 */
export function TermReminders({
  reminders,
  onChanged,
}: {
  reminders: readonly TermReminderView[];
  onChanged: (message: string) => Promise<void>;
}): ReactNode {
  const headingId = useId();
  const submit = useApiMutation('members.update');
  if (reminders.length === 0) return null;
  const confirm = async (reminder: TermReminderView): Promise<void> => {
    // Saving the membership after its last day records that the clerk has seen the end of the term.
    const done = await submit.run({ id: reminder.membershipId, patch: { termEnd: reminder.termEnd } });
    if (done) await onChanged(`${reminder.personName}’s membership has ended`);
  };
  return (
    <section className="callout callout--warning term-reminders" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Terms to review <span className="count">({reminders.length})</span>
      </h2>
      <p>Renew a term by editing the member below and changing the end of their term, or add their next term.</p>
      {submit.error ? <ErrorAlert error={submit.error} context="The end of the membership could not be confirmed." /> : null}
      <ul>
        {reminders.map((reminder) => (
          <li key={reminder.membershipId} data-reminder-for={reminder.personName}>
            <strong>{reminder.personName}</strong> ({memberRoleLabel(reminder.role)}): {termReminderWords(reminder)}.
            {reminder.state === 'ended' ? (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-disabled={submit.pending}
                  onClick={() => void confirm(reminder)}
                >
                  Confirm they have left<span className="visually-hidden"> ({reminder.personName})</span>
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
