import type { SearchHit } from '../../../../shared/api';
import { ApiFailure, type HandlerMap } from '../handler-context';
import { requireBoard } from '../lookup';
import { hitContext, searchHit } from './search-hits';

export const searchHandlers: HandlerMap<'search.query'> = {
  'search.query': (input, ctx) => {
    const service = ctx.search;
    if (service === undefined) throw new ApiFailure('internal', 'Search is not available in this window. Close Minute Book and open it again.');
    if (input.boardId !== undefined) requireBoard(ctx, input.boardId);
    const found = service.search(
      {
        text: input.text,
        ...(input.boardId === undefined ? {} : { boardId: input.boardId }),
        ...(input.kinds === undefined ? {} : { kinds: input.kinds }),
      },
      input.limit,
    );
    const hc = hitContext(ctx);
    const hits: SearchHit[] = [];
    for (const hit of found.hits) {
      const view = searchHit(hc, hit);
      if (view !== undefined) hits.push(view);
    }
    return {
      text: input.text,
      hits,
      total: found.total,
      complete: found.complete,
      ...(found.searchedFrom === undefined ? {} : { searchedFrom: found.searchedFrom }),
      index: service.state(),
    };
  },
};
