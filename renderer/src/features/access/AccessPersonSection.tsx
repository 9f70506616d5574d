import { useId } from 'react';
import type { ReactNode } from 'react';
import { memberRoleLabel, personKindLabel, type ChecklistPerson } from '../../../../shared/domain';
import { AccessNeedLine } from './AccessNeedLine';

/** One person on the checklist: who they are, and each of their needs with its "Arranged" box. */
export function AccessPersonSection({
  meetingId,
  person,
  canArrange,
  onSaved,
}: {
  meetingId: string;
  person: ChecklistPerson;
  canArrange: boolean;
  onSaved: () => Promise<void>;
}): ReactNode {
  const headingId = useId();
  const who =
    person.role === undefined
      ? `${personKindLabel(person.kind)}, attending`
      : `${personKindLabel(person.kind)}, ${memberRoleLabel(person.role).toLowerCase()}`;
  return (
    <section className="access-person" aria-labelledby={headingId} data-person-id={person.personId}>
      <h2 id={headingId} className="access-person__name">
        {person.name}
      </h2>
      <p className="quiet">{who}</p>
      <ul className="access-needs">
        {person.needs.map((need) => (
          <AccessNeedLine
            key={need.need}
            meetingId={meetingId}
            personId={person.personId}
            personName={person.name}
            need={need}
            canArrange={canArrange}
            onSaved={onSaved}
          />
        ))}
      </ul>
    </section>
  );
}
