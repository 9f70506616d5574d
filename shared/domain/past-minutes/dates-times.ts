import type { SourceLines } from '../../model/past-minutes';
import type { Unit } from './unit';

/*
 * Dates and times as British minutes print them: "Thursday, 12 March 2015", "12th March, 2015", "12/03/2015",
 * "2.00 pm", "2pm", "14:00", "The meeting commenced at 2.03 pm", "The meeting closed at 4.05 pm".
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH_WORD}\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_YEAR = new RegExp(`\\b${MONTH_WORD}\\.?,?\\s+(\\d{4})\\b`, 'i');

const pad = (n: number): string => String(n).padStart(2, '0');

const monthNumber = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

function isoIfReal(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export type FoundText<T> = { readonly value: T; readonly index: number; readonly length: number };

/** The first calendar date in the text, as `YYYY-MM-DD`, with where it stood. Day first, as British dates are. */
export function findDate(text: string): FoundText<string> | undefined {
  const candidates: FoundText<string>[] = [];
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const iso = isoIfReal(Number(dmy[3]), monthNumber(dmy[2] ?? ''), Number(dmy[1]));
    if (iso) candidates.push({ value: iso, index: dmy.index, length: dmy[0].length });
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const iso = isoIfReal(Number(mdy[3]), monthNumber(mdy[1] ?? ''), Number(mdy[2]));
    if (iso) candidates.push({ value: iso, index: mdy.index, length: mdy[0].length });
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const yearText = numeric[3] ?? '';
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    const iso = isoIfReal(year, Number(numeric[2]), Number(numeric[1]));
    if (iso) candidates.push({ value: iso, index: numeric.index, length: numeric[0].length });
  }
  const iso = ISO.exec(text);
  if (iso) {
    const value = isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (value) candidates.push({ value, index: iso.index, length: iso[0].length });
  }
  return candidates.sort((a, b) => a.index - b.index)[0];
}

/** A month without a day ("March 2015"), as `YYYY-MM`: how action logs often give a due date. */
export function findMonth(text: string): string | undefined {
  const m = MONTH_YEAR.exec(text);
  if (!m) return undefined;
  const month = monthNumber(m[1] ?? '');
  return month > 0 ? `${m[2]}-${pad(month)}` : undefined;
}

// "2.00 pm", "2pm", "2.00p.m.", "10 a.m.", "14:00", "14.00", "noon". The 24-hour form needs two digits after a
// colon or point so "item 4.1" is not read as a time; the 12-hour form needs am or pm.
const TIME =
  /(?<![\d./])\b(?:(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?|([01]?\d|2[0-3])[:.]([0-5]\d)(?![.:/]\d)(?:\s*(?:hrs|hours|h))?\b|(12 ?noon|noon|midday))/gi;

/** Every clock time in the text, as `HH:MM`, with where each stood. */
export function findTimes(text: string): FoundText<string>[] {
  const found: FoundText<string>[] = [];
  for (const m of text.matchAll(TIME)) {
    const index = m.index ?? 0;
    let value: string | undefined;
    if (m[6]) value = '12:00';
    else if (m[3]) {
      const hour = Number(m[1]);
      const minute = Number(m[2] ?? '0');
      if (hour >= 1 && hour <= 12 && minute < 60) value = `${pad((hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0))}:${pad(minute)}`;
    } else if (m[4] !== undefined) {
      // A 24-hour time written with a point ("14.00") is also how paragraph numbers look ("4.10"): only hours
      // a meeting would keep (07 to 23) count, and a colon always does.
      const hour = Number(m[4]);
      if (m[0].includes(':') || hour >= 7) value = `${pad(hour)}:${m[5] ?? '00'}`;
    }
    if (value) found.push({ value, index, length: m[0].length });
  }
  return found;
}

const START_WORDS = /\b(?:commenced|started|began|opened|start(?:ed)?\s+time|start)\b[^.]{0,20}?$/i;
const END_WORDS = /\b(?:closed|ended|finished|concluded|terminated|rose|close|end(?:ed)?|finish)\b[^.]{0,20}?$/i;

export type MeetingTimes = {
  readonly date?: { value: string; lines: SourceLines; unsure?: string };
  readonly startTime?: { value: string; lines: SourceLines; unsure?: string };
  readonly endTime?: { value: string; lines: SourceLines; unsure?: string };
};

/**
 * The meeting's date and times. The date is the first in the opening units (the heading or a "Date:" line); the
 * start is a time said to start the meeting ("commenced at"), else the first time in the opening units; the end
 * is a time said to close it anywhere ("The meeting closed at 4.05 pm"), else the second of a range ("2.00 pm –
 * 4.15 pm") at the top.
 */
export function meetingTimes(opening: readonly Unit[], all: readonly Unit[]): MeetingTimes {
  let date: MeetingTimes['date'];
  let scheduled: MeetingTimes['startTime'];
  let rangeEnd: MeetingTimes['endTime'];
  for (const u of opening) {
    if (!date) {
      const d = findDate(u.text);
      if (d) date = { value: d.value, lines: u.lines };
    }
    const times = findTimes(u.text);
    const first = times[0];
    if (!scheduled && first) {
      scheduled = { value: first.value, lines: u.lines };
      const second = times[1];
      const between = second ? u.text.slice(first.index + first.length, second.index) : '';
      if (second && /^\s*(?:-|–|—|to|until|till)\s*$/i.test(between)) rangeEnd = { value: second.value, lines: u.lines };
    }
  }
  let started: MeetingTimes['startTime'];
  let closed: MeetingTimes['endTime'];
  for (const u of all) {
    for (const t of findTimes(u.text)) {
      const before = u.text.slice(Math.max(0, t.index - 60), t.index);
      if (!started && START_WORDS.test(before) && /meeting|commenced|began|started/i.test(before)) started = { value: t.value, lines: u.lines };
      if (END_WORDS.test(before) && /meeting|closed|ended|finished|concluded|rose/i.test(before)) closed = { value: t.value, lines: u.lines };
    }
  }
  const startTime = started ?? scheduled;
  const endTime = closed ?? rangeEnd;
  return {
    ...(date ? { date } : {}),
    ...(startTime ? { startTime } : {}),
    ...(endTime && (!startTime || endTime.value > startTime.value) ? { endTime } : {}),
  };
}
