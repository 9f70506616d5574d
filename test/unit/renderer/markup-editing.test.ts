import { describe, expect, it } from 'vitest';
import { appendParagraph, continueList, toggleInline, toggleList, type MarkupEdit } from '../../../renderer/src/features/live-minutes/markup-editing';

/** The text after an edit, with the selection shown as [ and ]. */
function apply(text: string, edit: MarkupEdit): string {
  const next = `${text.slice(0, edit.from)}${edit.insert}${text.slice(edit.to)}`;
  return `${next.slice(0, edit.selectStart)}[${next.slice(edit.selectStart, edit.selectEnd)}]${next.slice(edit.selectEnd)}`;
}

/** Runs an edit on text written with the selection marked as [ and ]. */
function on(marked: string, edit: (text: string, start: number, end: number) => MarkupEdit): string {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  return apply(text, edit(text, start, end));
}

describe('bold and italic', () => {
  it('wraps the selected words, leaving spaces the selection caught outside the markers', () => {
    expect(on('The [report ]was noted', (t, s, e) => toggleInline(t, s, e, '**'))).toBe('The **[report]** was noted');
    expect(on('The [report] was noted', (t, s, e) => toggleInline(t, s, e, '*'))).toBe('The *[report]* was noted');
  });

  it('unwraps words that are already wrapped, whether the markers are selected or not', () => {
    expect(on('The **[report]** was noted', (t, s, e) => toggleInline(t, s, e, '**'))).toBe('The [report] was noted');
    expect(on('The [**report**] was noted', (t, s, e) => toggleInline(t, s, e, '**'))).toBe('The [report] was noted');
  });

  it('does not take the asterisks of strong text for emphasis', () => {
    expect(on('The **[report]** was noted', (t, s, e) => toggleInline(t, s, e, '*'))).toBe('The ***[report]*** was noted');
  });

  it('puts the caret between a new pair of markers when nothing is selected', () => {
    expect(on('Noted []', (t, s, e) => toggleInline(t, s, e, '**'))).toBe('Noted **[]**');
  });
});

describe('lists', () => {
  it('makes the selected lines a bulleted list, and plain lines again', () => {
    const listed = on('Members asked:\n[how\nwhy]', (t, s, e) => toggleList(t, s, e, 'bullet'));
    expect(listed).toBe('Members asked:\n[- how\n- why]');
    expect(on('Members asked:\n[- how\n- why]', (t, s, e) => toggleList(t, s, e, 'bullet'))).toBe('Members asked:\n[how\nwhy]');
  });

  it('numbers the lines from 1, replacing bullets', () => {
    expect(on('[- one\ntwo\n- three]', (t, s, e) => toggleList(t, s, e, 'numbered'))).toBe('[1. one\n2. two\n3. three]');
  });

  it('takes in the whole of every line the selection touches', () => {
    expect(on('first li[ne\nsecond] line\nthird', (t, s, e) => toggleList(t, s, e, 'bullet'))).toBe('[- first line\n- second line]\nthird');
  });

  it('starts a list on an empty line with the caret after the prefix', () => {
    expect(on('Points:\n[]', (t, s, e) => toggleList(t, s, e, 'numbered'))).toBe('Points:\n1. []');
  });
});

describe('Enter in a list', () => {
  it('starts the next bullet or the next number', () => {
    expect(apply('- one', continueList('- one', 5) as MarkupEdit)).toBe('- one\n- []');
    expect(apply('1. one\n2. two', continueList('1. one\n2. two', 13) as MarkupEdit)).toBe('1. one\n2. two\n3. []');
  });

  it('ends the list on an empty item and starts a new paragraph', () => {
    expect(apply('- one\n- ', continueList('- one\n- ', 8) as MarkupEdit)).toBe('- one\n\n[]');
  });

  it('leaves Enter alone outside a list or in the middle of a line', () => {
    expect(continueList('Plain text', 10)).toBeNull();
    expect(continueList('- one two', 5)).toBeNull();
  });
});

describe('appending a paragraph', () => {
  it('separates it from the text by one blank line', () => {
    expect(apply('First.\n\n\n', appendParagraph('First.\n\n\n', 'Second.'))).toBe('First.\n\nSecond.[]');
    expect(apply('', appendParagraph('', 'Only.'))).toBe('Only.[]');
  });
});
