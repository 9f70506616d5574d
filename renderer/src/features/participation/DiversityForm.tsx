import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Person } from '../../../../shared/model/person';
import { SelectField } from '../../components/form/SelectField';
import { DiversityAnswersForm } from './DiversityAnswersForm';

const PERSON_FIELD = 'diversity-person';

/**
 * Recording a person's diversity answers: opt-in, and said plainly how they are used. Choosing a person loads
 * only that person's answers, for correcting them; nothing else on the screen ever shows one person's answers.
 */
export function DiversityForm({
  people,
  boardGroups,
  onSaved,
}: {
  people: readonly Person[];
  boardGroups: readonly string[];
  onSaved: () => void;
}): ReactNode {
  const [personId, setPersonId] = useState('');
  const person = people.find((p) => p.id === personId);
  const choices = [
    { value: '', label: 'Choose a person' },
    ...people.toSorted((a, b) => a.name.localeCompare(b.name, 'en-GB')).map((p) => ({ value: p.id, label: p.name })),
  ];
  return (
    <section aria-labelledby="diversity-form-heading" className="form-section">
      <h2 id="diversity-form-heading">Record a person’s diversity answers</h2>
      <div className="callout">
        <p>
          <strong>Answering is optional.</strong> Ask the person first and record only what they choose to tell you; every question has “Prefer not to
          say”, and any question can be left unanswered.
        </p>
        <p>
          How the answers are used: they are kept apart from the person’s record, and never appear in agendas, minutes or any list of names. Minute
          Book uses them only to count, for reports like the one above, and hides small numbers so that nobody can be picked out. The person can
          change or withdraw their answers at any time.
        </p>
      </div>
      <SelectField id={PERSON_FIELD} label="Person" value={personId} choices={choices} onChange={setPersonId} />
      {person === undefined ? null : (
        <DiversityAnswersForm key={person.id} person={person} boardGroups={boardGroups} onSaved={onSaved} onDone={() => setPersonId('')} />
      )}
    </section>
  );
}
