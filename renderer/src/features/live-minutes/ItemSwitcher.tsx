import { memo, useId } from 'react';
import type { ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';

export function itemOptionLabel(item: NumberedItem): string {
  return `${item.number}. ${item.title}${item.part === 'private' ? ' (private)' : ''}`;
}

/**
 * Moves between items: the previous and next item, or any item from the list. One stop for the keyboard each;
 * Alt+Page Up and Alt+Page Down do the same from anywhere on the screen.
 */
export const ItemSwitcher = memo(function ItemSwitcher({
  items,
  currentId,
  onGo,
}: {
  items: readonly NumberedItem[];
  currentId: string;
  onGo: (itemId: string, focusEditor: boolean) => void;
}): ReactNode {
  const id = useId();
  const at = items.findIndex((i) => i.id === currentId);
  const previous = items[at - 1];
  const next = items[at + 1];
  return (
    <div className="item-switcher" role="group" aria-label="Move between items">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-disabled={previous === undefined}
        aria-keyshortcuts="Alt+PageUp"
        onClick={() => previous && onGo(previous.id, false)}
      >
        Previous item
      </button>
      <div className="item-switcher__pick">
        <label htmlFor={id}>Item</label>
        <select id={id} className="item-switcher__select" value={currentId} onChange={(event) => onGo(event.target.value, false)}>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {itemOptionLabel(item)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-disabled={next === undefined}
        aria-keyshortcuts="Alt+PageDown"
        onClick={() => next && onGo(next.id, false)}
      >
        Next item
      </button>
    </div>
  );
});
