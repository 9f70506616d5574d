import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { itemPurposeLabel } from '../../../../shared/domain';
import { ITEM_PURPOSES, type ItemPurpose } from '../../../../shared/model/board';
import type { NumberedItem } from '../../../../shared/api/views';
import type { ApiCallError } from '../../api/api-call-error';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { RadioGroup } from '../../components/form/RadioGroup';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { TextReadability } from '../plain-english/TextReadability';
import { ExemptFieldset } from './ExemptFieldset';
import { itemErrors, itemFieldId, itemValues, newItemValues, type ItemFormValues } from './item-form-values';

const PURPOSES = ITEM_PURPOSES.map((p) => ({ value: p, label: itemPurposeLabel(p) }));

/** Adds an item or edits one, in place in the agenda. Opens with focus on the title. */
export function ItemEditor({
  item,
  heading,
  submitLabel,
  pending,
  refusal,
  onSave,
  onCancel,
}: {
  /** The item being edited; none when adding. */
  item?: NumberedItem;
  heading: string;
  submitLabel: string;
  pending: boolean;
  refusal: ApiCallError | null;
  /** The form's values, checked; the builder turns them into a new item or a patch of the one edited. */
  onSave: (values: ItemFormValues) => void;
  onCancel: () => void;
}): ReactNode {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState<ItemFormValues>(() => (item ? itemValues(item) : newItemValues()));
  const [checked, setChecked] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const title = useRef<HTMLInputElement>(null);
  const set = (patch: Partial<ItemFormValues>): void => setValues((v) => ({ ...v, ...patch }));

  useEffect(() => {
    title.current?.focus();
  }, []);

  const errors: readonly FieldError[] =
    refusal && checked.length === 0 ? [{ fieldId: itemFieldId(formId, 'title'), message: refusal.message }] : checked;
  const errorFor = (field: 'title' | 'minutes' | 'category'): string | undefined =>
    errors.find((e) => e.fieldId === itemFieldId(formId, field))?.message;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found = itemErrors(values, formId);
    setChecked(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    onSave(values);
  };

  return (
    <form
      className="form item-editor"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${formId}-heading`}
      data-testid="item-editor"
      onKeyDown={(event) => {
        // Escape leaves the item as it was, as Cancel does.
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id={`${formId}-heading`} className="item-editor__heading">
        {heading}
      </h3>
      <ErrorSummary errors={errors} attempt={attempt + (refusal ? 1 : 0)} />
      <TextField
        id={itemFieldId(formId, 'title')}
        inputRef={title}
        label="Title"
        width="full"
        value={values.title}
        onChange={(v) => set({ title: v })}
        error={errorFor('title')}
      />
      <RadioGroup<ItemPurpose> legend="Purpose" name={`${formId}-purpose`} value={values.purpose} inline choices={PURPOSES} onChange={(purpose) => set({ purpose })} />
      <div className="field-row">
        <TextField
          label="Presented by (optional)"
          hint="A name, a role, or both."
          width="long"
          value={values.presenter}
          onChange={(v) => set({ presenter: v })}
        />
        <TextField
          id={itemFieldId(formId, 'minutes')}
          label="Time allowed in minutes (optional)"
          width="short"
          inputMode="numeric"
          value={values.minutes}
          onChange={(v) => set({ minutes: v })}
          error={errorFor('minutes')}
        />
      </div>
      <TextAreaField
        label="Recommendations (optional)"
        hint="One on each line. They are printed in the agenda, numbered (1), (2), …"
        rows={3}
        value={values.recommendations}
        onChange={(v) => set({ recommendations: v })}
      />
      <TextReadability text={values.recommendations} name="the recommendations" lines />
      <TextAreaField
        label="Easy-read summary (optional)"
        hint="Short sentences, one idea on each line. Printed in the easy-read agenda and minutes; without it they give the title and purpose."
        rows={3}
        value={values.easyReadSummary}
        onChange={(v) => set({ easyReadSummary: v })}
      />
      <TextReadability text={values.easyReadSummary} name="the easy-read summary" lines />
      <ExemptFieldset formId={formId} values={values} categoryError={errorFor('category')} onChange={set} />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
