import type { ReactNode } from 'react';
import { accessNeedLabel } from '../../../../shared/domain/access-labels';
import { ACCESS_NEED_KINDS, type AccessNeedKind } from '../../../../shared/model/access';
import { CheckboxField } from '../../components/form/CheckboxField';
import { TextField } from '../../components/form/TextField';
import { needDetailFieldId, needFieldId, type AccessNeedValues } from './access-needs-schema';

/**
 * The adjustments a person needs to take part: a box per kind, and when ticked a line for the detail ("other"
 * must say what). Every meeting the person is expected at lists them on its access checklist.
 */
export function AccessNeedsFieldset({
  values,
  prefix,
  errorFor,
  onChange,
}: {
  values: AccessNeedValues;
  prefix: string;
  errorFor: (fieldId: string) => string | undefined;
  onChange: (next: AccessNeedValues) => void;
}): ReactNode {
  const toggle = (kind: AccessNeedKind, ticked: boolean): void => {
    const next: Partial<Record<AccessNeedKind, string>> = { ...values };
    if (ticked) next[kind] = values[kind] ?? '';
    else delete next[kind];
    onChange(next);
  };
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Access needs</legend>
      <p className="field__hint">
        What the person needs to take part. Each meeting they are expected at lists these on its access checklist, for the secretariat to arrange.
      </p>
      {ACCESS_NEED_KINDS.map((kind) => {
        const detail = values[kind];
        return (
          <div key={kind}>
            <CheckboxField
              id={needFieldId(prefix, kind)}
              label={accessNeedLabel(kind)}
              checked={detail !== undefined}
              onChange={(ticked) => toggle(kind, ticked)}
            />
            {detail === undefined ? null : (
              <div className="conditional">
                <TextField
                  id={needDetailFieldId(prefix, kind)}
                  label={kind === 'other' ? 'What do they need?' : `Details of “${accessNeedLabel(kind)}” (optional)`}
                  hint={kind === 'other' ? 'For example “a quiet room to take breaks in”.' : undefined}
                  value={detail}
                  onChange={(v) => onChange({ ...values, [kind]: v })}
                  error={errorFor(needDetailFieldId(prefix, kind))}
                />
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
