import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resourcesDir } from '../../../electron/backend/export/resources';
import type { Meeting } from '../../../shared/model';
import { harness, type Harness } from '../../support/temp-backend';
import { docxPart, libreOfficeToPdf, pdfFonts, pdfInfo, qpdfCheck, readBytes, requireTool, structureRoles } from './tools';

/** Members' names in every script a council's board may have, each as its own person. */
const NAMES = {
  arabic: 'فاطمة الزهراء',
  hebrew: 'דוד כהן',
  chinese: '王小明',
  japanese: '山田太郎',
  korean: '김민준',
  cyrillic: 'Ольга Иванова',
  welsh: 'Siân Llŷr',
  accents: 'Zoë Brontë',
} as const;
/**
 * South Asian and Thai names, members too. Chosen without a vowel sign drawn before its consonant (Hindi ि): that
 * copies out in drawing order, so pdftotext could not give it back as typed.
 */
const INDIC = { hindi: 'राजेश कुमार', punjabi: 'ਹਰਪ੍ਰੀਤ ਕੌਰ', bengali: 'সুমন দাস', gujarati: 'પટેલ', tamil: 'முருகன்', thai: 'สมชาย ใจดี' } as const;
const EMOJI = ['🙂', '👍🏽'] as const;
// Each on one line, with a number: its place shows that the words are laid out in the right order.
const ARABIC_MINUTE = 'وافق المجلس على البند 12 من خطة فاطمة الزهراء.';
const HEBREW_MINUTE = 'הוועדה אישרה את סעיף 7 בדוח של דוד כהן.';
const JAPANESE_MINUTE = '山田太郎さんは報告しました。';

/** Bidi controls that pdftotext wraps right-to-left words in (RLE, PDF, RLM...): not part of the text. */
const withoutBidiControls = (text: string): string => text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
/** pdftotext in its default mode (reading order), which puts the glyphs of right-to-left words back in logical order. */
const readingText = (file: string): string => withoutBidiControls(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
/** pdftotext -raw: words in the order they are drawn on the page, left to right. */
const drawnText = (file: string): string => withoutBidiControls(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));

/**
 * A right-to-left line read back from where its words stand on the page: pdftotext -bbox gives each word's box
 * and its glyphs in drawing order; read from the right, each right-to-left word's glyphs backwards, the line
 * should say what was typed.
 */
function lineReadRightToLeft(file: string, firstWord: string): string {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x: Number(m[1]),
    baseline: Number(m[2]),
    text: m[3] ?? '',
  }));
  const backwards = (text: string): string => [...text].reverse().join('');
  const first = words.find((w) => backwards(w.text) === firstWord);
  if (first === undefined) return '';
  return words
    .filter((w) => Math.abs(w.baseline - first.baseline) < 3)
    .sort((a, b) => b.x - a.x)
    .map((w) => (/[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(w.text) ? backwards(w.text) : w.text))
    .join(' ');
}

/** The run properties (<w:rPr>) of every run of a DOCX whose text contains `text`. */
function runPropertiesOf(xml: string, text: string): string[] {
  return [...xml.matchAll(/<w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)]
    .filter((m) => (m[2] ?? '').includes(text))
    .map((m) => m[1] ?? '');
}

/** A fontconfig set-up that adds the fonts Minute Book ships to the system's, for LibreOffice to fall back on. */
function fontconfigWithShippedFonts(dir: string): string {
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <dir>${path.join(resourcesDir(), 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

/** A board whose members have the names above, and a meeting minuted in English, Arabic, Hebrew and Japanese, signed. */
async function buildMeeting(h: Harness): Promise<Meeting> {
  h.clock.set('2025-05-01T09:00:00.000Z');
  const board = await h.call('boards.create', {
    name: 'Riverside Community Languages Board',
    shortCode: 'RCLB',
    kind: 'co-production-board',
    organisation: 'Riverside Borough Council',
    quorum: 3,
    clerk: { name: 'Michael Reid' },
  });
  const people = [];
  for (const name of [...Object.values(NAMES), ...Object.values(INDIC)]) {
    const person = await h.call('people.create', { name, publicName: name, consentToBeNamed: true, kind: 'voluntary-sector-partner' });
    await h.call('members.add', { boardId: board.id, personId: person.id, role: people.length === 0 ? 'chair' : 'member', termStart: '2025-01-01' });
    people.push(person);
  }
  const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00', venue: 'Committee Room 2' });
  const item = await h.call('agenda.add', {
    meetingId: meeting.id,
    title: `Libraries for ${NAMES.chinese} and ${NAMES.arabic}`,
    purpose: 'decision',
  });
  h.clock.set('2025-06-01T09:00:00.000Z');
  await h.call('meetings.publishAgenda', { id: meeting.id });
  h.clock.set('2025-06-10T14:00:00.000Z');
  await h.call('meetings.hold', { id: meeting.id });
  for (const person of people) await h.call('attendance.set', { meetingId: meeting.id, personId: person.id, status: 'present' });
  await h.call('minutes.save', {
    meetingId: meeting.id,
    itemId: item.id,
    text: [
      `${Object.values(NAMES).join(', ')} welcomed the report ${EMOJI.join(' ')} and asked for books in their languages.`,
      ARABIC_MINUTE,
      HEBREW_MINUTE,
      JAPANESE_MINUTE,
    ].join('\n\n'),
  });
  h.clock.set('2025-06-12T10:00:00.000Z');
  await h.call('minutes.draft', { meetingId: meeting.id });
  await h.call('minutes.circulate', { meetingId: meeting.id });
  const later = await h.call('meetings.create', { boardId: board.id, date: '2025-07-22', startTime: '14:00', venue: 'Committee Room 2' });
  h.clock.set('2025-07-10T09:00:00.000Z');
  await h.call('meetings.publishAgenda', { id: later.id });
  h.clock.set('2025-07-22T15:00:00.000Z');
  const { meeting: signed } = await h.call('minutes.approve', {
    meetingId: meeting.id,
    atMeetingId: later.id,
    signature: { name: NAMES.arabic, personId: people[0]?.id ?? '', signedOn: '2025-07-22' },
  });
  return signed;
}

describe('names and text in any script, in PDF and Word', () => {
  let h: Harness;
  let dir: string;
  const file = (name: string): string => path.join(dir, name);

  beforeAll(async () => {
    for (const tool of ['soffice', 'pdftotext', 'pdffonts', 'pdfinfo', 'qpdf', 'unzip'] as const) requireTool(tool);
    h = harness();
    dir = mkdtempSync(path.join(os.tmpdir(), 'minute-book-scripts-'));
    const meeting = await buildMeeting(h);
    const render = async (name: string, format: 'pdf' | 'docx', archive = false): Promise<void> => {
      const out = await h.call('exports.render', {
        meetingId: meeting.id,
        kind: 'minutes',
        format,
        audience: 'private',
        ...(archive ? { archive } : {}),
      });
      writeFileSync(file(name), h.bytes(out));
    };
    await render('minutes.pdf', 'pdf');
    await render('archive.pdf', 'pdf', true);
    await render('minutes.docx', 'docx');
    // LibreOffice finds the fonts Minute Book ships, as a reader's system would find its own.
    const saved = process.env['FONTCONFIG_FILE'];
    process.env['FONTCONFIG_FILE'] = fontconfigWithShippedFonts(dir);
    try {
      libreOfficeToPdf([file('minutes.docx')], path.join(dir, 'libreoffice'));
    } finally {
      if (saved === undefined) delete process.env['FONTCONFIG_FILE'];
      else process.env['FONTCONFIG_FILE'] = saved;
    }
  }, 300_000);

  afterAll(() => {
    h?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints every name, and the right-to-left minutes, in the order they are read', () => {
    for (const pdf of ['minutes.pdf', 'archive.pdf']) {
      // pdftotext's reading order gives right-to-left words back in logical order only when the PDF draws them
      // right to left: a PDF that drew "فاطمة الزهراء" left to right would read back as "الزهراء فاطمة".
      const text = readingText(file(pdf));
      for (const name of [...Object.values(NAMES), ...Object.values(INDIC), ...EMOJI]) expect(text, `${pdf}: ${name}`).toContain(name);
      expect(text, pdf).toContain(JAPANESE_MINUTE);
    }
  });

  it('lays minutes written in Arabic and Hebrew out right to left, their numbers in place', () => {
    for (const minute of [ARABIC_MINUTE, HEBREW_MINUTE]) expect(lineReadRightToLeft(file('minutes.pdf'), minute.split(' ')[0] ?? '')).toBe(minute);
  });

  it('draws right-to-left names right to left inside a left-to-right line', () => {
    // pdftotext -raw keeps the drawing order, left to right: the last word of a right-to-left name comes first.
    const drawn = drawnText(file('minutes.pdf'));
    // The Arabic and the Hebrew name, with the comma between them, make one right-to-left stretch: drawn from
    // its end, the Hebrew name first.
    expect(drawn).toContain('כהן דוד ,الزهراء فاطمة,');
    expect(drawn).not.toContain(NAMES.arabic);
    // The Latin, Cyrillic and CJK names around them keep their order.
    expect(drawn).toContain(`${NAMES.chinese}, ${NAMES.japanese}, ${NAMES.korean}, ${NAMES.cyrillic}, ${NAMES.welsh}, ${NAMES.accents}`);
  });

  it('embeds a subset of each font it uses: Liberation, the Noto fonts of each script, the CJK subset and Noto Emoji', () => {
    const scripts = ['Arabic', 'Devanagari', 'Gurmukhi', 'Bengali', 'Gujarati', 'Tamil', 'Thai', 'CJKsc'];
    for (const pdf of ['minutes.pdf', 'archive.pdf']) {
      const fonts = pdfFonts(file(pdf));
      const names = fonts.map((f) => f.name);
      for (const font of ['LiberationSans', ...scripts.map((script) => `NotoSans${script}-Regular`), 'NotoEmoji-Regular'])
        expect(
          names.some((n) => n.endsWith(`+${font}`)),
          `${pdf}: ${font} in ${names.join(' ')}`,
        ).toBe(true);
      // Every font embedded, and a subset: pdffonts shows a subset's name after a six-letter tag.
      expect(
        fonts.filter((f) => !f.embedded || !/^[A-Z]{6}\+/.test(f.name)),
        pdf,
      ).toEqual([]);
    }
  });

  it('keeps the PDF tagged, PDF/UA-identified and, for the archive, PDF/A-2', async () => {
    for (const pdf of ['minutes.pdf', 'archive.pdf']) {
      expect(pdfInfo(file(pdf))['Tagged'], pdf).toBe('yes');
      const check = qpdfCheck(file(pdf));
      expect(check.ok, check.output).toBe(true);
      expect(readFileSync(file(pdf), 'latin1'), pdf).toContain('<pdfuaid:part>1</pdfuaid:part>');
      const roles = await structureRoles(readBytes(file(pdf)));
      for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI']) expect(roles, `${pdf}: ${role}`).toContain(role);
    }
    expect(readFileSync(file('archive.pdf'), 'latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
  });

  it('marks Word’s runs with the font slot and direction of their script', () => {
    const xml = docxPart(file('minutes.docx'), 'word/document.xml');
    for (const name of [...Object.values(NAMES), ...Object.values(INDIC), ...EMOJI]) expect(xml, name).toContain(name);
    const props = (text: string): string => runPropertiesOf(xml, text).join('\n');
    // Arabic and Hebrew: right to left, in the complex-script font, with their language.
    expect(props(NAMES.arabic)).toMatch(/<w:rFonts w:cs="Arial"\/>.*<w:rtl\/>.*<w:lang w:bidi="ar-SA"\/>/);
    expect(props(NAMES.hebrew)).toMatch(/<w:rtl\/>.*<w:lang w:bidi="he-IL"\/>/);
    // Chinese, Japanese (with kana) and Korean: the East Asian font slot and language.
    expect(props(NAMES.chinese)).toMatch(/<w:rFonts w:eastAsia="Microsoft YaHei" w:hint="eastAsia"\/>.*<w:lang w:eastAsia="zh-CN"\/>/);
    expect(props('さんは報告しました')).toMatch(/<w:rFonts w:eastAsia="Yu Gothic" w:hint="eastAsia"\/>.*<w:lang w:eastAsia="ja-JP"\/>/);
    expect(props(NAMES.korean)).toMatch(/<w:rFonts w:eastAsia="Malgun Gothic" w:hint="eastAsia"\/>.*<w:lang w:eastAsia="ko-KR"\/>/);
    for (const emoji of EMOJI) expect(props(emoji)).toContain('<w:rFonts w:ascii="Segoe UI Emoji" w:hAnsi="Segoe UI Emoji"/>');
    // Cyrillic and accented Latin need nothing: the house font (Arial) has them.
    for (const name of [NAMES.cyrillic, NAMES.welsh, NAMES.accents]) expect(props(name), name).not.toMatch(/w:rFonts|w:rtl/);
    // The minutes written in Arabic and Hebrew are right-to-left paragraphs; the English one is not.
    const paragraphOf = (text: string): string => xml.split('</w:p>').find((p) => p.includes(text)) ?? '';
    expect(paragraphOf(ARABIC_MINUTE.slice(0, 10))).toMatch(/^<w:p><w:pPr><w:bidi\/>/);
    expect(paragraphOf(HEBREW_MINUTE.slice(0, 10))).toMatch(/<w:pPr><w:bidi\/>/);
    expect(paragraphOf('welcomed the report')).not.toContain('<w:bidi/>');
  });

  it('converts in LibreOffice with every name and emoji intact, drawn with the fonts that have them', () => {
    const pdf = path.join(dir, 'libreoffice', 'minutes.pdf');
    const text = readingText(pdf);
    for (const name of [...Object.values(NAMES), ...EMOJI]) expect(text, name).toContain(name);
    const fonts = pdfFonts(pdf).map((f) => f.name);
    expect(
      fonts.some((n) => /NotoSansCJK/.test(n)),
      fonts.join(' '),
    ).toBe(true);
    expect(
      fonts.some((n) => /NotoEmoji/.test(n)),
      fonts.join(' '),
    ).toBe(true);
  });
});
