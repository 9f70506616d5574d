import type { ReactNode } from 'react';
import { memberRoleLabel } from '../../../../shared/domain';
import type { Person } from '../../../../shared/model/person';
import { useApiMutation } from '../../api/use-api-mutation';
import { useAnnounce } from '../../components/Announcer';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { RadioGroup } from '../../components/form/RadioGroup';
import { SelectField } from '../../components/form/SelectField';
import { MembershipFieldset } from './MembershipFieldset';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { addMemberSchema, memberFieldId } from './member-form-schemas';
import { newMembershipValues } from './membership-form-schema';
import { PersonFieldset } from './PersonFieldset';
import { newPersonValues } from './person-form-schema';

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
  const form = useClerkForm(addMemberSchema, {
    who: choosable.length > 0 ? 'known' : 'new',
    personId: choosable[0]?.id ?? '',
    person: newPersonValues(),
    membership: newMembershipValues(today),
  });
  const { who: whoValue, personId, person, membership } = form.watch();
  const who: Who = whoValue === 'new' ? 'new' : 'known';
  const fieldIdFor = (path: string): string | undefined => memberFieldId(PREFIX, person, path);
  const { errors, attempt } = useFormErrors(form, fieldIdFor, { error: submit.error, fallbackId: `${PREFIX}-term-start` });
  const useKnown = who === 'known' && choosable.length > 0;
  // After someone joins they drop out of the choice: fall back to the first person still choosable.
  const chosenId = choosable.some((p) => p.id === personId) ? personId : (choosable[0]?.id ?? '');

  const save = form.handleSubmit(async (checked) => {
    const { membership: place } = checked;
    const known = 'personId' in checked ? people.find((p) => p.id === checked.personId) : undefined;
    if ('personId' in checked && known === undefined) {
      form.setError('personId', { message: 'That person is no longer in Minute Book.' });
      return;
    }
    // One call: someone new is created with their membership, so a refused membership leaves nobody half-added.
    const added = await submit.run({
      boardId,
      ...('person' in checked ? { person: checked.person } : { personId: checked.personId }),
      role: place.role,
      voting: place.voting,
      termStart: place.termStart,
      ...(place.termEnd === undefined ? {} : { termEnd: place.termEnd }),
    });
    if (!added) return;
    announce(`${known?.name ?? checked.person?.name ?? ''} added as ${memberRoleLabel(place.role).toLowerCase()}`);
    // Adding several in a row: the next one keeps this one's role, vote, dates and kind.
    const typed = form.getValues();
    form.reset({ who, personId: '', person: { ...newPersonValues(), kind: typed.person.kind }, membership: typed.membership });
    await onAdded();
  });

  const submitForm = (event: React.FormEvent): void => {
    // Whom the form shows is whom it adds: the first person still choosable, or someone new when nobody is.
    form.setValue('who', useKnown ? 'known' : 'new');
    form.setValue('personId', chosenId);
    void save(event);
  };

  const personChoices = choosable.map((p) => ({ value: p.id, label: p.organisation ? `${p.name} (${p.organisation})` : p.name }));
  return (
    <form className="form" onSubmit={submitForm} noValidate aria-label="Add a member">
      <ErrorSummary errors={errors} attempt={attempt} />
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
          onChange={(next) => form.setValue('who', next)}
        />
      ) : null}
      {useKnown ? (
        <SelectField
          id={`${PREFIX}-person`}
          label="Person"
          hint="People who sit, or sat, on any board."
          value={chosenId}
          choices={personChoices}
          onChange={(next) => form.setValue('personId', next)}
          error={errors.find((e) => e.fieldId === `${PREFIX}-person`)?.message}
        />
      ) : (
        <PersonFieldset legend="The new member" values={person} errors={errors} prefix={PREFIX} onChange={(next) => form.setValue('person', next)} />
      )}
      <MembershipFieldset values={membership} errors={errors} prefix={PREFIX} onChange={(next) => form.setValue('membership', next)} />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={submit.pending}>
          Add the member
        </button>
      </div>
    </form>
  );
}
