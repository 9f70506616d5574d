import { useId } from 'react';

export type FieldIds = {
  readonly control: string;
  readonly hint: string | undefined;
  readonly error: string | undefined;
  /** For aria-describedby: the hint, then the error, so both are read after the label. */
  readonly describedBy: string | undefined;
};

/** The ids that tie a control to its hint and error message. */
export function useFieldIds(id: string | undefined, hasHint: boolean, hasError: boolean): FieldIds {
  const generated = useId();
  const control = id ?? generated;
  const hint = hasHint ? `${control}-hint` : undefined;
  const error = hasError ? `${control}-error` : undefined;
  const describedBy = [hint, error].filter((x) => x !== undefined).join(' ') || undefined;
  return { control, hint, error, describedBy };
}
