import { ACCESS_NEED_KINDS, type AccessNeed, type AccessNeedKind } from '../../../../shared/model/access';
import { accessNeedLabel } from '../../../../shared/domain/access-labels';
import type { FieldError } from '../../components/form/field-error';

/** The needs ticked on the form, each with its detail as typed; a kind not present is not ticked. */
export type AccessNeedValues = Readonly<Partial<Record<AccessNeedKind, string>>>;

export const needFieldId = (prefix: string, kind: AccessNeedKind): string => `${prefix}-need-${kind}`;
export const needDetailFieldId = (prefix: string, kind: AccessNeedKind): string => `${prefix}-need-${kind}-detail`;

export function accessNeedValues(needs: readonly AccessNeed[]): AccessNeedValues {
  const values: Partial<Record<AccessNeedKind, string>> = {};
  for (const { kind, detail } of needs) {
    const earlier = values[kind];
    values[kind] = earlier === undefined || earlier === '' ? (detail ?? '') : detail === undefined ? earlier : `${earlier}; ${detail}`;
  }
  return values;
}

export function accessNeedErrors(values: AccessNeedValues, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const kind of ACCESS_NEED_KINDS) {
    const detail = values[kind];
    if (detail === undefined) continue;
    if (kind === 'other' && detail.trim() === '') {
      errors.push({ fieldId: needDetailFieldId(prefix, kind), message: 'Say what the other access need is' });
    } else if (detail.trim().length > 500) {
      errors.push({ fieldId: needDetailFieldId(prefix, kind), message: `Keep the details of “${accessNeedLabel(kind)}” to 500 characters` });
    }
  }
  return errors;
}

export function accessNeedsInput(values: AccessNeedValues): AccessNeed[] {
  return ACCESS_NEED_KINDS.flatMap((kind) => {
    const detail = values[kind]?.trim();
    if (detail === undefined) return [];
    return [detail === '' ? { kind } : { kind, detail }];
  });
}
