import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { MemberView } from '../../../../shared/api/views';
import { useApiMutation } from '../../api/use-api-mutation';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { editMemberSchema, memberFieldId } from './member-form-schemas';
import { MembershipFieldset } from './MembershipFieldset';
import { membershipValues } from './membership-form-schema';
import { PersonFieldset } from './PersonFieldset';
import { personPatch, personValues } from './person-form-schema';

/** Changes a member's place on the board and how they are named. Opens with focus on its first field. */
export function EditMemberForm({ member, onDone }: { member: MemberView; onDone: (saved: boolean) => void }): ReactNode {
  const submit = useApiMutation('members.update');
  const prefix = `edit-${member.membership.id}`;
  const edit = useClerkForm(editMemberSchema, { person: personValues(member.person), membership: membershipValues(member.membership) });
  const { person, membership } = edit.watch();
  const { errors, attempt } = useFormErrors(edit, (path) => memberFieldId(prefix, person, path), {
    error: submit.error,
    fallbackId: `${prefix}-term-start`,
  });
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const save = edit.handleSubmit(async (checked) => {
    // One call: the membership and the person change together, or neither does.
    const done = await submit.run({
      id: member.membership.id,
      patch: {
        role: checked.membership.role,
        voting: checked.membership.voting,
        termStart: checked.membership.termStart,
        termEnd: checked.membership.termEnd ?? null,
      },
      person: personPatch(checked.person, member.person),
    });
    if (done) onDone(true);
  });

  return (
    <form ref={form} className="form inline-form" onSubmit={(event) => void save(event)} noValidate aria-label={`Edit ${member.person.name}`}>
      <ErrorSummary errors={errors} attempt={attempt} />
      <MembershipFieldset values={membership} errors={errors} prefix={prefix} onChange={(next) => edit.setValue('membership', next)} />
      <PersonFieldset legend="The person" values={person} errors={errors} prefix={prefix} onChange={(next) => edit.setValue('person', next)} />
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
