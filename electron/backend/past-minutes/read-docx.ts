import type { SourceDocument, SourceFormat } from '../../../shared/model';
import { DocxHtmlWalker } from './docx-html-walker';
import { readDocxListMarkers } from './docx-list-markers';
import { pastMinutesFileError } from './past-minutes-file-error';

/*
 * A Word document (.docx) → SourceDocument, through mammoth's HTML: mammoth knows Word's styles, numbering and
 * tables, and its HTML is small and regular enough to walk in one pass.
 */

/**
 * What mammoth's defaults leave out: Word's Title and Subtitle are headings to a clerk, underlining marks items in
 * many councils' minutes, and struck-through text was deleted.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='title'] => h1:fresh",
  'u => u',
  'strike =>',
];

/** Reads a .docx; `format` says what the clerk picked, where LibreOffice made the .docx from a .doc, .odt or .rtf. */
export async function readDocx(bytes: Uint8Array, fileName: string, format: SourceFormat = 'docx'): Promise<SourceDocument> {
  const { default: mammoth } = await import('mammoth');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const convert = async (styleMap: readonly string[]): Promise<{ value: string; messages: { message: string }[] }> => {
    try {
      return await mammoth.convertToHtml(
        { buffer },
        {
          styleMap: [...styleMap],
          // Pictures carry no minutes: leave them out rather than inline them as base64 (time and memory).
          convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        },
      );
    } catch (error) {
      // mammoth fails on a zip that is not a Word document (no word/document.xml), on a damaged zip and on XML it
      // cannot parse: to the clerk, all are a file that is not a readable Word document.
      throw pastMinutesFileError.damaged(fileName, error);
    }
  };
  let result = await convert(STYLE_MAP);
  // A council's own heading styles ("Minute Heading", "Item Title") are headings too: read again, mapping them.
  const own = ownHeadingStyles(result.messages.map((m) => m.message));
  if (own.length > 0) result = await convert([...STYLE_MAP, ...own]);
  const html = result.value;
  const markers = await readDocxListMarkers(bytes);
  const walker = new DocxHtmlWalker(markers);
  await walker.walk(html);
  const document = walker.done(fileName, format);
  if (document.lines.length === 0) throw pastMinutesFileError.noText(fileName, false);
  return document;
}

/** Style map lines for the paragraph styles mammoth did not know whose names say they are headings or titles. */
function ownHeadingStyles(messages: readonly string[]): string[] {
  const lines: string[] = [];
  for (const message of messages) {
    const name = /^Unrecognised paragraph style: '([^']+)'/.exec(message)?.[1];
    if (name === undefined || !/heading|title/i.test(name)) continue;
    // "Heading 2 Numbered" is a level 2; a title is a level 1; another heading, a level 2.
    const level = /title/i.test(name) && !/sub/i.test(name) ? 1 : Math.min(6, Math.max(1, Number(/[1-6]/.exec(name)?.[0] ?? '2')));
    lines.push(`p[style-name='${name}'] => h${level}:fresh`);
  }
  return lines;
}
