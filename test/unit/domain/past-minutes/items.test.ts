import { describe, expect, it } from 'vitest';
import { segmentItems } from '../../../../shared/domain/past-minutes/items';
import { para, paras, row } from '../../../support/past-minutes/units';

describe('cutting the document into items', () => {
  it('starts items at numbered headings, the header before them', () => {
    const { header, items } = segmentItems(
      paras('Planning Committee', 'Present: Cllr A Lee', '1. Apologies', 'None.', '2. Minutes', 'RESOLVED: That they be approved.'),
    );
    expect(header.map((u) => u.text)).toEqual(['Planning Committee', 'Present: Cllr A Lee']);
    expect(items.map((i) => [i.heading.number, i.heading.title, i.body.map((u) => u.text)])).toEqual([
      ['1', 'Apologies', ['None.']],
      ['2', 'Minutes', ['RESOLVED: That they be approved.']],
    ]);
  });

  it('reads Modern.gov items: "Agenda item", the title, the agenda text, "Minutes:", the minute', () => {
    const { items } = segmentItems(
      paras('Agenda item', 'Update on co-production', 'The report provides information.', 'Minutes:', 'Ian Lowry gave an overview.'),
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.heading.title).toBe('Update on co-production');
    expect(items[0]?.description.map((u) => u.text)).toEqual(['The report provides information.']);
    expect(items[0]?.body.map((u) => u.text)).toEqual(['Ian Lowry gave an overview.']);
  });

  it('makes one untitled item of an extract that has only a "Minutes:" line', () => {
    const { items } = segmentItems(paras('The Committee requested an update.', 'Minutes:', 'Officers presented the update.'));
    expect(items[0]?.heading.title).toBe('Untitled item');
    expect(items[0]?.description).toHaveLength(1);
  });

  it('makes each row of a minutes table an item', () => {
    const { items } = segmentItems([
      row(['Item', 'Discussion', 'Action'], 0, 1),
      row(['1. Welcome', 'The Chair welcomed everyone.', ''], 0, 2),
      row(['2', 'Reward policy. The board discussed rates.', 'PD'], 0, 3),
    ]);
    expect(items.map((i) => [i.heading.number, i.heading.title])).toEqual([
      ['1', 'Welcome'],
      ['2', 'Reward policy'],
    ]);
  });

  it('in minutes that number nothing, starts items at bold titles after the header', () => {
    const { items } = segmentItems([
      para('Trustees meeting', { kind: 'heading', level: 1 }),
      para('Present: A Lee, B Kay'),
      para('Finance', { bold: true }),
      para('The accounts were presented.'),
    ]);
    expect(items.map((i) => i.heading.title)).toEqual(['Finance']);
  });
});
