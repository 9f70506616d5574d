import { describe, expect, it } from 'vitest';
import { itemWithDescendants, moveItem, numberAgenda } from '../../../shared/domain';
import { item } from '../../support/builders';

describe('numberAgenda', () => {
  it('numbers top-level items in order and sub-items under their parent', () => {
    const items = [item('c', 2), item('a', 0), item('b', 1), item('b2', 1, { parentId: 'b' }), item('b1', 0, { parentId: 'b' })];
    expect(numberAgenda(items).map((i) => [i.id, i.number, i.depth])).toEqual([
      ['a', '1', 0],
      ['b', '2', 0],
      ['b1', '2.1', 1],
      ['b2', '2.2', 1],
      ['c', '3', 0],
    ]);
  });

  it('moves exempt items into a private part after every public item', () => {
    const items = [
      item('a', 0),
      item('secret', 1, { confidentiality: { access: 'exempt', category: 3 } }),
      item('c', 2),
      item('secret-sub', 0, { parentId: 'secret' }),
    ];
    expect(numberAgenda(items).map((i) => [i.id, i.number, i.part])).toEqual([
      ['a', '1', 'public'],
      ['c', '2', 'public'],
      ['secret', '3', 'private'],
      ['secret-sub', '3.1', 'private'],
    ]);
  });
});

describe('numberAgenda: unnumbered items, exempt items in the order taken, a lost exclusion', () => {
  it('prints an unnumbered item without a number and leaves the numbers of the others as they were', () => {
    const items = [item('welcome', 0, { unnumbered: true }), item('a', 1), item('b', 2), item('b1', 0, { parentId: 'b' })];
    expect(numberAgenda(items).map((i) => [i.id, i.number])).toEqual([
      ['welcome', ''],
      ['a', '1'],
      ['b', '2'],
      ['b1', '2.1'],
    ]);
  });

  it('numbers sub-items around an unnumbered one and gives none to what sits under an unnumbered item', () => {
    const items = [
      item('a', 0),
      item('a1', 0, { parentId: 'a', unnumbered: true }),
      item('a2', 1, { parentId: 'a' }),
      item('chair', 1, { unnumbered: true }),
      item('chair1', 0, { parentId: 'chair' }),
    ];
    expect(numberAgenda(items).map((i) => [i.id, i.number])).toEqual([
      ['a', '1'],
      ['a1', ''],
      ['a2', '1.1'],
      ['chair', ''],
      ['chair1', ''],
    ]);
  });

  it('keeps exempt items where they were placed when the board takes them in that order', () => {
    const items = [item('a', 0), item('secret', 1, { confidentiality: { access: 'exempt', category: 3 } }), item('c', 2)];
    expect(numberAgenda(items, { exemptOrder: 'as-taken' }).map((i) => [i.id, i.number, i.part])).toEqual([
      ['a', '1', 'public'],
      ['secret', '2', 'private'],
      ['c', '3', 'public'],
    ]);
  });

  it('takes an exempt item in public, with what sits under it, when the motion to exclude the press and public was lost', () => {
    const items = [
      item('a', 0),
      item('secret', 1, { confidentiality: { access: 'exempt', category: 3, exclusionMotion: 'lost' } }),
      item('secret-sub', 0, { parentId: 'secret' }),
    ];
    expect(numberAgenda(items).map((i) => [i.id, i.part])).toEqual([
      ['a', 'public'],
      ['secret', 'public'],
      ['secret-sub', 'public'],
    ]);
  });
});

describe('moveItem', () => {
  it('reorders siblings so the moved item lands at the index', () => {
    const items = [item('a', 0), item('b', 1), item('c', 2)];
    const changes = moveItem(items, 'c', null, 0);
    const applied = items.map((i) => ({ ...i, ...changes.find((c) => c.id === i.id) }));
    expect(numberAgenda(applied).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('nests an item under another and closes the gap it left', () => {
    const items = [item('a', 0), item('b', 1), item('c', 2)];
    const changes = moveItem(items, 'b', 'a', 0);
    const applied = items.map((i) => ({ ...i, ...changes.find((c) => c.id === i.id) }));
    expect(numberAgenda(applied).map((i) => [i.id, i.number])).toEqual([
      ['a', '1'],
      ['b', '1.1'],
      ['c', '2'],
    ]);
    expect(changes).toContainEqual({ id: 'c', parentId: null, order: 1 });
  });

  it('finds an item with everything nested under it', () => {
    const items = [item('a', 0), item('a1', 0, { parentId: 'a' }), item('a11', 0, { parentId: 'a1' }), item('b', 1)];
    expect(itemWithDescendants(items, 'a').sort()).toEqual(['a', 'a1', 'a11']);
  });
});
