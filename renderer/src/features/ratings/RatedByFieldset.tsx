import type { ReactNode } from 'react';
import { personKindLabel } from '../../../../shared/domain';
import { RATER_KINDS } from '../../../../shared/domain/coproduction/rating-words';
import type { PersonKind } from '../../../../shared/model/person';
import type { FieldError } from '../../components/form/field-error';
import { TextField } from '../../components/form/TextField';
import { ratingFieldIds } from './rating-form-schema';

/** How many of each kind of member took part in the rating; blank is none. */
export function RatedByFieldset({
  counts,
  errors,
  onChange,
}: {
  counts: Readonly<Partial<Record<PersonKind, string>>>;
  errors: readonly FieldError[];
  onChange: (kind: PersonKind, count: string) => void;
}): ReactNode {
  return (
    <fieldset className="fieldset rated-by">
      <legend className="fieldset__legend">Who took part in rating it</legend>
      <p className="field__hint">How many of each kind of member agreed the scores. Leave a kind blank if none took part.</p>
      <div className="rated-by__fields">
        {RATER_KINDS.map((kind) => (
          <TextField
            key={kind}
            id={ratingFieldIds.count(kind)}
            label={personKindLabel(kind)}
            width="short"
            inputMode="numeric"
            value={counts[kind] ?? ''}
            onChange={(count) => onChange(kind, count)}
            error={errors.find((e) => e.fieldId === ratingFieldIds.count(kind))?.message}
          />
        ))}
      </div>
    </fieldset>
  );
}
