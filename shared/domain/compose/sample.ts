import type { DocModel } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import type { Board } from '../../model';
import { formatLongDate } from '../british-dates';
import { fact, heading, list, masthead, para, strong, table, text } from './blocks';

/** A page in the board's house style, for the preview when the board has no meetings yet. */
export function composeHouseStyleSample(board: Board, today: string): DocModel {
  const style = resolveHouseStyle(board);
  const date = formatLongDate(today);
  return {
    meta: {
      kind: 'agenda',
      title: `House style: ${board.name}`,
      subject: `How the documents of ${board.name} will look`,
      author: style.organisation,
      language: 'en-GB',
      header: { left: board.name, right: date },
      audience: 'public',
    },
    style,
    blocks: [
      ...masthead(style),
      heading(1, board.name),
      para('This is how the board’s agendas, minutes and extracts will look. It has no meetings yet, so this page shows sample text.', 'lead'),
      fact('Date', date),
      heading(2, '1. Apologies for absence'),
      para([text('Members asked how the service would reach people who '), strong('do not'), text(' usually come to council meetings.')]),
      para([strong('RESOLVED:')]),
      list('parenthesised', ['That the report be noted.', 'That a workshop be arranged.']),
      heading(2, 'Summary of actions'),
      table(
        [
          ['Minute', 1],
          ['Action', 4],
          ['Owner', 2],
        ],
        [['1', 'Arrange a workshop with carers.', 'Head of Commissioning']],
      ),
    ],
  };
}
