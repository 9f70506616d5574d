import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, cleanFileName, extensionOf, hasHiddenCharacters, isCleanFileName } from '../../../shared/domain/file-names';

describe('file names from outside', () => {
  it('removes a right-to-left override, so a program cannot pass for a PDF', () => {
    const spoof = 'Budget report \u202Efdp.exe';
    expect(cleanFileName(spoof)).toBe('Budget report fdp.exe');
    expect(hasHiddenCharacters(spoof)).toBe(true);
  });

  it('removes every bidirectional control and mark', () => {
    for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c]) {
      expect(cleanFileName(`Minutes${String.fromCodePoint(cp)} June.pdf`), cp.toString(16)).toBe('Minutes June.pdf');
    }
  });

  it('turns control characters into spaces', () => {
    expect(cleanFileName('Agenda\u0000item\t3\r\n.docx')).toBe('Agenda item 3.docx');
    expect(cleanFileName('Report\u0085\u009B2025.pdf')).toBe('Report 2025.pdf');
  });

  it('keeps no folder: separators and the characters Windows refuses become a hyphen', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(cleanFileName('..\\..\\Windows\\win.ini')).toBe('Windows-win.ini');
    expect(cleanFileName('-rf .pdf')).toBe('rf.pdf');
    expect(cleanFileName('Board 3/4: budget?.pdf')).toBe('Board 3-4- budget-.pdf');
    expect(cleanFileName('a<b>c"d|e*f.csv')).toBe('a-b-c-d-e-f.csv');
  });

  it('removes leading dots, spaces and hyphens and trailing dots and spaces, keeping the extension', () => {
    expect(cleanFileName('  .hidden report.pdf')).toBe('hidden report.pdf');
    expect(cleanFileName('Report. . .pdf . ')).toBe('Report.pdf');
    expect(cleanFileName('Minutes .docx')).toBe('Minutes.docx');
  });

  it('gives a name Windows keeps for a device an underscore', () => {
    expect(cleanFileName('CON.pdf')).toBe('CON_.pdf');
    expect(cleanFileName('nul')).toBe('nul_');
    expect(cleanFileName('com1.tar.gz')).toBe('com1_.tar.gz');
    expect(cleanFileName('Lpt9 .txt')).toBe('Lpt9_.txt');
    expect(cleanFileName('Console.pdf')).toBe('Console.pdf');
  });

  it('gives a name with nothing left the fallback and its extension', () => {
    expect(cleanFileName('\u202E\u202E.pdf')).toBe('attachment.pdf');
    expect(cleanFileName('...')).toBe('attachment');
    expect(cleanFileName('.pdf')).toBe('attachment.pdf');
    expect(cleanFileName('   ', 'document')).toBe('document');
  });

  it('cuts a long name by whole characters, keeping the extension', () => {
    const long = cleanFileName(`${'Appendix '.repeat(40)}.pdf`);
    expect(Array.from(long).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(long).toMatch(/^Appendix Appendix .*\S\.pdf$/);
    const emoji = cleanFileName(`${'😀'.repeat(200)}.png`);
    expect(new TextEncoder().encode(emoji).length).toBeLessThanOrEqual(240);
    expect(emoji).toMatch(/^(😀)+\.png$/u);
  });

  it('leaves a good name, in any script, as it is', () => {
    for (const name of ['Carers’ breaks report.pdf', 'تقرير الرعاية.docx', '会议记录.pdf', 'Résumé – 2025-06.csv', 'O’Brien & Sons (draft 2).docx']) {
      expect(cleanFileName(name), name).toBe(name);
      expect(isCleanFileName(name), name).toBe(true);
    }
  });

  it('tells a clean name from one that would be changed', () => {
    for (const name of ['a/b.pdf', 'x\u202E.pdf', '.pdf', 'CON.pdf', 'name.', '', ' a.pdf']) expect(isCleanFileName(name), name).toBe(false);
  });

  it('reads the extension in lower case, ignoring folders and hidden names', () => {
    expect(extensionOf('/home/clerk/Minutes.PDF')).toBe('pdf');
    expect(extensionOf('C:\\Users\\clerk\\pack.docx')).toBe('docx');
    expect(extensionOf('/home/clerk/.pdf')).toBe('');
    expect(extensionOf('/home/clerk.d/minutes')).toBe('');
  });
});
