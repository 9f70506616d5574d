import type { ReactNode } from 'react';
import type { Board } from '../../../../shared/model/board';
import { FactList } from '../../components/FactList';
import { hrefFor } from '../../routing/routes';
import { boardFacts } from './board-facts';

/** `termReminders`: how many members' terms end soon or ran out unrenewed (see the members screen). */
export function BoardCard({ board, termReminders = 0 }: { board: Board; termReminders?: number }): ReactNode {
  return (
    <li className="card" data-board-id={board.id}>
      <h2 className="card__title">
        <a href={hrefFor({ name: 'board', boardId: board.id })}>{board.name}</a>
      </h2>
      <FactList facts={boardFacts(board)} />
      {termReminders > 0 ? (
        <p className="board-card__reminder">
          <a href={hrefFor({ name: 'members', boardId: board.id })}>
            {termReminders === 1 ? '1 member’s term to review' : `${termReminders} members’ terms to review`}
            <span className="visually-hidden"> on {board.name}</span>
          </a>
        </p>
      ) : null}
    </li>
  );
}
