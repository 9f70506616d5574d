import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { MemberView } from '../../../../shared/api/views';
import { useApiMutation } from '../../api/use-api-mutation';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { MembershipFieldset } from './MembershipFieldset';
import { membershipErrors, membershipValues, type MembershipValues } from './membership-values';
import { PersonFieldset } from './PersonFieldset';
import { personErrors, personPatch, personValues, type PersonValues } from './person-values';

/** Changes a member's place on the board and how they are named. Opens with focus on its first field. */
export function EditMemberForm({ member, onDone }: { member: MemberView; onDone: (saved: boolean) => void }): ReactNode {
  const submit = useApiMutation('members.update');
  const prefix = `edit-${member.membership.id}`;
  const [person, setPerson] = useState<PersonValues>(() => personValues(member.person));
  const [membership, setMembership] = useState<MembershipValues>(() => membershipValues(member.membership));
  const [checked, setChecked] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const errors: readonly FieldError[] =
    submit.error && checked.length === 0 ? [{ fieldId: `${prefix}-term-start`, message: submit.error.message }] : checked;

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found = [...personErrors(person, prefix), ...membershipErrors(membership, prefix)];
    setChecked(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    // One call: the membership and the person change together, or neither does.
    const done = await submit.run({
      id: member.membership.id,
      patch: {
        role: membership.role,
        voting: membership.voting,
        termStart: membership.termStart,
        termEnd: membership.termEnd === '' ? null : membership.termEnd,
      },
      person: personPatch(person, member.person),
    });
    if (done) onDone(true);
  };

  return (
    <form ref={form} className="form inline-form" onSubmit={(event) => void save(event)} noValidate aria-label={`Edit ${member.person.name}`}>
      <ErrorSummary errors={errors} attempt={attempt + (submit.error ? 1 : 0)} />
      <MembershipFieldset values={membership} errors={errors} prefix={prefix} onChange={setMembership} />
      <PersonFieldset legend="The person" values={person} errors={errors} prefix={prefix} onChange={setPerson} />
      <p className="field__hint">Changes to the person apply on every board they sit on.</p>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={submit.pending}>
          Save the changes
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
