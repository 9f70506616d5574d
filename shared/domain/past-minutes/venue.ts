import { titleCase } from './board-name';
import type { Unit } from './unit';

/*
 * The venue: "Venue: Council Chamber, Town Hall", "Place:", "Location:", "held at the Civic Offices on ...",
 * "... at 2.00 pm in Committee Room 1, Riverside House", "held remotely via Microsoft Teams".
 */

const LABEL = /^(?:venue|place|location|where|meeting\s+place|held\s+at|room)\s*(?::|-|–)\s*(.+)$/i;
const HELD =
  /\b(?:held|meeting)\s+(?:at|in)\s+(?!\d)(.+?)(?=\s+on\s+(?:mon|tue|wed|thu|fri|sat|sun|\d)|\s+at\s+\d|,\s*(?:mon|tue|wed|thu|fri|sat|sun)\w*day\b|\s*[.;]\s*$|$)/i;
const AFTER_TIME = /\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?,?\s+(?:at|in)\s+(.+?)(?=\s+on\s+\w+day|[.;]\s*$|$)/i;
const REMOTE = /\b(?:microsoft\s+teams|ms\s+teams|zoom|remotely|virtual(?:ly)?|online)\b/i;
const PLACE_WORDS =
  /\b(?:hall|chamber|room|house|offices?|centre|center|building|library|church|pavilion|teams|zoom|civic|lodge|suite|hub|hospital|school|college|hotel|court|headquarters|hq|depot|barn|institute|museum)\b/i;

// "held at the Civic Offices" loses its "the"; "The Meeting Room" keeps the capital "The" of its name. A meeting
// also held online says so after the place ("… Town Hall and online"): the place is the venue.
const tidy = (text: string): string =>
  text
    .replace(/^the\s+/, '')
    .replace(/,?\s+and\s+(?:online|remotely|virtually|by\s+video(?:\s+link)?|on\s+(?:microsoft\s+)?teams|on\s+zoom)[.\s]*$/i, '')
    .replace(/^[^a-z]*[A-Z]{3}[^a-z]*$/, (caps) => titleCase(caps))
    .replace(/[.,;:\s]+$/, '')
    .trim();

/** The venue among the opening units, and the unit it came from. */
export function venueIn(opening: readonly Unit[]): { readonly value: string; readonly unit: Unit; readonly unsure?: string } | undefined {
  for (const u of opening) {
    const m = LABEL.exec(u.text);
    if (m?.[1]) return { value: tidy(m[1]).slice(0, 300), unit: u };
  }
  for (const u of opening) {
    const held = HELD.exec(u.text) ?? AFTER_TIME.exec(u.text);
    const place = held?.[1]?.trim();
    if (place && (PLACE_WORDS.test(place) || REMOTE.test(place)) && place.length <= 300) return { value: tidy(place), unit: u };
  }
  for (const u of opening) {
    if (u.kind !== 'row' && PLACE_WORDS.test(u.text) && u.text.length <= 120 && /,/.test(u.text) && !/minutes|committee|board/i.test(u.text)) {
      return { value: tidy(u.text), unit: u, unsure: 'Read as the venue because it names a building' };
    }
  }
  return undefined;
}
