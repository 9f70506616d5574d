import type { Unit } from '../../../shared/domain/past-minutes/unit';

/** A paragraph unit on one line (line 1 unless given), for tests of single rules. */
export const para = (text: string, extra: Partial<Unit> = {}, line = 1): Unit => ({
  kind: 'paragraph',
  text,
  lines: { from: line, to: line },
  ...extra,
});

/** Paragraph units, one a line, numbered from 1. */
export const paras = (...texts: string[]): Unit[] => texts.map((t, i) => para(t, {}, i + 1));

/** A table row unit, its cells on one line. */
export const row = (cells: readonly string[], table = 0, line = 1): Unit => ({
  kind: 'row',
  text: cells.join(' | '),
  lines: { from: line, to: line },
  table,
  cells: cells.map((text) => ({ text, lines: { from: line, to: line } })),
});
