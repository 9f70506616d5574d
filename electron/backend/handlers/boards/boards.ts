import { Board, DEFAULT_STANDARD_ITEMS } from '../../../../shared/model';
import { ApiFailure, type HandlerMap } from '../handler-context';
import { requireBoard, stamps } from '../lookup';
import { mergePatch } from '../merge-patch';

export const DEFAULT_MINUTE_NUMBERING: Board['minuteNumbering'] = { template: '{n}.', restart: 'municipal-year' };
export const DEFAULT_RESOLUTION_REFERENCING: Board['resolutionReferencing'] = { template: '{code}/{yyyy}/{minute}-{r}' };

function assertUniqueCode(boards: readonly Board[], shortCode: string, exceptId?: string): void {
  const clash = boards.find((b) => b.id !== exceptId && b.shortCode.toLowerCase() === shortCode.toLowerCase());
  if (clash !== undefined) {
    throw new ApiFailure('conflict', `The short code ${shortCode} is already used by ${clash.name}.`, 'shortCode');
  }
}

export const boardHandlers: HandlerMap<'boards.list' | 'boards.get' | 'boards.create' | 'boards.update'> = {
  'boards.list': (input, ctx) =>
    ctx.repo
      .all('boards')
      .filter((b) => input.includeArchived === true || !b.archived)
      .toSorted((a, b) => a.name.localeCompare(b.name, 'en-GB')),

  'boards.get': (input, ctx) => requireBoard(ctx, input.id, 'id'),

  'boards.create': (input, ctx) => {
    assertUniqueCode(ctx.repo.all('boards'), input.shortCode);
    const board = Board.parse({
      ...input,
      id: ctx.ids.next(),
      municipalYearStart: input.municipalYearStart ?? { month: 5, day: 1 },
      minuteNumbering: input.minuteNumbering ?? DEFAULT_MINUTE_NUMBERING,
      resolutionReferencing: input.resolutionReferencing ?? DEFAULT_RESOLUTION_REFERENCING,
      standardItems: input.standardItems ?? DEFAULT_STANDARD_ITEMS,
      archived: false,
      ...stamps(ctx),
    });
    ctx.repo.commit([{ type: 'put', collection: 'boards', record: board }]);
    return board;
  },

  'boards.update': (input, ctx) => {
    const board = requireBoard(ctx, input.id, 'id');
    if (input.patch.shortCode !== undefined) assertUniqueCode(ctx.repo.all('boards'), input.patch.shortCode, board.id);
    const next = Board.parse({ ...mergePatch(board, input.patch), updatedAt: ctx.clock.now() });
    ctx.repo.commit([{ type: 'put', collection: 'boards', record: next }]);
    return next;
  },
};
