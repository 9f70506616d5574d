/** A problem with one field of a form, tied to the field's id so the error summary can move focus to it. */
export type FieldError = { readonly fieldId: string; readonly message: string };
