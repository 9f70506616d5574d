import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { itemPurposeLabel } from '../../../../shared/domain';
import { ITEM_PURPOSES, type ItemPurpose } from '../../../../shared/model/board';
import type { NumberedItem } from '../../../../shared/api/views';
import type { ApiCallError } from '../../api/api-call-error';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { RadioGroup } from '../../components/form/RadioGroup';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { TextReadability } from '../plain-english/TextReadability';
import { ExemptFieldset } from './ExemptFieldset';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ItemChairField } from './ItemChairField';
import {
  itemFieldId,
  itemFieldIdFor,
  itemFormSchema,
  itemValues,
  newItemValues,
  type ItemField,
  type ItemFormValues,
  type ItemInput,
} from './item-form-schema';

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
  meeting,
}: {
  /** The item being edited; none when adding. */
  item?: NumberedItem;
  /** The meeting's board and date: whose members may take the chair. */
  meeting: { readonly boardId: string; readonly date: string };
  heading: string;
  submitLabel: string;
  pending: boolean;
  refusal: ApiCallError | null;
  /** The item's fields, checked; the builder sends them as a new item or a patch of the one edited. */
  onSave: (input: ItemInput) => void;
  onCancel: () => void;
}): ReactNode {
  const formId = useId().replace(/:/g, '');
  const form = useClerkForm(itemFormSchema, item ? itemValues(item) : newItemValues());
  const fieldIdFor = itemFieldIdFor(formId);
  const {
    errors,
    errorFor: errorAt,
    attempt,
  } = useFormErrors(form, fieldIdFor, {
    error: refusal,
    fieldForPath: (path) => (path === undefined ? undefined : fieldIdFor(path)),
    fallbackId: itemFieldId(formId, 'title'),
  });
  const errorFor = (field: ItemField): string | undefined => errorAt(itemFieldId(formId, field));
  const values = form.watch();
  const title = useRef<HTMLInputElement>(null);
  const setExempt = (patch: Partial<ItemFormValues>): void => {
    if (patch.access !== undefined) form.setValue('access', patch.access);
    if (patch.category !== undefined) form.setValue('category', patch.category);
    if (patch.reason !== undefined) form.setValue('reason', patch.reason);
    if (patch.furtherCategories !== undefined) form.setValue('furtherCategories', patch.furtherCategories);
    if (patch.publicInterest !== undefined) form.setValue('publicInterest', patch.publicInterest);
    if (patch.exclusionMotion !== undefined) form.setValue('exclusionMotion', patch.exclusionMotion);
  };

  useEffect(() => {
    title.current?.focus();
  }, []);

  return (
    <form
      className="form item-editor"
      onSubmit={(event) => void form.handleSubmit(onSave)(event)}
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
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id={itemFieldId(formId, 'title')}
        inputRef={title}
        label="Title"
        width="full"
        value={values.title}
        onChange={(v) => form.setValue('title', v)}
        error={errorFor('title')}
      />
      <RadioGroup<ItemPurpose>
        legend="Purpose"
        name={`${formId}-purpose`}
        value={values.purpose}
        inline
        choices={PURPOSES}
        onChange={(purpose) => form.setValue('purpose', purpose)}
      />
      <CheckboxField
        label="Print without a number"
        hint="For an item the council does not number, such as “Welcome”. The other items keep their numbers."
        checked={values.unnumbered}
        onChange={(unnumbered) => form.setValue('unnumbered', unnumbered)}
      />
      <TextAreaField
        id={itemFieldId(formId, 'description')}
        label="What the agenda says the item is for (optional)"
        hint="Printed under the item in the agenda, and in the minutes before the minute itself."
        rows={3}
        value={values.description}
        onChange={(v) => form.setValue('description', v)}
        error={errorFor('description')}
      />
      <div className="field-row">
        <TextField
          id={itemFieldId(formId, 'presenter')}
          label="Presented by (optional)"
          hint="A name, a role, or both."
          width="long"
          value={values.presenter}
          onChange={(v) => form.setValue('presenter', v)}
          error={errorFor('presenter')}
        />
        <TextField
          id={itemFieldId(formId, 'minutes')}
          label="Time allowed in minutes (optional)"
          width="short"
          inputMode="numeric"
          value={values.minutes}
          onChange={(v) => form.setValue('minutes', v)}
          error={errorFor('minutes')}
        />
      </div>
      <ItemChairField
        id={itemFieldId(formId, 'chairPersonId')}
        boardId={meeting.boardId}
        date={meeting.date}
        value={values.chairPersonId}
        onChange={(v) => form.setValue('chairPersonId', v)}
        error={errorFor('chairPersonId')}
      />
      <TextAreaField
        id={itemFieldId(formId, 'recommendations')}
        label="Recommendations (optional)"
        hint="One on each line. They are printed in the agenda, numbered (1), (2), …"
        rows={3}
        value={values.recommendations}
        onChange={(v) => form.setValue('recommendations', v)}
        error={errorFor('recommendations')}
      />
      <TextReadability text={values.recommendations} name="the recommendations" lines />
      <TextAreaField
        id={itemFieldId(formId, 'easyReadSummary')}
        label="Easy-read summary (optional)"
        hint="Short sentences, one idea on each line. Printed in the easy-read agenda and minutes; without it they give the title and purpose."
        rows={3}
        value={values.easyReadSummary}
        onChange={(v) => form.setValue('easyReadSummary', v)}
        error={errorFor('easyReadSummary')}
      />
      <TextReadability text={values.easyReadSummary} name="the easy-read summary" lines />
      <ExemptFieldset formId={formId} values={values} errorFor={errorFor} onChange={setExempt} />
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
