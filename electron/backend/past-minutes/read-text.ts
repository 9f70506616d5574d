import type { SourceDocument } from '../../../shared/model';
import { SourceBuilder, tidy } from './source-builder';

/*
 * Plain text (.txt): minutes pasted from an email. Lines as they are; a blank line ends a paragraph. A text file
 * says nothing of headings or tables, so the recogniser works from the words alone.
 */
export function readText(bytes: Uint8Array, fileName: string): SourceDocument {
  const builder = new SourceBuilder();
  const text = new TextDecoder('utf-8').decode(bytes);
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) builder.paragraph({ lines: paragraph });
    paragraph = [];
  };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = tidy(raw);
    if (line === '') {
      flush();
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return builder.done(fileName, 'text');
}
