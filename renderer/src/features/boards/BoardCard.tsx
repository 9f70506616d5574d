import type { ReactNode } from 'react';
import type { Board } from '../../../../shared/model/board';
import { FactList } from '../../components/FactList';
import { hrefFor } from '../../routing/routes';
import { boardFacts } from './board-facts';

export function BoardCard({ board }: { board: Board }): ReactNode {
  return (
    <li className="card" data-board-id={board.id}>
      <h2 className="card__title">
        <a href={hrefFor({ name: 'board', boardId: board.id })}>{board.name}</a>
      </h2>
      <FactList facts={boardFacts(board)} />
    </li>
  );
}
