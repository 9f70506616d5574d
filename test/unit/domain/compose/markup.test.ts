import { describe, expect, it } from 'vitest';
import { parseInline, parseMinuteMarkup } from '../../../../shared/domain/compose/markup';

describe('minute markup', () => {
  it('splits paragraphs at blank lines and joins the lines of one paragraph', () => {
    expect(parseMinuteMarkup('The Board met.\nIt was late.\n\nMembers agreed.')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'The Board met. It was late.' }] },
      { kind: 'paragraph', runs: [{ text: 'Members agreed.' }] },
    ]);
  });

  it('reads "- " lines as a bulleted list and "1. " lines as a numbered one, even straight after a paragraph', () => {
    const blocks = parseMinuteMarkup('Members asked:\n- how, and\n- when.\n\n1. first\n2. second');
    expect(blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Members asked:' }] },
      { kind: 'list', style: 'bullet', items: [[{ text: 'how, and' }], [{ text: 'when.' }]] },
      { kind: 'list', style: 'decimal', items: [[{ text: 'first' }], [{ text: 'second' }]] },
    ]);
  });

  it('keeps one list together across a blank line', () => {
    const blocks = parseMinuteMarkup('- one\n\n- two');
    expect(blocks).toEqual([{ kind: 'list', style: 'bullet', items: [[{ text: 'one' }], [{ text: 'two' }]] }]);
  });

  it('turns *emphasis* and **strong** into runs, strong with emphasis inside', () => {
    expect(parseInline('a *b* c **d *e*** f')).toEqual([
      { text: 'a ' },
      { text: 'b', italic: true },
      { text: ' c ' },
      { text: 'd ', bold: true },
      { text: 'e', bold: true, italic: true },
      { text: ' f' },
    ]);
  });

  it('leaves a lone or spaced asterisk as typed', () => {
    expect(parseInline('2 * 3 = 6 and a* star')).toEqual([{ text: '2 * 3 = 6 and a* star' }]);
  });

  it('gives no blocks for blank text', () => {
    expect(parseMinuteMarkup('  \n\n ')).toEqual([]);
  });
});
