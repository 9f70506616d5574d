import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { assessReadability } from '../../../../shared/domain/readability/assess';
import type { TextFormat } from '../../../../shared/domain/readability/sentences';
import { usePlainEnglishWords } from './plain-english-words-context';
import { ReadabilityPanel } from './ReadabilityPanel';
import { useSettledValue } from './use-settled-value';

/**
 * The readability of a form field's text, checked once typing pauses. `lines` reads each line as a sentence of its
 * own (recommendations, easy-read summaries); nothing shows until there is text.
 */
export function TextReadability({ text, name, lines = false }: { text: string; name: string; lines?: boolean }): ReactNode {
  const words = usePlainEnglishWords();
  const settled = useSettledValue(text);
  const format: TextFormat = 'plain';
  const report = useMemo(
    () => assessReadability(lines ? settled.split('\n').join('\n\n') : settled, { words, format }),
    [settled, words, lines, format],
  );
  if (report.words === 0) return null;
  return <ReadabilityPanel report={report} name={name} />;
}
