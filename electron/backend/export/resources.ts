import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOUSE_FONTS, type FontStyleName } from '../../../shared/document/fonts';
import type { HouseFontId } from '../../../shared/model';

/**
 * The folder of run-time resources (fonts, house-style defaults). `MINUTE_BOOK_RESOURCES` wins; in the packaged
 * app electron-builder puts them beside the archive (process.resourcesPath); from the sources or dist/ they are
 * found by walking up to the repository's resources/.
 */
export function resourcesDir(): string {
  const fromEnv = process.env['MINUTE_BOOK_RESOURCES'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged !== undefined && existsSync(path.join(packaged, 'resources', 'fonts'))) return path.join(packaged, 'resources');
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    const candidate = path.join(dir, 'resources');
    if (existsSync(path.join(candidate, 'fonts'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('Minute Book cannot find its fonts (the resources/fonts folder). Reinstall it, or set MINUTE_BOOK_RESOURCES.');
}

/** The value kept under `key`, made and kept the first time it is asked for. */
export function cached<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const cache = new Map<string, Buffer>();

/** A font file of resources/fonts/, read once per process. */
const fontFileBytes = (file: string): Buffer => cached(cache, file, () => readFileSync(file));

/** Where a bundled TTF is. */
export const fontFile = (font: HouseFontId, style: FontStyleName): string => path.join(resourcesDir(), 'fonts', HOUSE_FONTS[font].files[style]);

/** A bundled TTF's bytes, read once per process. */
export const fontBytes = (font: HouseFontId, style: FontStyleName): Buffer => fontFileBytes(fontFile(font, style));

/** The fonts for what the house fonts have no glyphs for, in the order they are tried (see resources/fonts/README.md). */
export type FallbackFont = 'arabic' | 'devanagari' | 'bengali' | 'gurmukhi' | 'gujarati' | 'tamil' | 'thai' | 'cjk' | 'emoji';
export const FALLBACK_ORDER: readonly FallbackFont[] = ['arabic', 'devanagari', 'bengali', 'gurmukhi', 'gujarati', 'tamil', 'thai', 'cjk', 'emoji'];

/** Each fallback font's files; a font without a bold face is made bold by outlining its strokes. */
export const FALLBACK_FONTS: Readonly<Record<FallbackFont, { readonly regular: string; readonly bold?: string }>> = {
  arabic: { regular: 'NotoSansArabic-Regular.ttf', bold: 'NotoSansArabic-Bold.ttf' },
  devanagari: { regular: 'NotoSansDevanagari-Regular.ttf' },
  bengali: { regular: 'NotoSansBengali-Regular.ttf' },
  gurmukhi: { regular: 'NotoSansGurmukhi-Regular.ttf' },
  gujarati: { regular: 'NotoSansGujarati-Regular.ttf' },
  tamil: { regular: 'NotoSansTamil-Regular.ttf' },
  thai: { regular: 'NotoSansThai-Regular.ttf' },
  cjk: { regular: 'NotoSansCJKsc-Regular-Subset.otf' },
  emoji: { regular: 'NotoEmoji-Regular.ttf' },
};

/** A fallback font's bytes (its bold face where it has one), read once per process. */
export function fallbackFontBytes(font: FallbackFont, bold: boolean): Buffer {
  const files = FALLBACK_FONTS[font];
  return fontFileBytes(path.join(resourcesDir(), 'fonts', (bold ? files.bold : undefined) ?? files.regular));
}
