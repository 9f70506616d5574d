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

const cache = new Map<string, Buffer>();

/** Where a bundled TTF is. */
export const fontFile = (font: HouseFontId, style: FontStyleName): string => path.join(resourcesDir(), 'fonts', HOUSE_FONTS[font].files[style]);

/** A bundled TTF's bytes, read once per process. */
export function fontBytes(font: HouseFontId, style: FontStyleName): Buffer {
  const file = fontFile(font, style);
  let bytes = cache.get(file);
  if (bytes === undefined) {
    bytes = readFileSync(file);
    cache.set(file, bytes);
  }
  return bytes;
}
