import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { STANDARD_DECISION_VERBS, type ResolutionKind } from '../../../../shared/model/resolution';
import type { ApiCallError } from '../../api/api-call-error';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { decisionFields, decisionProblems, movePart, newPartKey, type DecisionDraft, type DecisionFields, type VoteMode } from './decision-draft';
import { FormError } from './FormError';
import { RecordedVoteFields } from './RecordedVoteFields';

const KIND_CHOICES = STANDARD_DECISION_VERBS.map((kind) => ({ value: kind, label: kind }));
const VOTE_CHOICES: readonly { value: VoteMode; label: string }[] = [
  { value: 'none', label: 'No vote recorded' },
  { value: 'counts', label: 'Numbers for and against' },
  { value: 'recorded', label: 'Recorded vote, with names' },
];

/**
 * Writes or changes one decision: its kind, the body a recommendation goes to, the numbered parts (added,
 * removed and put in order by keyboard or mouse), and the vote. Nothing is sent until it is saved.
 */
export function DecisionForm({
  itemId,
  initial,
  title,
  hadVote,
  busy,
  error,
  onSave,
  onCancel,
}: {
  itemId: string;
  initial: DecisionDraft;
  title: string;
  /** An existing vote can be changed but not taken away: the backend keeps it. */
  hadVote: boolean;
  busy: boolean;
  error: ApiCallError | null;
  onSave: (fields: DecisionFields) => void;
  onCancel: () => void;
}): ReactNode {
  const [draft, setDraft] = useState(initial);
  const [attempt, setAttempt] = useState(0);
  const [showProblems, setShowProblems] = useState(false);
  const base = useId();
  const partId = (index: number): string => `${base}-part-${index}`;
  const fieldId = (field: string): string => (field.startsWith('part-') ? partId(Number(field.slice(5))) : `${base}-${field}`);
  const focusPart = useRef<number | null>(null);
  const problems = showProblems ? decisionProblems(draft) : [];
  const problemFor = (field: string): string | undefined => problems.find((p) => p.field === field)?.message;

  // The form opens where the clerk is about to type: its first field.
  useEffect(() => {
    document.getElementById(fieldId('kind'))?.focus();
    // Once, on opening: later renders must not pull focus back.
  }, []);

  useEffect(() => {
    if (focusPart.current === null) return;
    document.getElementById(partId(focusPart.current))?.focus();
    focusPart.current = null;
  });

  const update = (patch: Partial<DecisionDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  const setPart = (index: number, text: string): void =>
    setDraft((d) => ({ ...d, parts: d.parts.map((p, i) => (i === index ? { ...p, text } : p)) }));
  const moveId = (direction: 'up' | 'down', index: number): string => `${base}-${direction}-${index}`;
  const move = (index: number, by: -1 | 1): void => {
    setDraft((d) => ({ ...d, parts: movePart(d.parts, index, by) }));
    // Focus follows the part to its new place, on the same button so it can be moved again at once, or on the
    // part itself once it reaches the top or the bottom.
    const to = index + by;
    requestAnimationFrame(() => {
      const button = document.getElementById(moveId(by === -1 ? 'up' : 'down', to));
      (button ?? document.getElementById(partId(to)))?.focus();
    });
  };
  const remove = (index: number): void => {
    setDraft((d) => ({ ...d, parts: d.parts.filter((_, i) => i !== index) }));
    focusPart.current = Math.max(0, index - 1);
  };
  const addPart = (): void => {
    focusPart.current = draft.parts.length;
    setDraft((d) => ({ ...d, parts: [...d.parts, { key: newPartKey(), text: '' }] }));
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    if (decisionProblems(draft).length > 0) {
      setShowProblems(true);
      setAttempt((n) => n + 1);
      return;
    }
    onSave(decisionFields(draft));
  };

  return (
    <form className="decision-form" onSubmit={submit} noValidate aria-label={title} data-item={itemId}>
      <ErrorSummary errors={problems.map((p) => ({ fieldId: fieldId(p.field), message: p.message }))} attempt={attempt} />
      <SelectField
        id={fieldId('kind')}
        label="Type of decision"
        value={draft.kind}
        choices={KIND_CHOICES}
        onChange={(kind: ResolutionKind) => update({ kind })}
        hint="RESOLVED or AGREED for a decision of the board, NOTED for information, RECOMMENDED for a body that decides."
      />
      {draft.kind === 'RECOMMENDED' ? (
        <TextField
          id={fieldId('recommendedTo')}
          label="Recommended to"
          hint="The body that takes the decision, such as Cabinet or Council."
          value={draft.recommendedTo}
          onChange={(recommendedTo) => update({ recommendedTo })}
          error={problemFor('recommendedTo')}
          width="medium"
        />
      ) : null}
      <fieldset className="decision-form__parts">
        <legend>Numbered parts</legend>
        <p className="field__hint">Each part usually starts “That …”. They print as (1), (2) and so on, in this order.</p>
        <ol className="part-list">
          {draft.parts.map((part, index) => {
            const number = `(${index + 1})`;
            const error = problemFor(`part-${index}`);
            return (
              <li key={part.key} className="part-list__item">
                <label className="field__label" htmlFor={partId(index)}>
                  Part {number}
                </label>
                {error ? (
                  <p id={`${partId(index)}-error`} className="field__error">
                    <span className="visually-hidden">Error: </span>
                    {error}
                  </p>
                ) : null}
                <textarea
                  id={partId(index)}
                  className="part-list__text"
                  rows={2}
                  value={part.text}
                  onChange={(event) => setPart(index, event.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${partId(index)}-error` : undefined}
                />
                <div className="part-list__buttons">
                  {index > 0 ? (
                    <button id={moveId('up', index)} type="button" className="link-button" onClick={() => move(index, -1)}>
                      Move up<span className="visually-hidden"> part {number}</span>
                    </button>
                  ) : null}
                  {index < draft.parts.length - 1 ? (
                    <button id={moveId('down', index)} type="button" className="link-button" onClick={() => move(index, 1)}>
                      Move down<span className="visually-hidden"> part {number}</span>
                    </button>
                  ) : null}
                  {draft.parts.length > 1 ? (
                    <button type="button" className="link-button" onClick={() => remove(index)}>
                      Remove<span className="visually-hidden"> part {number}</span>
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
        <button type="button" className="button button--small button--secondary" onClick={addPart}>
          Add a part
        </button>
      </fieldset>
      <SelectField
        label="Vote"
        value={draft.voteMode}
        choices={hadVote ? VOTE_CHOICES.filter((c) => c.value !== 'none') : VOTE_CHOICES}
        onChange={(voteMode: VoteMode) => update({ voteMode })}
      />
      {draft.voteMode === 'counts' ? (
        <fieldset className="decision-form__counts">
          <legend>Numbers voting</legend>
          {(
            [
              ['for', 'For'],
              ['against', 'Against'],
              ['abstain', 'Abstained'],
            ] as const
          ).map(([field, label]) => (
            <TextField
              key={field}
              id={fieldId(`count-${field}`)}
              label={label}
              value={draft.counts[field]}
              onChange={(value) => update({ counts: { ...draft.counts, [field]: value } })}
              error={problemFor(`count-${field}`)}
              inputMode="numeric"
              width="short"
            />
          ))}
        </fieldset>
      ) : null}
      {draft.voteMode === 'recorded' ? (
        <RecordedVoteFields
          itemId={itemId}
          id={fieldId('recorded')}
          recorded={draft.recorded}
          error={problemFor('recorded')}
          onChange={(recorded) => update({ recorded })}
        />
      ) : null}
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? 'Saving…' : 'Save decision'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
