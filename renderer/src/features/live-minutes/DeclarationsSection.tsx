import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import { INTEREST_TYPES, type Declaration, type InterestType } from '../../../../shared/model/attendance';
import { useApi } from '../../api/ApiProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import { buildRoster } from './roster';
import { useMutation } from './use-mutation';
import { useNames } from './use-names';
import { interestWords } from './words';

/**
 * Interests declared by members. Under an ordinary item: the interests in that item. Under "Declarations of
 * interest": every interest of the meeting, each naming its item, as clerks take them at the start.
 */
export function DeclarationsSection({ item, scope }: { item: NumberedItem; scope: 'item' | 'meeting' }): ReactNode {
  const { detail, locked, refresh } = useLiveMeeting();
  const { name } = useNames();
  const { call } = useApi();
  const remove = useMutation(refresh);
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Declaration | null>(null);
  const focusAfter = useRef<string | null>(null);
  const numberOf = useMemo(() => new Map(detail.items.map((i) => [i.id, i])), [detail.items]);
  const declarations = detail.declarations.filter((d) => scope === 'meeting' || d.itemId === item.id);
  const addId = `${headingId}-add`;

  useEffect(() => {
    if (focusAfter.current === null) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const describe = (d: Declaration): string => {
    const target = numberOf.get(d.itemId);
    const where = scope === 'meeting' && target ? ` in item ${target.number}, ${target.title}` : '';
    const consequence = d.type === 'disclosable-pecuniary' ? ' Takes no part in the vote.' : '';
    return `${name(d.personId)}: ${interestWords(d.type)}${where}. ${d.nature}${d.leftTheRoom ? ' Left the room for the item.' : ''}${consequence}`;
  };

  return (
    <section className="item-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="item-section__title">
        {scope === 'meeting' ? 'Interests declared at this meeting' : 'Declarations of interest in this item'}
      </h3>
      {declarations.length === 0 && !adding ? <p className="quiet">No interests declared{scope === 'item' ? ' in this item' : ''}.</p> : null}
      {declarations.length > 0 ? (
        <ul className="declaration-list">
          {declarations.map((d) => (
            <li key={d.id} className="declaration-list__item">
              <span>{describe(d)}</span>
              {locked ? null : (
                <button type="button" className="link-button" onClick={() => setRemoving(d)}>
                  Remove<span className="visually-hidden"> the declaration by {name(d.personId)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {adding ? (
        <DeclarationForm
          item={item}
          scope={scope}
          onDone={() => {
            setAdding(false);
            focusAfter.current = addId;
          }}
        />
      ) : null}
      {!locked && !adding ? (
        <div className="button-row">
          <button id={addId} type="button" className="button button--small button--secondary" onClick={() => setAdding(true)}>
            Record a declaration
          </button>
        </div>
      ) : null}
      {removing !== null ? (
        <ConfirmDialog
          title="Remove this declaration?"
          confirmLabel="Remove the declaration"
          danger
          pending={remove.busy}
          error={remove.error}
          onConfirm={() =>
            void remove
              .run(() => call('declarations.remove', { meetingId: detail.meeting.id, id: removing.id }), 'Declaration removed.')
              .then((done) => {
                if (!done) return;
                setRemoving(null);
                focusAfter.current = addId;
              })
          }
          onCancel={() => {
            setRemoving(null);
            remove.clearError();
          }}
        >
          <p>{describe(removing)}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function DeclarationForm({ item, scope, onDone }: { item: NumberedItem; scope: 'item' | 'meeting'; onDone: (saved: boolean) => void }): ReactNode {
  const { detail, members, people, refresh } = useLiveMeeting();
  const { call } = useApi();
  const save = useMutation(refresh);
  const base = useId();
  const roster = useMemo(
    () => buildRoster(members, detail.attendance, people).filter((e) => e.membership !== null || e.attendance?.substituteForPersonId !== undefined),
    [members, detail.attendance, people],
  );
  const businessItems = detail.items.filter((i) => i.standardKind === undefined);
  const [personId, setPersonId] = useState('');
  const [itemId, setItemId] = useState(scope === 'item' ? item.id : (businessItems[0]?.id ?? item.id));
  const [type, setType] = useState<InterestType>('disclosable-pecuniary');
  const [nature, setNature] = useState('');
  const [left, setLeft] = useState(false);
  const [checked, setChecked] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.getElementById(`${base}-person`)?.focus();
  }, [base]);

  const problems = [
    ...(personId === '' ? [{ fieldId: `${base}-person`, message: 'Choose the member who declared the interest.' }] : []),
    ...(nature.trim() === '' ? [{ fieldId: `${base}-nature`, message: 'Say what the interest is.' }] : []),
  ];
  const shown = checked ? problems : [];
  const problemFor = (id: string): string | undefined => shown.find((p) => p.fieldId === id)?.message;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (problems.length > 0) {
      setChecked(true);
      setAttempt((n) => n + 1);
      return;
    }
    void save
      .run(
        () => call('declarations.add', { meetingId: detail.meeting.id, itemId, personId, type, nature: nature.trim(), leftTheRoom: left }),
        'Declaration recorded.',
      )
      .then((done) => done && onDone(true));
  };

  return (
    <form className="declaration-form" onSubmit={submit} noValidate aria-label="New declaration of interest">
      <ErrorSummary errors={shown} attempt={attempt} />
      <SelectField
        id={`${base}-person`}
        label="Member"
        value={personId}
        choices={[{ value: '', label: 'Choose a member' }, ...roster.map((e) => ({ value: e.person.id, label: e.person.name }))]}
        onChange={setPersonId}
        error={problemFor(`${base}-person`)}
      />
      {scope === 'meeting' ? (
        <SelectField
          label="Item the interest is in"
          value={itemId}
          choices={detail.items.map((i) => ({ value: i.id, label: `${i.number}. ${i.title}` }))}
          onChange={setItemId}
        />
      ) : null}
      <SelectField
        label="Kind of interest"
        value={type}
        choices={INTEREST_TYPES.map((t) => ({ value: t, label: interestWords(t) }))}
        onChange={setType}
        hint="A member with a disclosable pecuniary interest takes no part in the vote on the item."
      />
      <TextField
        id={`${base}-nature`}
        label="What the interest is"
        value={nature}
        onChange={setNature}
        error={problemFor(`${base}-nature`)}
        width="full"
      />
      <CheckboxField label="Left the room for the item" checked={left} onChange={setLeft} />
      <FormError error={save.error} />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={save.busy}>
          Save declaration
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
