import { describe, expect, it } from 'vitest';
import { boardFormSchema, boardValues, newBoardValues } from '../../../renderer/src/features/boards/board-form-schema';
import { itemFormSchema, itemPatch, itemValues, newItemValues } from '../../../renderer/src/features/agenda-builder/item-form-schema';
import { item } from '../../support/builders';

const numbered = (fields: Parameters<typeof item>[2]) => ({ ...item('i1', 0, fields), number: '1', depth: 0, part: 'public' as const });

describe('the item form: agenda text, numbering, chair and exempt business', () => {
  it('sends the agenda text, an unnumbered item and who chaired it, leaving out what was left blank', () => {
    const input = itemFormSchema.parse({
      ...newItemValues(),
      title: 'Welcome',
      description: '  To welcome members.  ',
      unnumbered: true,
      chairPersonId: 'p-vice',
    });
    expect(input).toMatchObject({ title: 'Welcome', description: 'To welcome members.', unnumbered: true, chairPersonId: 'p-vice' });
    const plain = itemFormSchema.parse({ ...newItemValues(), title: 'Budget' });
    expect(Object.keys(plain)).not.toEqual(expect.arrayContaining(['description']));
    expect(plain).not.toHaveProperty('unnumbered');
    expect(plain).not.toHaveProperty('chairPersonId');
  });

  it('clears the agenda text, the number’s absence and the chair when the clerk empties them', () => {
    const before = numbered({ description: 'Old text', unnumbered: true, chairPersonId: 'p-vice' });
    const input = itemFormSchema.parse({ ...itemValues(before), description: '', unnumbered: false, chairPersonId: '' });
    expect(itemPatch(input, before)).toMatchObject({ description: null, unnumbered: null, chairPersonId: null });
  });

  it('sends every paragraph, the public-interest statement and how the motion went for an exempt item', () => {
    const input = itemFormSchema.parse({
      ...newItemValues(),
      title: 'Depot',
      access: 'exempt',
      category: '3',
      furtherCategories: ['1', '3'],
      publicInterest: 'The public interest in maintaining the exemption outweighs that in disclosing it.',
      exclusionMotion: 'lost',
    });
    expect(input.confidentiality).toEqual({
      access: 'exempt',
      category: 3,
      furtherCategories: [1],
      publicInterest: 'The public interest in maintaining the exemption outweighs that in disclosing it.',
      exclusionMotion: 'lost',
    });
  });

  it('reads an exempt item with one paragraph (as older records hold it) with no further paragraphs and no motion recorded', () => {
    const values = itemValues(numbered({ confidentiality: { access: 'exempt', category: 5 } }));
    expect(values).toMatchObject({ category: '5', furtherCategories: [], publicInterest: '', exclusionMotion: '' });
  });
});

describe('the board form: both numbers and where exempt items go', () => {
  const filled = { ...newBoardValues(), name: 'Riverside Scrutiny Committee', shortCode: 'RSC' };

  it('starts with exempt items at the end and one number, and sends what the clerk chose', () => {
    expect(boardFormSchema.parse(filled)).toMatchObject({ printAgendaItemNumbers: false, exemptItemsOrder: 'at-end' });
    expect(boardFormSchema.parse({ ...filled, printAgendaItemNumbers: true, exemptItemsOrder: 'as-taken' })).toMatchObject({
      printAgendaItemNumbers: true,
      exemptItemsOrder: 'as-taken',
    });
  });

  it('shows a board made before these settings as printing one number with exempt items at the end', () => {
    const board = { ...boardFormSchema.parse(filled), id: 'b1', archived: false, seldomHeardGroups: [], createdAt: 'x', updatedAt: 'x' };
    const { printAgendaItemNumbers: _p, exemptItemsOrder: _e, ...older } = board;
    expect(
      boardValues({ ...older, minuteNumbering: { template: '{n}.', restart: 'municipal-year' } } as Parameters<typeof boardValues>[0]),
    ).toMatchObject({
      printAgendaItemNumbers: false,
      exemptItemsOrder: 'at-end',
    });
  });
});
