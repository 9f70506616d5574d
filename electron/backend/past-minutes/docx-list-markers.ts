/*
 * Word's list markers as printed ("1.", "(a)", "iv."). mammoth keeps only whether a list is ordered, yet the
 * markers matter to the recogniser: a decision's parts are "(a)", "(b)", or "(i)", "(ii)". So this reads
 * word/numbering.xml and the numbered paragraphs of word/document.xml, and counts as Word does. Where anything is
 * out of the ordinary (numbering through a linked style, say), the walker's count no longer matches mammoth's
 * entries and it falls back to counting entries itself.
 */

import { counterText } from '../../../shared/document/text';

type Level = { start: number; format: string; text: string; legal: boolean };
type Num = { abstractId: string; starts: Map<number, number> };

/** The numbering of a document: abstract definitions (by id), the instances paragraphs name, and styles' own. */
type Numbering = {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, Num>;
  /** Paragraph style ids that a level names with w:pStyle: a paragraph in that style is numbered at that level. */
  styles: Map<string, { abstractId: string; level: number }>;
};

/**
 * The markers Word prints, in document order: `entries` for each numbered paragraph with text that mammoth makes a
 * list entry; `headings` for each paragraph with text in a heading style ("Heading 1", "Title"), its number where
 * the style is numbered ("4.", "4.1") and '' where not, so a numbered item heading keeps its number.
 */
export type DocxMarkers = { readonly entries: readonly string[]; readonly headings: readonly string[] };

/** Word's and LibreOffice's ids for the styles mammoth maps to headings (see read-docx.ts). */
const HEADING_STYLE = /^(heading[1-6]|title|subtitle)$/i;

/** The markers, or null if it cannot tell. */
export async function readDocxListMarkers(bytes: Uint8Array): Promise<DocxMarkers | null> {
  try {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    const numberingXml = await zip.file('word/numbering.xml')?.async('string');
    const documentXml = await zip.file('word/document.xml')?.async('string');
    if (documentXml === undefined) return null;
    const numbering = numberingXml === undefined ? { abstracts: new Map(), nums: new Map(), styles: new Map() } : await readNumbering(numberingXml);
    return await markersOf(documentXml, numbering);
  } catch {
    // The markers are a refinement: the document itself is read (or refused) by mammoth.
    return null;
  }
}

const attr = (attribs: Record<string, string>, name: string): string | undefined => attribs[`w:${name}`];

async function readNumbering(xml: string): Promise<Numbering> {
  const { Parser } = await import('htmlparser2');
  const numbering: Numbering = { abstracts: new Map(), nums: new Map(), styles: new Map() };
  let abstract: { id: string; levels: Map<number, Level> } | null = null;
  let level: (Level & { index: number }) | null = null;
  let num: (Num & { id: string }) | null = null;
  let overrideLevel: number | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const val = attr(attribs, 'val');
        if (name === 'w:abstractnum') {
          abstract = { id: attr(attribs, 'abstractNumId') ?? '', levels: new Map() };
        } else if (name === 'w:lvl' && abstract !== null) {
          level = { index: Number(attr(attribs, 'ilvl') ?? '0'), start: 1, format: 'decimal', text: '', legal: false };
        } else if (level !== null && name === 'w:start') level.start = Number(val ?? '1');
        else if (level !== null && name === 'w:numfmt') level.format = val ?? 'decimal';
        else if (level !== null && name === 'w:lvltext') level.text = val ?? '';
        else if (level !== null && name === 'w:islgl') level.legal = val !== '0' && val !== 'false';
        else if (level !== null && name === 'w:pstyle' && abstract !== null && val !== undefined) {
          numbering.styles.set(val, { abstractId: abstract.id, level: level.index });
        } else if (name === 'w:num') {
          num = { id: attr(attribs, 'numId') ?? '', abstractId: '', starts: new Map() };
        } else if (num !== null && name === 'w:abstractnumid') num.abstractId = val ?? '';
        else if (num !== null && name === 'w:lvloverride') overrideLevel = Number(attr(attribs, 'ilvl') ?? '0');
        else if (num !== null && overrideLevel !== null && name === 'w:startoverride') num.starts.set(overrideLevel, Number(val ?? '1'));
      },
      onclosetag(name) {
        if (name === 'w:lvl' && abstract !== null && level !== null) {
          abstract.levels.set(level.index, level);
          level = null;
        } else if (name === 'w:abstractnum' && abstract !== null) {
          numbering.abstracts.set(abstract.id, abstract.levels);
          abstract = null;
        } else if (name === 'w:lvloverride') overrideLevel = null;
        else if (name === 'w:num' && num !== null) {
          numbering.nums.set(num.id, num);
          num = null;
        }
      },
    },
    { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.write(xml);
  parser.end();
  return numbering;
}

/** One numbered paragraph as document.xml gives it. */
type Numbered = { numId: string | undefined; level: number; style: string | undefined; hasText: boolean };

async function markersOf(xml: string, numbering: Numbering): Promise<DocxMarkers> {
  const { Parser } = await import('htmlparser2');
  const paragraphs: Numbered[] = [];
  let paragraph: Numbered | null = null;
  let deleted = false;
  let inText = false;
  // mammoth reads only the fallback of alternate content (text boxes drawn two ways): skip the choice.
  let inChoice = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'mc:choice') inChoice += 1;
        if (inChoice > 0) return;
        const val = attr(attribs, 'val');
        if (name === 'w:p') paragraph = { numId: undefined, level: 0, style: undefined, hasText: false };
        else if (paragraph === null) return;
        else if (name === 'w:pstyle') paragraph.style = val;
        else if (name === 'w:numid') paragraph.numId = val;
        else if (name === 'w:ilvl') paragraph.level = Number(val ?? '0');
        else if (name === 'w:del' || name === 'w:deltext') deleted = true;
        else if (name === 'w:t') inText = true;
      },
      ontext(text) {
        if (inChoice === 0 && inText && !deleted && paragraph !== null && text.trim() !== '') paragraph.hasText = true;
      },
      onclosetag(name) {
        if (name === 'mc:choice') inChoice = Math.max(0, inChoice - 1);
        if (inChoice > 0) return;
        if (name === 'w:t') inText = false;
        else if (name === 'w:del' || name === 'w:deltext') deleted = false;
        else if (name === 'w:p' && paragraph !== null) {
          paragraphs.push(paragraph);
          paragraph = null;
        }
      },
    },
    { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.write(xml);
  parser.end();
  return count(paragraphs, numbering);
}

/** Counts as Word does: per abstract list, a deeper level restarting under each shallower entry. */
function count(paragraphs: readonly Numbered[], numbering: Numbering): DocxMarkers {
  const counters = new Map<string, number[]>();
  const lastNum = new Map<string, string>();
  const entries: string[] = [];
  const headings: string[] = [];
  for (const paragraph of paragraphs) {
    const heading = paragraph.style !== undefined && HEADING_STYLE.test(paragraph.style);
    const found = findList(paragraph, numbering);
    const definition = found?.levels.get(found.level);
    if (found === null || definition === undefined) {
      if (heading && paragraph.hasText) headings.push('');
      continue;
    }
    const { abstractId, levels, num, level } = found;
    let values = counters.get(abstractId);
    if (values === undefined) {
      values = [];
      counters.set(abstractId, values);
    }
    // A new instance of a list that says where to start ("restart numbering") starts again there.
    const override = num?.starts.get(level);
    if (num !== undefined && lastNum.get(abstractId) !== num.id && override !== undefined) {
      values.length = 0;
      values[level] = override - 1;
    }
    if (num !== undefined) lastNum.set(abstractId, num.id);
    values[level] = (values[level] ?? definition.start - 1) + 1;
    values.length = level + 1;
    if (!paragraph.hasText) continue;
    if (heading) headings.push(markerText(definition, levels, values));
    else entries.push(markerText(definition, levels, values));
  }
  return { entries, headings };
}

function findList(
  paragraph: Numbered,
  numbering: Numbering,
): { abstractId: string; levels: Map<number, Level>; num: (Num & { id: string }) | undefined; level: number } | null {
  if (paragraph.numId !== undefined) {
    if (paragraph.numId === '0') return null;
    const num = numbering.nums.get(paragraph.numId);
    const levels = num === undefined ? undefined : numbering.abstracts.get(num.abstractId);
    if (num === undefined || levels === undefined) return null;
    return { abstractId: num.abstractId, levels, num: { ...num, id: paragraph.numId }, level: paragraph.level };
  }
  const byStyle = paragraph.style === undefined ? undefined : numbering.styles.get(paragraph.style);
  const levels = byStyle === undefined ? undefined : numbering.abstracts.get(byStyle.abstractId);
  if (byStyle === undefined || levels === undefined) return null;
  return { abstractId: byStyle.abstractId, levels, num: undefined, level: byStyle.level };
}

function markerText(definition: Level, levels: Map<number, Level>, values: readonly number[]): string {
  if (definition.format === 'bullet') return '•';
  if (definition.format === 'none') return '';
  return definition.text
    .replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const format = definition.legal ? 'decimal' : (levels.get(index)?.format ?? 'decimal');
      return formatNumber(values[index] ?? levels.get(index)?.start ?? 1, format);
    })
    .trim();
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return roman(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}

/** Word's letters: a–z, then aa–zz, and so on. */
// Word's counters written as the app's own lists write them (shared/document/text.ts), so the two cannot drift.
const letters = (value: number): string => (value < 1 ? String(value) : counterText('lower-alpha', value));
const roman = (value: number): string => (value < 1 || value > 3999 ? String(value) : counterText('lower-roman', value));
