/*
 * File names that come from outside Minute Book (an attachment's own name, a person's or a board's name inside an
 * export's name) made safe to keep, show and save on Windows, macOS and Linux:
 * - bidirectional controls (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C) are removed, so "invoice‮fdp.exe"
 *   cannot pass for a PDF; so are lone surrogates and the byte-order mark;
 * - control characters (C0, DEL, C1, line and paragraph separators) become spaces, and runs of spaces one space;
 * - folder separators and the characters Windows refuses (< > : " / \ | ? *) become a hyphen;
 * - leading dots, spaces and hyphens (hidden files, "..", options) and trailing dots and spaces (which Windows
 *   drops) are removed;
 * - a name Windows reserves for a device (CON, PRN, AUX, NUL, COM1–9, LPT1–9), with any extension, gets "_";
 * - the extension is kept; the name is cut to MAX_FILE_NAME_LENGTH characters and 240 bytes of UTF-8;
 * - a name with nothing left gets the fallback ("attachment") and the extension.
 */

export const MAX_FILE_NAME_LENGTH = 150;
const MAX_FILE_NAME_BYTES = 240;

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
const REFUSED_BY_WINDOWS = /[<>:"/\\|?*]+/g;
const EXTENSION = /^[A-Za-z0-9]{1,10}$/;

const isBidiControl = (cp: number): boolean =>
  cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);

const isControl = (cp: number): boolean => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029;

/** Characters removed outright: invisible ones that only change how the rest reads. */
const isDropped = (cp: number): boolean => isBidiControl(cp) || cp === 0xfeff || (cp >= 0xd800 && cp <= 0xdfff);

/** Whether `text` holds a bidirectional control or a control character: what a file name from outside must not. */
export function hasHiddenCharacters(text: string): boolean {
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    if (isDropped(cp) || isControl(cp)) return true;
  }
  return false;
}

function visibleText(name: string): string {
  let out = '';
  for (const c of name.normalize('NFC')) {
    const cp = c.codePointAt(0) ?? 0;
    if (isDropped(cp)) continue;
    out += isControl(cp) ? ' ' : c;
  }
  return out.replace(REFUSED_BY_WINDOWS, '-').replace(/\s+/g, ' ');
}

// A leading hyphen goes too: "-rf.pdf" would read as an option to a command-line tool.
const trimEnds = (text: string): string => text.replace(/^[\s.-]+/, '').replace(/[\s.]+$/, '');

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** Cuts `stem` by whole characters until the name fits both limits. */
function fitted(stem: string, extension: string): string {
  const chars = Array.from(stem);
  const room = MAX_FILE_NAME_LENGTH - Array.from(extension).length;
  if (chars.length > room) chars.length = Math.max(room, 0);
  while (chars.length > 0 && utf8Length(chars.join('') + extension) > MAX_FILE_NAME_BYTES) chars.pop();
  return trimEnds(chars.join(''));
}

/** A file name safe on every system, keeping the extension; `fallback` stands in for a name with nothing left. */
export function cleanFileName(name: string, fallback = 'attachment'): string {
  // Only the end is trimmed before the extension is found, so ".pdf" keeps its extension and gets the fallback.
  const visible = visibleText(name).replace(/[\s.]+$/, '');
  const dot = visible.lastIndexOf('.');
  const ext = dot >= 0 ? visible.slice(dot + 1) : '';
  const hasExtension = EXTENSION.test(ext);
  const extension = hasExtension ? `.${ext}` : '';
  let stem = trimEnds(hasExtension ? visible.slice(0, dot) : visible);
  // Windows reads "CON.pdf" and "con.tar.gz" as the console device: the part before the first dot decides.
  const [first = '', ...rest] = stem.split('.');
  if (WINDOWS_DEVICE.test(first.trim())) stem = [`${first.trim()}_`, ...rest].join('.');
  stem = fitted(stem, extension);
  if (stem === '') stem = fallback;
  return `${stem}${extension}`;
}

/**
 * Whether `name` is already as `cleanFileName` would leave it: what a name handed to a Save As must be. The
 * fallback is a character no clean name holds, so a name that cleans to nothing never passes.
 */
export const isCleanFileName = (name: string): boolean => cleanFileName(name, '\u0000') === name;

/** The extension of a file name, lower case and without its dot; '' when there is none. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
