import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { memberRoleLabel } from '../../../../shared/domain';
import type { Person } from '../../../../shared/model/person';
import { useApiMutation } from '../../api/use-api-mutation';
import { useAnnounce } from '../../components/Announcer';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { RadioGroup } from '../../components/form/RadioGroup';
import { SelectField } from '../../components/form/SelectField';
import { MembershipFieldset } from './MembershipFieldset';
import { membershipErrors, newMembershipValues, type MembershipValues } from './membership-values';
import { PersonFieldset } from './PersonFieldset';
import { newPersonValues, personErrors, personInput, type PersonValues } from './person-values';

const PREFIX = 'add-member';
type Who = 'known' | 'new';

/**
 * Adds someone to the board: a person Minute Book already knows (from another board, or an earlier term) or
 * someone new, who is created with their membership.
 */
export function AddMemberForm({
  boardId,
  people,
  currentIds,
  today,
  onAdded,
}: {
  boardId: string;
  people: readonly Person[];
  /** People who are members now, left out of the choice. */
  currentIds: ReadonlySet<string>;
  today: string;
  onAdded: () => Promise<void>;
}): ReactNode {
  const submit = useApiMutation('members.add');
  const announce = useAnnounce();
  const choosable = people.filter((p) => !currentIds.has(p.id));
  const [who, setWho] = useState<Who>(choosable.length > 0 ? 'known' : 'new');
  const [personId, setPersonId] = useState(choosable[0]?.id ?? '');
  const [person, setPerson] = useState<PersonValues>(newPersonValues);
  const [membership, setMembership] = useState<MembershipValues>(() => newMembershipValues(today));
  const [checked, setChecked] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const errors: readonly FieldError[] =
    submit.error && checked.length === 0 ? [{ fieldId: `${PREFIX}-term-start`, message: submit.error.message }] : checked;
  const useKnown = who === 'known' && choosable.length > 0;
  // After someone joins they drop out of the choice: fall back to the first person still choosable.
  const chosenId = choosable.some((p) => p.id === personId) ? personId : (choosable[0]?.id ?? '');

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found = [
      ...(useKnown ? (chosenId === '' ? [{ fieldId: `${PREFIX}-person`, message: 'Choose who is joining' }] : []) : personErrors(person, PREFIX)),
      ...membershipErrors(membership, PREFIX),
    ];
    const known = useKnown ? people.find((p) => p.id === chosenId) : undefined;
    if (useKnown && known === undefined) found.push({ fieldId: `${PREFIX}-person`, message: 'That person is no longer in Minute Book.' });
    setChecked(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    // One call: someone new is created with their membership, so a refused membership leaves nobody half-added.
    const added = await submit.run({
      boardId,
      ...(known === undefined ? { person: personInput(person) } : { personId: known.id }),
      role: membership.role,
      voting: membership.voting,
      termStart: membership.termStart,
      ...(membership.termEnd === '' ? {} : { termEnd: membership.termEnd }),
    });
    if (!added) return;
    announce(`${known?.name ?? person.name.trim()} added as ${memberRoleLabel(membership.role).toLowerCase()}`);
    setPerson(newPersonValues());
    setMembership(newMembershipValues(today));
    setChecked([]);
    await onAdded();
  };

  const personChoices = choosable.map((p) => ({ value: p.id, label: p.organisation ? `${p.name} (${p.organisation})` : p.name }));
  return (
    <form className="form" onSubmit={(event) => void save(event)} noValidate aria-label="Add a member">
      <ErrorSummary errors={errors} attempt={attempt + (submit.error ? 1 : 0)} />
      {choosable.length > 0 ? (
        <RadioGroup<Who>
          legend="Who is joining?"
          name="add-member-who"
          value={who}
          inline
          choices={[
            { value: 'known', label: 'Someone already in Minute Book' },
            { value: 'new', label: 'Someone new' },
          ]}
          onChange={setWho}
        />
      ) : null}
      {useKnown ? (
        <SelectField
          id={`${PREFIX}-person`}
          label="Person"
          hint="People who sit, or sat, on any board."
          value={chosenId}
          choices={personChoices}
          onChange={setPersonId}
          error={errors.find((e) => e.fieldId === `${PREFIX}-person`)?.message}
        />
      ) : (
        <PersonFieldset legend="The new member" values={person} errors={errors} prefix={PREFIX} onChange={setPerson} />
      )}
      <MembershipFieldset values={membership} errors={errors} prefix={PREFIX} onChange={setMembership} />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={submit.pending}>
          Add the member
        </button>
      </div>
    </form>
  );
}
