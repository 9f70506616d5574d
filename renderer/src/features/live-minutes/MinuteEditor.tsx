import { memo, useId, useImperativeHandle, useRef } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode, Ref } from 'react';
import { appendParagraph, continueList, toggleInline, toggleList, type MarkupEdit } from './markup-editing';
import type { MinuteAutosave } from './minute-autosave';

export type MinuteEditorHandle = {
  /** Adds a paragraph at the end (standard wording, say) as one undoable edit, and leaves the caret after it. */
  appendParagraph(text: string): void;
  /**
   * Shows a paragraph the backend has already added to this minute (`saved` is the minute it now holds): the editor
   * gets it too, after whatever the clerk has typed meanwhile, and nothing is sent again for it.
   */
  appendSaved(paragraph: string, saved: { readonly text: string; readonly updatedAt: string }): void;
  focus(): void;
};

type Format = {
  readonly label: string;
  readonly keys: string;
  readonly shortcut: string;
  readonly apply: (text: string, start: number, end: number) => MarkupEdit;
};

const FORMATS: readonly Format[] = [
  { label: 'Bold', keys: 'Control+B', shortcut: 'Ctrl+B', apply: (t, s, e) => toggleInline(t, s, e, '**') },
  { label: 'Italic', keys: 'Control+I', shortcut: 'Ctrl+I', apply: (t, s, e) => toggleInline(t, s, e, '*') },
  { label: 'Bulleted list', keys: 'Control+Shift+8', shortcut: 'Ctrl+Shift+8', apply: (t, s, e) => toggleList(t, s, e, 'bullet') },
  { label: 'Numbered list', keys: 'Control+Shift+7', shortcut: 'Ctrl+Shift+7', apply: (t, s, e) => toggleList(t, s, e, 'numbered') },
];

/**
 * Applies an edit through the browser's own editing command, so Ctrl+Z undoes it like typing, and the input event
 * it fires reaches the autosave as any keystroke does. Where the command is missing, the text is set directly.
 */
function applyEdit(area: HTMLTextAreaElement, edit: MarkupEdit, onFallback: (text: string) => void): void {
  area.focus();
  area.setSelectionRange(edit.from, edit.to);
  const done = edit.insert !== '' ? document.execCommand('insertText', false, edit.insert) : edit.from === edit.to || document.execCommand('delete');
  if (!done) {
    area.setRangeText(edit.insert, edit.from, edit.to, 'end');
    onFallback(area.value);
  }
  area.setSelectionRange(edit.selectStart, edit.selectEnd);
}

function formatFor(event: KeyboardEvent<HTMLTextAreaElement>): Format | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  if (!event.shiftKey && (event.key === 'b' || event.key === 'B')) return FORMATS[0];
  if (!event.shiftKey && (event.key === 'i' || event.key === 'I')) return FORMATS[1];
  // Shift changes the key to "*" or "&" on a UK keyboard: the physical key is what is meant.
  if (event.shiftKey && event.code === 'Digit8') return FORMATS[2];
  if (event.shiftKey && event.code === 'Digit7') return FORMATS[3];
  return undefined;
}

/**
 * The minute of one item, built for typing at speed. The textarea is uncontrolled: a keystroke goes to the
 * browser and to the autosave, and React renders nothing, so typing stays fast however large the screen is.
 */
export const MinuteEditor = memo(function MinuteEditor({
  autosave,
  label,
  readOnly,
  ref,
}: {
  autosave: MinuteAutosave;
  label: string;
  readOnly: boolean;
  ref?: Ref<MinuteEditorHandle>;
}): ReactNode {
  const area = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const helpId = `${id}-help`;

  const run = (make: (text: string, start: number, end: number) => MarkupEdit): void => {
    const el = area.current;
    if (el === null || readOnly) return;
    applyEdit(el, make(el.value, el.selectionStart, el.selectionEnd), (text) => autosave.edit(text));
  };

  useImperativeHandle(ref, () => ({
    appendParagraph: (text) => run((value) => appendParagraph(value, text)),
    appendSaved: (paragraph, saved) => {
      autosave.acknowledge(saved.text, saved.updatedAt);
      if (!autosave.text().includes(paragraph)) run((value) => appendParagraph(value, paragraph));
    },
    focus: () => area.current?.focus(),
  }));

  const onInput = (event: FormEvent<HTMLTextAreaElement>): void => autosave.edit(event.currentTarget.value);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (readOnly) return;
    const format = formatFor(event);
    if (format !== undefined) {
      event.preventDefault();
      run(format.apply);
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const el = event.currentTarget;
      if (el.selectionStart !== el.selectionEnd) return;
      const edit = continueList(el.value, el.selectionStart);
      if (edit === null) return;
      event.preventDefault();
      run(() => edit);
    }
  };

  return (
    // A form of its own, though nothing is submitted: Chromium's autofill looks over the form a changed field is
    // in on every keystroke, and for a field in no form, over every field in no form on the page (the attendance
    // panel's dozens), laying the page out again for each. Here it looks over the minute alone: keystroke to paint
    // went from p95 15-18 ms to 11 ms in the benchmark (docs/BENCHMARKS.md).
    <form className="minute-editor" onSubmit={(event) => event.preventDefault()}>
      <label className="minute-editor__label" htmlFor={id}>
        {label}
      </label>
      {readOnly ? null : (
        <>
          <p id={helpId} className="minute-editor__help">
            A blank line starts a new paragraph. Start a line with “- ” for a bullet or “1. ” for a numbered list. Ctrl+B bold, Ctrl+I italic; Ctrl+S
            saves at once.
          </p>
          <div className="minute-editor__toolbar" role="group" aria-label="Formatting">
            {FORMATS.map((format) => (
              <button
                key={format.label}
                type="button"
                className="button button--small button--secondary"
                aria-keyshortcuts={format.keys}
                aria-controls={id}
                // Keeps the caret and the selection in the text while the button is pressed with a mouse.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => run(format.apply)}
              >
                {format.label}
                <span className="visually-hidden"> ({format.shortcut})</span>
              </button>
            ))}
          </div>
        </>
      )}
      <textarea
        ref={area}
        id={id}
        className="minute-editor__text"
        defaultValue={autosave.text()}
        readOnly={readOnly}
        aria-describedby={readOnly ? undefined : helpId}
        spellCheck
        lang="en-GB"
        rows={10}
        onInput={readOnly ? undefined : onInput}
        onKeyDown={onKeyDown}
        data-testid="minute-text"
      />
    </form>
  );
});
