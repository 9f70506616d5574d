import type { FieldErrors, FieldValues, UseFormReturn } from 'react-hook-form';
import type { ApiCallError } from '../../api/api-call-error';
import type { FieldError } from './field-error';

/** Where the form's problems are shown: each field's path in the form, as the id of its control. */
export type FieldIdFor = (path: string) => string | undefined;

export type FormErrors = {
  /** For the error summary: the form's problems in the order of its fields, or else the backend's refusal. */
  readonly errors: readonly FieldError[];
  readonly errorFor: (fieldId: string) => string | undefined;
  /** Grows with each attempt, so the summary takes focus again even when the problems are the same. */
  readonly attempt: number;
};

/**
 * The form's problems as the error summary and its fields show them. When the form itself is fine and the backend
 * refused the change, its message goes beside the field its path names (`fieldForPath`), or `fallbackId`.
 */
export function useFormErrors<I extends FieldValues, O>(
  form: UseFormReturn<I, unknown, O>,
  fieldIdFor: FieldIdFor,
  refusal: {
    readonly error: ApiCallError | null;
    readonly fieldForPath?: (path: string | undefined) => string | undefined;
    readonly fallbackId: string;
  },
): FormErrors {
  const { errors: found, submitCount } = form.formState;
  const checked = flatten(found).flatMap(({ path, message }) => {
    const fieldId = fieldIdFor(path);
    return fieldId === undefined ? [] : [{ fieldId, message }];
  });
  const refused = refusal.error;
  const errors: readonly FieldError[] =
    refused && checked.length === 0
      ? [{ fieldId: refusal.fieldForPath?.(refused.apiError.path) ?? refusal.fallbackId, message: refused.message }]
      : checked;
  return {
    errors,
    errorFor: (fieldId) => errors.find((e) => e.fieldId === fieldId)?.message,
    attempt: submitCount + (refused ? 1 : 0),
  };
}

/** Every message in react-hook-form's nested errors, with its field's dotted path, in the order of the fields. */
function flatten(errors: FieldErrors, prefix = ''): { readonly path: string; readonly message: string }[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (typeof value !== 'object' || value === null) return [];
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const message: unknown = Reflect.get(value, 'message');
    if (typeof message === 'string' && typeof Reflect.get(value, 'type') === 'string') return [{ path, message }];
    return flatten(value as FieldErrors, path);
  });
}
