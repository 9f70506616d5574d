import { attendanceLabel } from './attendance-sections';
import { decisionOpening } from './decision-opening';
import type { Unit } from './unit';

/*
 * An item's heading and its numbers: "4. Title", "4.1 Title", "23. TITLE IN CAPITALS", "HWB12/24 Title", "Minute
 * 23/045 Title", "BOD 12/19(c) Title", "112 Title (Agenda item 4)", Word numbering on a bold line. A plain number
 * is the agenda's; a reference with a slash or a "Minute" label is the minute's own. Where both are printed the
 * leading one is the minute's and the bracketed "(Agenda item 4)" the agenda's.
 */

export type ItemHeading = {
  readonly number?: string;
  readonly minuteNumber?: string;
  readonly title: string;
};

const MINUTE_LABEL = /^Minute\s+(?:No\.?\s*)?([A-Z]{0,6}\s?\d{1,4}(?:[/.]\d{1,4}){0,2}(?:\s?\([a-z0-9]{1,3}\))?)\s*[.:–—-]?\s+(.+)$/i;
const REFERENCE =
  /^([A-Z]{1,6}\s?\d{1,4}\/\d{1,4}(?:\/\d{1,4})?(?:\s?\([a-z0-9]{1,3}\))?|\d{1,4}\/\d{2,4}(?:\s?\([a-z0-9]{1,3}\))?|[A-Z]{2,6}\/\d{2,4}\/\d{1,4}|[A-Z]{1,6}\/\d{1,4}(?:\s?\([a-z0-9]{1,3}\))?)\s*[.:–—-]?\s+(.+)$/;
const PLAIN = /^(?:(?:Agenda\s+)?Item\s+(?:No\.?\s*)?)?(\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?|\d{1,3}\s?\([a-z0-9]{1,3}\))[.):]?\s+(.+)$/i;
const AGENDA_SUFFIX = /\s*[([]?\s*(?:[-–—]\s*)?(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*[)\]]?\s*$/i;

const isCaps = (text: string): boolean => text === text.toUpperCase() && /[A-Z]{3}/.test(text);

/** Whether words after a number read as a title rather than the start of a numbered paragraph. */
function titleWords(rest: string, strong: boolean): boolean {
  if (!/^[\p{Lu}"“‘'(0-9]/u.test(rest)) return false;
  if (/^(?:Members?\s+(?:were|was|asked|noted|agreed)|Councillors?\s+\w+\s+(?:said|asked))/.test(rest)) return false;
  const words = rest.split(/\s+/).length;
  if (strong) return words <= 30;
  if (isCaps(rest)) return words <= 20;
  return words <= 14 && rest.length <= 140 && !/[.;,]$/.test(rest);
}

function withAgendaSuffix(heading: { number?: string; minuteNumber?: string; title: string }): ItemHeading {
  const suffix = AGENDA_SUFFIX.exec(heading.title);
  if (!suffix?.[1] || suffix.index === 0) return heading;
  const title = heading.title.slice(0, suffix.index).replace(/[\s:–—-]+$/, '');
  const minuteNumber = heading.minuteNumber ?? heading.number;
  return { ...(minuteNumber ? { minuteNumber } : {}), number: suffix[1], title };
}

/** The item heading a unit is, if it is one with a number. */
export function numberedHeading(u: Unit): ItemHeading | undefined {
  if (u.kind === 'row') return undefined;
  const strong = u.kind === 'heading' || u.bold === true;
  const text = u.text.replace(/\s*[:.]\s*$/, (m) => (isCaps(u.text) || strong ? '' : m));
  if (decisionOpening(text) || attendanceLabel(text)) return undefined;
  const marker = u.listMarker?.replace(/[()\s]/g, '');
  if (marker !== undefined && /^\d{1,3}(?:\.\d{1,2})*\.?$/.test(marker) && strong && titleWords(text, true)) {
    return withAgendaSuffix({ number: marker.replace(/\.$/, ''), title: text });
  }
  if (u.listMarker !== undefined) return undefined;
  const minute = MINUTE_LABEL.exec(text);
  if (minute?.[1] && minute[2] && titleWords(minute[2], true)) return withAgendaSuffix({ minuteNumber: minute[1].trim(), title: minute[2].trim() });
  const reference = REFERENCE.exec(text);
  if (reference?.[1] && reference[2] && titleWords(reference[2], strong))
    return withAgendaSuffix({ minuteNumber: reference[1].trim(), title: reference[2].trim() });
  const plain = PLAIN.exec(text);
  if (plain?.[1] && plain[2] && titleWords(plain[2], strong) && Number.parseInt(plain[1], 10) < 1900) {
    return withAgendaSuffix({ number: plain[1].replace(/\s+/g, ''), title: plain[2].trim() });
  }
  return undefined;
}

/** "Agenda item" standing alone, or "Agenda item 4": Modern.gov's line before an item's title. */
export function agendaItemLabel(text: string): { readonly number?: string } | undefined {
  const m = /^Agenda\s+item(?:\s+(?:no\.?\s*)?(\d{1,3}(?:\.\d{1,2})?[a-z]?))?\s*[.:]?$/i.exec(text.trim());
  if (!m) return undefined;
  return m[1] ? { number: m[1] } : {};
}

/** "Minutes:" standing alone: Modern.gov's line between an item's agenda text and its minute. */
export const isMinutesLabel = (text: string): boolean => /^minutes?\s*:?-?$/i.test(text.trim());

/** An unnumbered title, for minutes that number nothing: a heading, or a short bold line that is not a sentence. */
export function unnumberedHeading(u: Unit): ItemHeading | undefined {
  if (u.kind === 'row' || u.listMarker !== undefined) return undefined;
  if (!(u.kind === 'heading' || u.bold === true)) return undefined;
  const text = u.text.replace(/\s*:$/, '');
  if (decisionOpening(text) || attendanceLabel(text) || isMinutesLabel(text) || agendaItemLabel(text)) return undefined;
  if (!titleWords(text, true) || /[.]$/.test(text)) return undefined;
  return { title: text };
}
