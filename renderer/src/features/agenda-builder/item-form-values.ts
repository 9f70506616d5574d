import type { Input } from '../../../../shared/api/contract';
import type { NumberedItem } from '../../../../shared/api/views';
import type { ExemptCategory } from '../../../../shared/model/agenda-item';
import type { ItemPurpose } from '../../../../shared/model/board';
import type { FieldError } from '../../components/form/field-error';
import { clearable, filled } from '../../components/form/patch-fields';

export type Access = 'public' | 'exempt';
export type CategoryChoice = `${ExemptCategory}`;

export type ItemFormValues = {
  readonly title: string;
  readonly purpose: ItemPurpose;
  readonly presenter: string;
  readonly minutes: string;
  readonly recommendations: string;
  readonly access: Access;
  readonly category: CategoryChoice | null;
  readonly reason: string;
  /** Short sentences, one idea a line, for the easy-read agenda and minutes. */
  readonly easyReadSummary: string;
};

export const itemFieldId = (formId: string, field: 'title' | 'minutes' | 'category'): string => `${formId}-${field}`;

export const newItemValues = (): ItemFormValues => ({
  title: '',
  purpose: 'discussion',
  presenter: '',
  minutes: '',
  recommendations: '',
  access: 'public',
  category: null,
  reason: '',
  easyReadSummary: '',
});

export function itemValues(item: NumberedItem): ItemFormValues {
  const exempt = item.confidentiality.access === 'exempt' ? item.confidentiality : null;
  return {
    title: item.title,
    purpose: item.purpose,
    presenter: item.presenter ?? '',
    minutes: item.timeAllowanceMinutes === undefined ? '' : String(item.timeAllowanceMinutes),
    recommendations: item.recommendations.join('\n'),
    access: exempt ? 'exempt' : 'public',
    category: exempt ? (String(exempt.category) as CategoryChoice) : null,
    reason: exempt?.reason ?? '',
    easyReadSummary: item.easyReadSummary ?? '',
  };
}

export function itemErrors(values: ItemFormValues, formId: string): FieldError[] {
  const errors: FieldError[] = [];
  if (values.title.trim() === '') errors.push({ fieldId: itemFieldId(formId, 'title'), message: 'Enter the item’s title' });
  const minutes = values.minutes.trim();
  if (minutes !== '' && (!/^\d+$/.test(minutes) || Number(minutes) > 600)) {
    errors.push({ fieldId: itemFieldId(formId, 'minutes'), message: 'Enter the time allowed as a whole number of minutes, up to 600' });
  }
  if (values.access === 'exempt' && values.category === null) {
    errors.push({ fieldId: itemFieldId(formId, 'category'), message: 'Choose the category of exempt information' });
  }
  return errors;
}

type ItemPatch = Input<'agenda.update'>['patch'];
type ItemFields = Omit<Input<'agenda.add'>, 'meetingId' | 'parentId' | 'index'>;

/** The form as a new item's fields; a blank presenter or time allowance is left out. */
export function itemFields(values: ItemFormValues): ItemFields {
  const presenter = filled(values.presenter);
  const minutes = filled(values.minutes);
  const reason = filled(values.reason);
  const easyReadSummary = filled(values.easyReadSummary);
  return {
    title: values.title.trim(),
    purpose: values.purpose,
    ...(presenter === undefined ? {} : { presenter }),
    ...(minutes === undefined ? {} : { timeAllowanceMinutes: Number(minutes) }),
    recommendations: values.recommendations
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    confidentiality:
      values.access === 'exempt' && values.category !== null
        ? { access: 'exempt', category: Number(values.category) as ExemptCategory, ...(reason === undefined ? {} : { reason }) }
        : { access: 'public' },
    ...(easyReadSummary === undefined ? {} : { easyReadSummary }),
  };
}

/**
 * The form as a patch of the item it edits: a presenter or time allowance the clerk emptied is sent as null, which
 * clears it. Without `before` (nothing to clear) it is the new item's fields.
 */
export function itemPatch(values: ItemFormValues, before?: Pick<NumberedItem, 'presenter' | 'timeAllowanceMinutes' | 'easyReadSummary'>): ItemPatch {
  const { presenter, timeAllowanceMinutes, easyReadSummary, ...rest } = itemFields(values);
  return {
    ...rest,
    ...clearable('presenter', presenter, before?.presenter),
    ...clearable('timeAllowanceMinutes', timeAllowanceMinutes, before?.timeAllowanceMinutes),
    ...clearable('easyReadSummary', easyReadSummary, before?.easyReadSummary),
  };
}
