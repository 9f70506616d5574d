import type { Board } from '../../../../shared/model/board';
import type { Fact } from '../../components/FactList';
import { boardKindLabel, quorumLabel } from '../../../../shared/domain';

/** The facts a clerk checks first about a board, in the same order wherever a board is described. */
export function boardFacts(board: Board): readonly Fact[] {
  return [
    { term: 'Kind', detail: boardKindLabel(board.kind) },
    { term: 'Short code', detail: board.shortCode },
    { term: 'Quorum', detail: quorumLabel(board.quorum) },
    { term: 'Organisation', detail: board.organisation },
  ];
}
