import type { IRunOptions } from 'docx';
import type { Runs, Run } from '../../../shared/document/model';
import type { HouseFontId } from '../../../shared/model';
import { bidiLevels, cutRuns, paragraphDirection, scriptSpans, type ScriptKind } from './script-runs';

/**
 * What Word needs to show text in any script: it picks a run's font by the kind of each character (w:rFonts:
 * ascii and hAnsi for Latin, Greek and Cyrillic, eastAsia for Chinese, Japanese and Korean, cs for Arabic and
 * Hebrew), and lays a run out right to left when it is marked so (w:rtl), in a paragraph that is right to left
 * when marked so (w:bidi). Word reorders the words itself; the DOCX keeps the text in the order it was typed.
 *
 * The fonts named are ones every Windows 10 and 11 has: the house font's Arial or Times New Roman (which have
 * Arabic and Hebrew), Microsoft YaHei or SimSun, Yu Gothic or Yu Mincho, Malgun Gothic or Batang, and Segoe UI
 * Emoji. Elsewhere (LibreOffice, Word for Mac) the reader's system puts in a font that has the characters.
 */

type EastAsian = Extract<ScriptKind, 'chinese' | 'japanese' | 'korean'>;

const EAST_ASIAN_FONTS: Readonly<Record<HouseFontId, Readonly<Record<EastAsian, string>>>> = {
  'liberation-sans': { chinese: 'Microsoft YaHei', japanese: 'Yu Gothic', korean: 'Malgun Gothic' },
  'liberation-serif': { chinese: 'SimSun', japanese: 'Yu Mincho', korean: 'Batang' },
};
const EAST_ASIAN_LANGUAGES: Readonly<Record<EastAsian, string>> = { chinese: 'zh-CN', japanese: 'ja-JP', korean: 'ko-KR' };
const EMOJI_FONT = 'Segoe UI Emoji';

type ScriptOptions = Pick<IRunOptions, 'font' | 'rightToLeft' | 'language'>;

function scriptOptions(kind: ScriptKind, house: HouseFontId, family: string): ScriptOptions {
  switch (kind) {
    case 'latin':
      return {};
    case 'arabic':
    case 'hebrew':
      // The language lets Word check spelling and choose numerals.
      return { rightToLeft: true, font: { cs: family }, language: { bidirectional: kind === 'arabic' ? 'ar-SA' : 'he-IL' } };
    case 'rtl':
      // Other right-to-left scripts (Syriac, Thaana...) are marked right to left only.
      return { rightToLeft: true, font: { cs: family } };
    case 'emoji':
      return { font: { ascii: EMOJI_FONT, hAnsi: EMOJI_FONT } };
    case 'chinese':
    case 'japanese':
    case 'korean':
      return { font: { eastAsia: EAST_ASIAN_FONTS[house][kind], hint: 'eastAsia' }, language: { eastAsia: EAST_ASIAN_LANGUAGES[kind] } };
  }
}

/** A paragraph's runs cut by script, each piece with the run it came from and the run options its script needs. */
export function scriptPieces(
  runs: Runs,
  house: HouseFontId,
  family: string,
): { readonly run: Run; readonly text: string; readonly options: ScriptOptions }[] {
  const text = runs.map((r) => r.text).join('');
  // Plain ASCII needs no cutting (most of every document).
  if (/^[\x20-\x7e]*$/.test(text)) return runs.map((run) => ({ run, text: run.text, options: {} }));
  const cut = scriptSpans(text, bidiLevels(text).levels);
  return cutRuns(runs, cut).map(({ run, start, end, kind }) => {
    return { run, text: text.slice(start, end), options: scriptOptions(kind, house, family) };
  });
}

/** `bidirectional` for a paragraph that reads right to left (most of its letters are Arabic or Hebrew). */
export const paragraphBidi = (runs: Runs): { bidirectional?: true } =>
  paragraphDirection(runs.map((r) => r.text).join('')) === 'rtl' ? { bidirectional: true } : {};
