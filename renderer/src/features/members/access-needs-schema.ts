import { z } from 'zod';
import { PersonFields } from '../../../../shared/api/inputs';
import { accessNeedLabel } from '../../../../shared/domain/access-labels';
import { ACCESS_NEED_KINDS, AccessNeedKind, type AccessNeed } from '../../../../shared/model/access';

/** The needs ticked on the form, each with its detail as typed; a kind not present is not ticked. */
export type AccessNeedValues = Readonly<Partial<Record<AccessNeedKind, string>>>;

const detailRule = PersonFields.shape.accessNeeds.unwrap().element.shape.detail.unwrap();

/**
 * A person's access needs, from the contract's AccessNeed: an "other" need says what it is, and every detail fits
 * the contract; its output is the needs in the usual order, details trimmed.
 */
export const accessNeedsSchema = z
  .partialRecord(AccessNeedKind, z.string())
  .superRefine((values, ctx) => {
    for (const kind of ACCESS_NEED_KINDS) {
      const detail = values[kind];
      if (detail === undefined) continue;
      if (kind === 'other' && detail.trim() === '') ctx.addIssue({ code: 'custom', path: [kind], message: 'Say what the other access need is' });
      else if (!detailRule.safeParse(detail).success)
        ctx.addIssue({ code: 'custom', path: [kind], message: `Keep the details of “${accessNeedLabel(kind)}” to 500 characters` });
    }
  })
  .transform((values): AccessNeed[] =>
    ACCESS_NEED_KINDS.flatMap((kind) => {
      const detail = values[kind]?.trim();
      if (detail === undefined) return [];
      return [detail === '' ? { kind } : { kind, detail }];
    }),
  );

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
