import type { PlainEnglishWord } from '../../model/board';
import type { ComposeItem, MeetingData } from '../compose/meeting-data';
import { assessReadability, type ReadabilityReport } from './assess';
import { TARGET_READING_AGE } from './scores';
import { plainEnglishWordsFor } from './words-to-avoid';

/** Which document's words are checked: the agenda (titles and recommendations), the minutes, or the easy-read summaries. */
export const CHECKED_DOCUMENTS = ['agenda', 'minutes', 'easy-read'] as const;
export type CheckedDocument = (typeof CHECKED_DOCUMENTS)[number];

export type ItemReadability = {
  readonly itemId: string;
  /** "5", "5.1": the agenda number; "Minute 25" where the minutes are numbered. */
  readonly label: string;
  readonly title: string;
  readonly words: number;
  readonly readingAge: number | null;
  readonly aboveTarget: boolean;
  readonly verdict: string;
  readonly longSentences: number;
  readonly acronyms: readonly string[];
  readonly wordsToAvoid: readonly { readonly avoid: string; readonly instead: string }[];
};

export type MeetingReadabilityCheck = {
  readonly document: CheckedDocument;
  readonly targetAge: number;
  /** The whole document's words, read together. */
  readonly overall: Pick<ReadabilityReport, 'words' | 'readingAge' | 'aboveTarget' | 'verdict'>;
  /** Items with words to check, in agenda order. */
  readonly items: readonly ItemReadability[];
  readonly itemsAboveTarget: number;
  readonly longSentences: number;
  /** Different unexplained acronyms, across the items. */
  readonly acronyms: number;
  /** Uses of words to avoid, across the items. */
  readonly wordsToAvoid: number;
  /** For the easy-read check: items with no easy-read summary, which print their title and purpose instead. */
  readonly itemsWithoutEasyRead: number;
};

/** Each line its own paragraph: easy-read summaries are written one idea a line. */
const linesAsParagraphs = (text: string): string => text.split('\n').join('\n\n');

function itemText(data: MeetingData, item: ComposeItem, document: CheckedDocument): string {
  if (document === 'easy-read') return linesAsParagraphs(item.easyReadSummary ?? '');
  if (document === 'agenda') return [item.title, ...item.recommendations].join('\n\n');
  const minute = data.minutes.find((m) => m.itemId === item.id)?.text ?? '';
  const decisions = data.resolutions.filter((r) => r.itemId === item.id).flatMap((r) => r.parts.map((p) => p.text));
  return [minute, ...decisions].filter((t) => t.trim() !== '').join('\n\n');
}

/**
 * A readability check of a meeting's document before it is exported: each item's reading age and what to change,
 * and totals. Pass the public view for a public document: exempt items are left out, as the document leaves
 * them out. It never stops an export; it tells the clerk what a reader will meet.
 */
export function checkMeetingReadability(
  data: MeetingData,
  document: CheckedDocument,
  wordList?: readonly PlainEnglishWord[],
): MeetingReadabilityCheck {
  const words = wordList ?? plainEnglishWordsFor(data.board);
  const items = data.items.filter((i) => !(data.audience === 'public' && i.part === 'private'));
  const texts = items.map((item) => ({ item, text: itemText(data, item, document) }));
  const checked = texts
    .filter((t) => t.text.trim() !== '')
    .map(({ item, text }): ItemReadability => {
      const report = assessReadability(text, { words });
      return {
        itemId: item.id,
        label: item.minuteLabel === undefined ? item.number : `Minute ${item.minuteLabel.replace(/\.$/, '')}`,
        title: item.title,
        words: report.words,
        readingAge: report.readingAge,
        aboveTarget: report.aboveTarget,
        verdict: report.verdict,
        longSentences: report.longSentences.length,
        acronyms: report.acronyms.map((a) => a.acronym),
        wordsToAvoid: report.wordsToAvoid.map((w) => ({ avoid: w.avoid, instead: w.instead })),
      };
    });
  const overall = assessReadability(
    texts
      .map((t) => t.text)
      .filter((t) => t.trim() !== '')
      .join('\n\n'),
    { words },
  );
  return {
    document,
    targetAge: TARGET_READING_AGE,
    overall: { words: overall.words, readingAge: overall.readingAge, aboveTarget: overall.aboveTarget, verdict: overall.verdict },
    items: checked,
    itemsAboveTarget: checked.filter((i) => i.aboveTarget).length,
    longSentences: checked.reduce((n, i) => n + i.longSentences, 0),
    acronyms: new Set(checked.flatMap((i) => i.acronyms)).size,
    wordsToAvoid: overall.wordsToAvoid.reduce((n, w) => n + w.uses.length, 0),
    itemsWithoutEasyRead: document === 'easy-read' ? items.filter((i) => (i.easyReadSummary ?? '').trim() === '').length : 0,
  };
}
