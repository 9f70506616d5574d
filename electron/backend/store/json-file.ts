import { readFileIfExists } from './durable-file';

/** What reading a JSON file found. Damage is reported, never thrown, so the caller can recover from it. */
export type ParsedFile =
  | { readonly kind: 'missing' }
  | { readonly kind: 'unparseable'; readonly reason: string; readonly bytes: Buffer }
  | { readonly kind: 'parsed'; readonly json: unknown; readonly bytes: Buffer };

// Fatal decoding: a file with broken UTF-8 is damaged, not silently "repaired" with replacement characters.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function parseJsonBytes(bytes: Buffer): ParsedFile {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { kind: 'unparseable', reason: 'it is not valid UTF-8 text', bytes };
  }
  if (text.trim() === '') return { kind: 'unparseable', reason: 'it is empty', bytes };
  try {
    return { kind: 'parsed', json: JSON.parse(text) as unknown, bytes };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'unparseable', reason: `it is not valid JSON (${detail})`, bytes };
  }
}

export function readJsonFile(file: string): ParsedFile {
  const bytes = readFileIfExists(file);
  return bytes === undefined ? { kind: 'missing' } : parseJsonBytes(bytes);
}

/** The files' shared serialisation: indented, so a person or a diff tool can read them, with a final newline. */
export const serialiseJson = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
