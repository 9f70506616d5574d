import type { ReactNode } from 'react';
import { EXEMPT_CATEGORIES } from '../../../../shared/model/exempt-categories';
import { RadioGroup } from '../../components/form/RadioGroup';
import { TextAreaField } from '../../components/form/TextAreaField';
import { itemFieldId, type Access, type CategoryChoice, type ItemFormValues } from './item-form-schema';

const CATEGORY_CHOICES = (Object.keys(EXEMPT_CATEGORIES) as CategoryChoice[]).map((n) => ({
  value: n,
  label: `Paragraph ${n}`,
  hint: EXEMPT_CATEGORIES[n],
}));

/** Public or exempt; and for an exempt item, the paragraph of Schedule 12A that makes it so. */
export function ExemptFieldset({
  formId,
  values,
  categoryError,
  onChange,
}: {
  formId: string;
  values: ItemFormValues;
  categoryError?: string;
  onChange: (patch: Partial<ItemFormValues>) => void;
}): ReactNode {
  return (
    <>
      <RadioGroup<Access>
        legend="Public or private"
        name={`${formId}-access`}
        value={values.access}
        onChange={(access) => onChange({ access })}
        choices={[
          { value: 'public', label: 'Public item' },
          {
            value: 'exempt',
            label: 'Exempt item, taken in private',
            hint: 'It moves to the private part of the agenda, after the public items, and its papers are not published.',
          },
        ]}
      />
      {values.access === 'exempt' ? (
        <div className="conditional">
          <RadioGroup<CategoryChoice>
            id={itemFieldId(formId, 'category')}
            legend="Category of exempt information (Schedule 12A to the Local Government Act 1972)"
            name={`${formId}-category`}
            value={values.category}
            onChange={(category) => onChange({ category })}
            error={categoryError}
            choices={CATEGORY_CHOICES}
          />
          <TextAreaField
            label="Public interest reason (optional)"
            hint="Why keeping the information exempt outweighs the public interest in disclosing it."
            rows={3}
            value={values.reason}
            onChange={(reason) => onChange({ reason })}
          />
        </div>
      ) : null}
    </>
  );
}
