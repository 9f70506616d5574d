import { classifyMarkupLine } from '../compose/markup';

/** A stretch of the text that was checked, as character offsets: `text.slice(start, end)`. */
export type TextRange = { readonly start: number; readonly end: number };

/** One sentence: where it is, its words as they would be read (markup left out), and its words' places. */
export type Sentence = {
  readonly range: TextRange;
  /** The sentence as printed: emphasis markers and list markers left out, spaces tidied. */
  readonly text: string;
  readonly words: readonly Word[];
};

export type Word = { readonly text: string; readonly range: TextRange };

/** How the text is written: minute markup (lists and *emphasis*) or plain text, where every character counts. */
export type TextFormat = 'markup' | 'plain';

/**
 * Abbreviations whose full stop does not end a sentence. Single capital letters (initials, "J. Smith") are
 * handled apart.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'cllr',
  'prof',
  'rev',
  'st',
  'no',
  'nos',
  'approx',
  'vs',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'cf',
  'ref',
  'para',
  'paras',
  'fig',
  'incl',
  'dept',
  'est',
  'co',
  'ltd',
  'hon',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** A word: letters or digits, joined by an apostrophe, a hyphen, or a point or comma inside a number; or "e.g.". */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

/** A full stop, question or exclamation mark, with any closing quotes or brackets after it. */
const TERMINATOR = /[.!?]+["'”’)\]]*/g;

type Unit = TextRange;

/**
 * The units a text is read in: each paragraph (lines joined until a blank line), and each list item on its own,
 * as `parseMinuteMarkup` reads them. In plain text every line break between paragraphs counts the same way, and
 * no line is a list item.
 */
function units(text: string, format: TextFormat): Unit[] {
  const found: Unit[] = [];
  let paragraph: { start: number; end: number } | null = null;
  const closeParagraph = (): void => {
    if (paragraph !== null) found.push(paragraph);
    paragraph = null;
  };
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    const end = at + line.length;
    at = end + 1;
    if (line.trim() === '') {
      closeParagraph();
      continue;
    }
    const kind = format === 'markup' ? classifyMarkupLine(line) : { kind: 'text' as const, text: line };
    if (kind.kind === 'text') {
      if (paragraph === null) paragraph = { start, end };
      else paragraph.end = end;
      continue;
    }
    closeParagraph();
    found.push({ start: end - kind.text.length, end });
  }
  closeParagraph();
  return found;
}

/** The text as read: markup characters (and carriage returns) turned to spaces, so offsets into it are offsets into the original. */
export function readableSource(text: string, format: TextFormat): string {
  const normalised = text.replace(/\r/g, ' ');
  return format === 'markup' ? normalised.replace(/\*/g, ' ') : normalised;
}

function endsWithAbbreviation(before: string): boolean {
  const last = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (/^\p{Lu}$/u.test(last)) return true;
  return ABBREVIATIONS.has(last.toLowerCase().replace(/\.$/, ''));
}

/** Where each sentence of a unit ends: after a terminator followed by a space and a capital, digit, quote or bracket. */
function sentenceRanges(source: string, unit: Unit): TextRange[] {
  const ranges: TextRange[] = [];
  const body = source.slice(unit.start, unit.end);
  let from = 0;
  for (const match of body.matchAll(TERMINATOR)) {
    const stop = match.index + match[0].length;
    const rest = body.slice(stop);
    const next = /^\s+(\S)/u.exec(rest);
    if (next === null) continue;
    const opener = next[1] ?? '';
    if (!/[\p{Lu}\p{N}"'“‘([£]/u.test(opener)) continue;
    if (match[0].startsWith('.') && endsWithAbbreviation(body.slice(from, match.index))) continue;
    ranges.push({ start: unit.start + from, end: unit.start + stop });
    from = stop;
  }
  ranges.push({ start: unit.start + from, end: unit.end });
  return ranges;
}

function wordsIn(source: string, range: TextRange): Word[] {
  const words: Word[] = [];
  for (const match of source.slice(range.start, range.end).matchAll(WORD)) {
    const start = range.start + match.index;
    words.push({ text: match[0], range: { start, end: start + match[0].length } });
  }
  return words;
}

/** Trims a range to its first and last non-space character. */
function trimmed(source: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/.test(source.charAt(start))) start += 1;
  while (end > start && /\s/.test(source.charAt(end - 1))) end -= 1;
  return { start, end };
}

/**
 * The sentences of a text, in order. With minute markup, each list item counts as a sentence of its own (or
 * several, if it holds more than one), and emphasis markers are ignored. A stretch with no words is no sentence.
 */
export function splitSentences(text: string, format: TextFormat = 'markup'): Sentence[] {
  const normalised = text.replace(/\r/g, ' ');
  const source = readableSource(text, format);
  const sentences: Sentence[] = [];
  for (const unit of units(normalised, format)) {
    for (const raw of sentenceRanges(source, unit)) {
      const range = trimmed(source, raw);
      const words = wordsIn(source, range);
      if (words.length === 0) continue;
      sentences.push({ range, text: source.slice(range.start, range.end).replace(/\s+/g, ' '), words });
    }
  }
  return sentences;
}
