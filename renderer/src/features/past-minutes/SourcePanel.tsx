import { useEffect, useRef, type ReactNode } from 'react';
import type { SourceDocument, SourceLines } from '../../../../shared/model';
import { linesWords } from './review-values';

export const sourceLineId = (n: number): string => `source-line-${n}`;

/**
 * The file's text as numbered lines, beside what was recognised from it. The lines a piece was read from are
 * marked when the clerk asks to see them ("Show lines 12 to 14"), brought into view and focused, so a keyboard or
 * screen-reader user lands on them too.
 */
export function SourcePanel({ source, shown }: { source: SourceDocument; shown: SourceLines | null }): ReactNode {
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    if (shown === null) return;
    const first = document.getElementById(sourceLineId(shown.from));
    first?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
  }, [shown]);
  const page = (n: number): number | undefined => {
    const starts = source.pageStarts ?? [];
    const index = starts.findLastIndex((start) => start <= n);
    return index === -1 ? undefined : index + 1;
  };
  return (
    // Focusable, so a keyboard user can scroll the text with the arrow keys.
    <section ref={region} className="past-minutes__source" aria-labelledby="source-heading" tabIndex={0}>
      <h2 id="source-heading">What the file says</h2>
      <p className="field__hint">
        {source.fileName}: {source.lines.length} lines{source.pageStarts === undefined ? '' : `, ${source.pageStarts.length} pages`}.
        {shown === null ? '' : ` Showing ${linesWords(shown)}.`}
      </p>
      <ol className="past-minutes__lines">
        {source.lines.map((text, index) => {
          const n = index + 1;
          const marked = shown !== null && n >= shown.from && n <= shown.to;
          const pageStart = source.pageStarts?.includes(n) === true ? page(n) : undefined;
          return (
            <li
              key={n}
              id={sourceLineId(n)}
              value={n}
              tabIndex={marked && n === shown.from ? -1 : undefined}
              className={marked ? 'past-minutes__line past-minutes__line--shown' : 'past-minutes__line'}
            >
              {pageStart === undefined ? null : <span className="past-minutes__page">Page {pageStart}</span>}
              {text === '' ? '\u00a0' : text}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
