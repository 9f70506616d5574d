import type { Input } from '../../../../shared/api/contract';
import type { NumberedItem } from '../../../../shared/api/views';
import type { ExemptCategory } from '../../../../shared/model/agenda-item';
import type { ItemPurpose } from '../../../../shared/model/board';
import type { FieldError } from '../../components/form/field-error';

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

/**
 * The form as an item's fields. A cleared presenter or time allowance cannot be removed through the contract
 * (a patch only sets fields), so they are sent as an empty presenter and no change to the time.
 */
export function itemPatch(values: ItemFormValues): ItemPatch {
  const minutes = values.minutes.trim();
  const reason = values.reason.trim();
  return {
    title: values.title.trim(),
    purpose: values.purpose,
    presenter: values.presenter.trim(),
    ...(minutes === '' ? {} : { timeAllowanceMinutes: Number(minutes) }),
    recommendations: values.recommendations
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    confidentiality:
      values.access === 'exempt' && values.category !== null
        ? { access: 'exempt', category: Number(values.category) as ExemptCategory, ...(reason === '' ? {} : { reason }) }
        : { access: 'public' },
  };
}
