import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { PlainEnglishWord } from '../../../../shared/model/board';
import { SHIPPED_PLAIN_ENGLISH_WORDS } from '../../../../shared/domain/readability/word-list';

const PlainEnglishWordsContext = createContext<readonly PlainEnglishWord[]>(SHIPPED_PLAIN_ENGLISH_WORDS);

/** The board's word list for the readability panels below it; the shipped list where the board has none. */
export function PlainEnglishWords({ words, children }: { words: readonly PlainEnglishWord[] | undefined; children: ReactNode }): ReactNode {
  return <PlainEnglishWordsContext value={words ?? SHIPPED_PLAIN_ENGLISH_WORDS}>{children}</PlainEnglishWordsContext>;
}

export const usePlainEnglishWords = (): readonly PlainEnglishWord[] => useContext(PlainEnglishWordsContext);
