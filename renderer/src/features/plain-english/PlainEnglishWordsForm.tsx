import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { SHIPPED_PLAIN_ENGLISH_WORDS } from '../../../../shared/domain/readability/word-list';
import type { Board, PlainEnglishWord } from '../../../../shared/model/board';
import { useApiMutation } from '../../api/use-api-mutation';
import { useAnnounce } from '../../components/Announcer';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/TextField';
import './plain-english.css';

type Row = { readonly key: number; readonly avoid: string; readonly instead: string };

let nextKey = 0;
const toRows = (words: readonly PlainEnglishWord[]): Row[] => words.map((w) => ({ key: (nextKey += 1), avoid: w.avoid, instead: w.instead }));

const fieldId = (formId: string, key: number, field: 'avoid' | 'instead'): string => `${formId}-${key}-${field}`;

function rowErrors(rows: readonly Row[], formId: string): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const avoid = row.avoid.trim();
    const instead = row.instead.trim();
    if (avoid === '' && instead === '') return;
    if (avoid === '') errors.push({ fieldId: fieldId(formId, row.key, 'avoid'), message: `Row ${i + 1}: enter the word or phrase to avoid` });
    else if (avoid.length > 100)
      errors.push({ fieldId: fieldId(formId, row.key, 'avoid'), message: `Row ${i + 1}: keep the word to avoid to 100 characters` });
    else if (seen.has(avoid.toLowerCase()))
      errors.push({ fieldId: fieldId(formId, row.key, 'avoid'), message: `Row ${i + 1}: “${avoid}” is already in the list` });
    if (avoid !== '' && instead === '')
      errors.push({ fieldId: fieldId(formId, row.key, 'instead'), message: `Row ${i + 1}: enter what to say instead of “${avoid}”` });
    seen.add(avoid.toLowerCase());
  });
  return errors;
}

/**
 * The board's "Plain English words": words and phrases to avoid in its papers and minutes, with plainer ones to use
 * instead. It starts as a copy of Minute Book's list; "Use the shipped list" goes back to that list (and follows it
 * as it changes). Saved on its own, apart from the board's other settings.
 */
export function PlainEnglishWordsForm({ board, onSaved }: { board: Board; onSaved?: (board: Board) => void }): ReactNode {
  const submit = useApiMutation('boards.update');
  const announce = useAnnounce();
  const formId = useId().replace(/:/g, '');
  const [own, setOwn] = useState(board.plainEnglishWords !== undefined);
  const [rows, setRows] = useState<Row[]>(() => toRows(board.plainEnglishWords ?? SHIPPED_PLAIN_ENGLISH_WORDS));
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);

  const edit = (key: number, patch: Partial<Row>): void => {
    setSaved(null);
    setOwn(true);
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };

  const save = async (words: PlainEnglishWord[] | null): Promise<void> => {
    const result = await submit.run({ id: board.id, patch: { plainEnglishWords: words } });
    if (!result) return;
    const message =
      words === null ? 'The board now uses Minute Book’s list of words to avoid.' : `Saved the board’s list of ${words.length} words to avoid.`;
    setSaved(message);
    announce(message);
    onSaved?.(result);
  };

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const found = rowErrors(rows, formId);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    void save(rows.filter((r) => r.avoid.trim() !== '').map((r) => ({ avoid: r.avoid.trim(), instead: r.instead.trim() })));
  };

  const returnToShipped = (): void => {
    setErrors([]);
    setOwn(false);
    setRows(toRows(SHIPPED_PLAIN_ENGLISH_WORDS));
    void save(null);
  };

  return (
    <form className="form plain-english-words" onSubmit={onSubmit} noValidate aria-labelledby={`${formId}-heading`} data-testid="plain-english-words">
      <h2 id={`${formId}-heading`}>Plain English words</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Words to avoid in this board’s papers and minutes</legend>
        <p className="quiet">
          The plain English check beside the minutes and agenda items points these out, with what to say instead.{' '}
          {own ? 'This board has its own list.' : 'This board uses Minute Book’s list; any change here makes it the board’s own.'}
        </p>
        <ol className="plain-english-words__list">
          {rows.map((row, i) => (
            <li key={row.key} className="plain-english-words__row">
              <TextField
                id={fieldId(formId, row.key, 'avoid')}
                label={`Avoid (row ${i + 1})`}
                width="medium"
                value={row.avoid}
                onChange={(avoid) => edit(row.key, { avoid })}
                error={errors.find((e) => e.fieldId === fieldId(formId, row.key, 'avoid'))?.message}
              />
              <TextField
                id={fieldId(formId, row.key, 'instead')}
                label={`Say instead (row ${i + 1})`}
                width="long"
                value={row.instead}
                onChange={(instead) => edit(row.key, { instead })}
                error={errors.find((e) => e.fieldId === fieldId(formId, row.key, 'instead'))?.message}
              />
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  setOwn(true);
                  setSaved(null);
                  setRows((current) => current.filter((r) => r.key !== row.key));
                }}
              >
                Remove<span className="visually-hidden"> {row.avoid.trim() === '' ? `row ${i + 1}` : `“${row.avoid}”`}</span>
              </button>
            </li>
          ))}
        </ol>
        {rows.length === 0 ? <p>The list is empty: nothing will be pointed out. Add a word, or use the shipped list.</p> : null}
        <p className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setOwn(true);
              setSaved(null);
              setRows((current) => [...current, { key: (nextKey += 1), avoid: '', instead: '' }]);
            }}
          >
            Add a word
          </button>
        </p>
      </fieldset>
      {submit.error ? (
        <p className="field__error" role="alert">
          {submit.error.message}
        </p>
      ) : null}
      {saved ? (
        <p className="quiet" role="status">
          {saved}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={submit.pending}>
          Save the word list
        </button>
        <button type="button" className="button button--secondary" onClick={returnToShipped} aria-disabled={submit.pending}>
          Use the shipped list
        </button>
      </div>
    </form>
  );
}
