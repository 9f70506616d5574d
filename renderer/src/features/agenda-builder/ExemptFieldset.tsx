import type { ReactNode } from 'react';
import { EXEMPT_CATEGORIES } from '../../../../shared/model/exempt-categories';
import { CheckboxField } from '../../components/form/CheckboxField';
import { RadioGroup } from '../../components/form/RadioGroup';
import { TextAreaField } from '../../components/form/TextAreaField';
import { itemFieldId, type Access, type CategoryChoice, type ItemField, type ItemFormValues, type MotionChoice } from './item-form-schema';

const CATEGORIES = Object.keys(EXEMPT_CATEGORIES) as CategoryChoice[];
const CATEGORY_CHOICES = CATEGORIES.map((n) => ({ value: n, label: `Paragraph ${n}`, hint: EXEMPT_CATEGORIES[n] }));

/** The words English councils use; offered to the clerk, never printed unless put in the field. */
const USUAL_PUBLIC_INTEREST =
  'In all the circumstances the public interest in maintaining the exemption outweighs the public interest in disclosing the information.';

const MOTION_CHOICES: readonly { value: MotionChoice; label: string; hint?: string }[] = [
  { value: '', label: 'Not recorded yet' },
  { value: 'carried', label: 'Carried: the press and public were excluded' },
  { value: 'lost', label: 'Lost: the item was taken in public', hint: 'The minutes then give the item in full, in public.' },
];

/**
 * Public or exempt; and for an exempt item, the paragraphs of Schedule 12A that make it so, the public-interest
 * statement and how the motion to exclude the press and public went.
 */
export function ExemptFieldset({
  formId,
  values,
  errorFor,
  onChange,
}: {
  formId: string;
  values: ItemFormValues;
  errorFor: (field: ItemField) => string | undefined;
  onChange: (patch: Partial<ItemFormValues>) => void;
}): ReactNode {
  const further = values.furtherCategories ?? [];
  const toggle = (category: CategoryChoice, on: boolean): void =>
    onChange({ furtherCategories: on ? [...further, category].sort() : further.filter((c) => c !== category) });
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
            hint: 'It moves to the private part of the agenda (unless the board keeps exempt items in the order taken), and its papers are not published.',
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
            error={errorFor('category')}
            choices={CATEGORY_CHOICES}
          />
          <fieldset className="fieldset" id={itemFieldId(formId, 'furtherCategories')}>
            <legend className="fieldset__legend">Further paragraphs it also falls under (optional)</legend>
            {CATEGORIES.filter((c) => c !== values.category).map((c) => (
              <CheckboxField key={c} label={`Paragraph ${c}`} checked={further.includes(c)} onChange={(on) => toggle(c, on)} />
            ))}
          </fieldset>
          <TextAreaField
            label="Why it is exempt (optional)"
            hint="For the clerk and members: kept with the item, never printed in public documents."
            rows={2}
            value={values.reason}
            onChange={(reason) => onChange({ reason })}
          />
          <TextAreaField
            id={itemFieldId(formId, 'publicInterest')}
            label="Public-interest statement (optional)"
            hint="Printed with the resolution to exclude the press and public, in the public minutes too, when the council records it."
            rows={2}
            value={values.publicInterest ?? ''}
            onChange={(publicInterest) => onChange({ publicInterest })}
            error={errorFor('publicInterest')}
          />
          {values.publicInterest === '' ? (
            <p className="button-row">
              <button type="button" className="button button--secondary" onClick={() => onChange({ publicInterest: USUAL_PUBLIC_INTEREST })}>
                Use the usual words
              </button>
            </p>
          ) : null}
          <RadioGroup<MotionChoice>
            legend="Motion to exclude the press and public"
            name={`${formId}-motion`}
            value={values.exclusionMotion}
            onChange={(exclusionMotion) => onChange({ exclusionMotion })}
            choices={MOTION_CHOICES}
          />
        </div>
      ) : null}
    </>
  );
}
