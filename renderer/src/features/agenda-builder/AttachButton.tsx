import { useId } from 'react';
import type { ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';

/**
 * Chooses report files to copy into the data folder. A real file input (so the keyboard and assistive technology
 * know it), hidden behind a label that looks like the other buttons.
 */
export function AttachButton({ item, onAttach }: { item: NumberedItem; onAttach: (files: readonly File[]) => void }): ReactNode {
  const inputId = useId();
  return (
    <span className="file-button">
      <input
        id={inputId}
        className="file-button__input"
        type="file"
        multiple
        data-control="attach"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared at once, so choosing the same file again still counts as a change.
          event.target.value = '';
          if (files.length > 0) onAttach(files);
        }}
      />
      <label htmlFor={inputId} className="button button--secondary button--small">
        Attach a report
        <span className="visually-hidden">
          {' '}
          to item {item.number}, {item.title}
        </span>
      </label>
    </span>
  );
}
