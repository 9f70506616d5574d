import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { PartNumbering } from '../../../../shared/model/resolution';
import { canIndent, canOutdent, movePart, newPartKey, partLabels, removePart, shiftPart, type PartValues } from './decision-draft';

type Button = 'up' | 'down' | 'in' | 'out';

/**
 * The decision's parts, in order: each part's words, numbered as the minutes will number them, with buttons to
 * move it up or down, put it within the part above (indent) or take it out again (outdent), and remove it. Focus
 * follows the part moved, so it can be moved again at once.
 */
export function DecisionPartsFieldset({
  partId,
  parts,
  numbering,
  errorFor,
  onChange,
}: {
  /** The id of the text box of the part at an index (the error summary moves focus there). */
  partId: (index: number) => string;
  parts: readonly PartValues[];
  numbering: PartNumbering;
  errorFor: (index: number) => string | undefined;
  onChange: (parts: PartValues[]) => void;
}): ReactNode {
  const labels = partLabels(parts, numbering);
  const buttonId = (button: Button, index: number): string => `${partId(index)}-${button}`;

  // After a change is drawn, focus goes to the same button at the part's new place, or else to the part's words.
  const pending = useRef<{ readonly button: Button | null; readonly index: number } | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    const { button, index } = pending.current;
    pending.current = null;
    ((button === null ? null : document.getElementById(buttonId(button, index))) ?? document.getElementById(partId(index)))?.focus();
  });
  const change = (next: PartValues[], button: Button | null, index: number): void => {
    pending.current = { button, index };
    onChange(next);
  };

  return (
    <fieldset className="decision-form__parts">
      <legend>Numbered parts</legend>
      <p className="field__hint">
        Each part usually starts “That …”. Indent a part to put it within the part above: (1) then (a) then (i). A decision of one part runs on after
        its verb.
      </p>
      <ol className="part-list">
        {parts.map((part, index) => {
          const number = labels[index] ?? '';
          const error = errorFor(index);
          const id = partId(index);
          return (
            <li key={part.key} className={`part-list__item part-list__item--level-${part.level}`} data-level={part.level}>
              <label className="field__label" htmlFor={id}>
                Part {number}
              </label>
              {error ? (
                <p id={`${id}-error`} className="field__error">
                  <span className="visually-hidden">Error: </span>
                  {error}
                </p>
              ) : null}
              <textarea
                id={id}
                className="part-list__text"
                rows={2}
                value={part.text}
                onChange={(event) => onChange(parts.map((p, i) => (i === index ? { ...p, text: event.target.value } : p)))}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
              <div className="part-list__buttons">
                {index > 0 ? (
                  <button
                    id={buttonId('up', index)}
                    type="button"
                    className="link-button"
                    onClick={() => change(movePart(parts, index, -1), 'up', index - 1)}
                  >
                    Move up<span className="visually-hidden"> part {number}</span>
                  </button>
                ) : null}
                {index < parts.length - 1 ? (
                  <button
                    id={buttonId('down', index)}
                    type="button"
                    className="link-button"
                    onClick={() => change(movePart(parts, index, 1), 'down', index + 1)}
                  >
                    Move down<span className="visually-hidden"> part {number}</span>
                  </button>
                ) : null}
                {canIndent(parts, index) ? (
                  <button
                    id={buttonId('in', index)}
                    type="button"
                    className="link-button"
                    onClick={() => change(shiftPart(parts, index, 1), 'in', index)}
                  >
                    Indent<span className="visually-hidden"> part {number}</span>
                  </button>
                ) : null}
                {canOutdent(parts, index) ? (
                  <button
                    id={buttonId('out', index)}
                    type="button"
                    className="link-button"
                    onClick={() => change(shiftPart(parts, index, -1), 'out', index)}
                  >
                    Outdent<span className="visually-hidden"> part {number}</span>
                  </button>
                ) : null}
                {parts.length > 1 ? (
                  <button type="button" className="link-button" onClick={() => change(removePart(parts, index), null, Math.max(0, index - 1))}>
                    Remove<span className="visually-hidden"> part {number}</span>
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => change([...parts, { key: newPartKey(), text: '', level: parts.at(-1)?.level ?? 0 }], null, parts.length)}
      >
        Add a part
      </button>
    </fieldset>
  );
}
