/*
 * What a file is, from its first bytes (and, inside a zip, the names of its parts), with its name as a tie-break:
 * a clerk's file named .doc may well be a .docx, and a .pdf downloaded from a website may be an HTML error page.
 */

export type FileKind = 'docx' | 'pdf' | 'doc' | 'odt' | 'rtf' | 'text' | 'encrypted-office' | 'damaged' | 'unsupported';

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', from, to);

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, i) => bytes[i] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const extensionOf = (fileName: string): string => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** Whether a buffer holds a string, as Latin-1 or UTF-16LE (the names inside an OLE2 file). */
function holds(bytes: Uint8Array, text: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes(text, 0, 'latin1') || buffer.includes(text, 0, 'utf16le');
}

export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind {
  const extension = extensionOf(fileName);
  // A PDF may have a little rubbish before its header; readers accept it within the first kilobyte.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, ZIP)) {
    // An OpenDocument file names its type first, uncompressed; a Word document has a word/document.xml part.
    if (ascii(bytes, 30, 100).includes('application/vnd.oasis.opendocument.text')) return 'odt';
    if (holds(bytes, 'word/document.xml')) return 'docx';
    return extension === 'docx' || extension === 'docm' || extension === 'odt' ? 'damaged' : 'unsupported';
  }
  if (startsWith(bytes, OLE2)) {
    // Word saves a password-protected .docx inside an OLE2 file with an EncryptedPackage stream.
    if (holds(bytes, 'EncryptedPackage')) return 'encrypted-office';
    return holds(bytes, 'WordDocument') ? 'doc' : extension === 'doc' ? 'damaged' : 'unsupported';
  }
  if (
    ascii(bytes, 0, 16)
      .replace(/^\uFEFF|^ï»¿/, '')
      .startsWith('{\\rtf')
  )
    return 'rtf';
  if (extension === 'txt' && looksLikeText(bytes)) return 'text';
  if (['docx', 'pdf', 'doc', 'odt', 'rtf', 'docm'].includes(extension)) return 'damaged';
  return 'unsupported';
}

/** Text, not binary: valid UTF-8 without NUL bytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
