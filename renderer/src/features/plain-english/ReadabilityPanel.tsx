import { memo } from 'react';
import type { ReactNode } from 'react';
import type { ReadabilityReport } from '../../../../shared/domain/readability/assess';
import type { TextRange } from '../../../../shared/domain/readability/sentences';
import { LONG_SENTENCE_WORDS } from '../../../../shared/domain/readability/scores';
import './plain-english.css';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The first words of a sentence, enough to find it. */
const opening = (sentence: string): string => {
  const words = sentence.split(' ');
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : sentence;
};

/** "1 long sentence, 2 unexplained acronyms, 3 words to avoid", or that there is nothing to change. */
export function findingsInWords(report: ReadabilityReport): string {
  const uses = report.wordsToAvoid.reduce((n, w) => n + w.uses.length, 0);
  const parts = [
    report.longSentences.length > 0 ? count(report.longSentences.length, 'long sentence', 'long sentences') : '',
    report.acronyms.length > 0 ? count(report.acronyms.length, 'unexplained acronym', 'unexplained acronyms') : '',
    uses > 0 ? count(uses, 'word to avoid', 'words to avoid') : '',
  ].filter((p) => p !== '');
  return parts.length === 0 ? 'Nothing to change' : parts.join(', ');
}

function PointButton({ range, label, onPoint }: { range: TextRange; label: string; onPoint?: (range: TextRange) => void }): ReactNode {
  if (onPoint === undefined) return null;
  return (
    <button type="button" className="link-button readability__point" onClick={() => onPoint(range)}>
      Show<span className="visually-hidden"> {label} in the text</span>
    </button>
  );
}

/**
 * What a reader will meet in a text: the reading age against the aim of 9, then the long sentences, unexplained
 * acronyms and words to avoid, each with what to do. Folded to one line until opened, so it sits quietly beside
 * an editor; `onPoint`, when given, selects a finding in the text.
 */
export const ReadabilityPanel = memo(function ReadabilityPanel({
  report,
  name,
  onPoint,
}: {
  report: ReadabilityReport;
  /** What was checked, for the panel's accessible name: "the minute", "the easy-read summary". */
  name: string;
  onPoint?: (range: TextRange) => void;
}): ReactNode {
  const tone = report.aboveTarget ? 'readability readability--above' : 'readability';
  return (
    <details className={tone} data-testid="readability-panel">
      <summary className="readability__summary">
        <span className="readability__label">Plain English check of {name}:</span> <strong className="readability__verdict">{report.verdict}</strong>
        <span className="readability__findings"> · {findingsInWords(report)}</span>
      </summary>
      <div className="readability__body">
        {report.readingEase === null ? null : (
          <p className="quiet">
            {count(report.words, 'word', 'words')} in {count(report.sentences, 'sentence', 'sentences')}; Flesch reading ease {report.readingEase},
            grade {report.grade}. A reading age is the grade plus 5; GOV.UK writes for a reading age of about 9.
          </p>
        )}
        {report.longSentences.length > 0 ? (
          <>
            <p className="readability__subhead">Long sentences (over {LONG_SENTENCE_WORDS} words): split them</p>
            <ul className="readability__list" aria-label="Long sentences">
              {report.longSentences.map((s) => (
                <li key={s.range.start}>
                  “{opening(s.text)}” — {s.words} words <PointButton range={s.range} label={`the sentence of ${s.words} words`} onPoint={onPoint} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {report.acronyms.length > 0 ? (
          <>
            <p className="readability__subhead">Unexplained acronyms: write them out the first time, e.g. “Integrated Care Board (ICB)”</p>
            <ul className="readability__list" aria-label="Unexplained acronyms">
              {report.acronyms.map((a) => (
                <li key={a.acronym}>
                  <strong>{a.acronym}</strong>
                  {a.ranges.length > 1 ? ` (used ${a.ranges.length} times)` : ''}{' '}
                  <PointButton range={a.ranges[0] ?? { start: 0, end: 0 }} label={a.acronym} onPoint={onPoint} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {report.wordsToAvoid.length > 0 ? (
          <>
            <p className="readability__subhead">Words to avoid, and what to say instead</p>
            <ul className="readability__list" aria-label="Words to avoid">
              {report.wordsToAvoid.map((w) => (
                <li key={w.avoid}>
                  “{w.uses[0]?.text ?? w.avoid}”: say “{w.instead}”{w.uses.length > 1 ? ` (used ${w.uses.length} times)` : ''}{' '}
                  <PointButton range={w.uses[0]?.range ?? { start: 0, end: 0 }} label={`“${w.avoid}”`} onPoint={onPoint} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </details>
  );
});
