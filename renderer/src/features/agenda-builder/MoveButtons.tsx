import type { ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import type { MoveOptions } from './agenda-moves';
import type { ItemControl } from './item-selectors';

type Move = { readonly control: ItemControl & keyof MoveOptions; readonly symbol: string; readonly words: string; readonly keys: string };

const MOVES: readonly Move[] = [
  { control: 'up', symbol: '↑', words: 'Move up', keys: 'Alt+ArrowUp' },
  { control: 'down', symbol: '↓', words: 'Move down', keys: 'Alt+ArrowDown' },
  { control: 'indent', symbol: '→', words: 'Make a sub-item', keys: 'Alt+ArrowRight' },
  { control: 'outdent', symbol: '←', words: 'Make a main item', keys: 'Alt+ArrowLeft' },
];

/**
 * The keyboard's (and the mouse's) way to reorder and nest: four buttons, each naming the item it moves. A move
 * that cannot be made stays focusable but says so (aria-disabled), so focus is never lost from under the clerk.
 */
export function MoveButtons({
  item,
  options,
  onMove,
}: {
  item: NumberedItem;
  options: MoveOptions;
  onMove: (control: Move['control']) => void;
}): ReactNode {
  return (
    <div className="move-buttons" role="group" aria-label={`Move item ${item.number}`}>
      {MOVES.map((move) => {
        const possible = options[move.control] !== null;
        return (
          <button
            key={move.control}
            type="button"
            className="button button--secondary button--icon"
            data-control={move.control}
            aria-disabled={!possible}
            aria-keyshortcuts={move.keys}
            title={`${move.words} (${move.keys.replace('Arrow', '')})`}
            onClick={() => onMove(move.control)}
          >
            <span aria-hidden="true">{move.symbol}</span>
            <span className="visually-hidden">
              {move.words}: item {item.number}, {item.title}
            </span>
          </button>
        );
      })}
    </div>
  );
}
