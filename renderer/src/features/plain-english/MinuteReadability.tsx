import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { assessReadability } from '../../../../shared/domain/readability/assess';
import type { TextRange } from '../../../../shared/domain/readability/sentences';
import type { PlainEnglishWord } from '../../../../shared/model/board';
import { ReadabilityPanel } from './ReadabilityPanel';

/** What the panel needs of a minute's autosave: its text, and word when the saving state changes. */
export type MinuteTextSource = { readonly text: () => string; readonly subscribe: (listener: () => void) => () => void };

/** How long after the autosave stirs (a pause in typing, a save) the check runs. */
const SETTLE_MS = 300;

/**
 * The readability of a minute being typed. It adds nothing to a keystroke: the editor is uncontrolled and tells
 * only the autosave, so the panel reads the text when the autosave changes state (typing paused, a save sent or
 * done) and checks it a moment later, in a transition.
 */
export function MinuteReadability({ source, words }: { source: MinuteTextSource; words: readonly PlainEnglishWord[] | undefined }): ReactNode {
  const [text, setText] = useState(() => source.text());
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Another item's minute: its text, at once.
    startTransition(() => setText(source.text()));
    const unsubscribe = source.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => startTransition(() => setText(source.text())), SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [source]);

  const report = useMemo(() => assessReadability(text, words === undefined ? {} : { words }), [text, words]);

  /** Selects the finding in the minute's text box, which sits beside the panel in the same item. */
  const point = useCallback((range: TextRange) => {
    const area = panel.current?.closest('section')?.querySelector<HTMLTextAreaElement>('textarea');
    if (!area) return;
    area.focus();
    area.setSelectionRange(range.start, range.end);
  }, []);

  if (report.words === 0) return null;
  return (
    <div ref={panel} className="minute-readability">
      <ReadabilityPanel report={report} name="the minute" onPoint={point} />
    </div>
  );
}
