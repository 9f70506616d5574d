/*
 * Where a decision opens: "RESOLVED:", "Resolved:-", "RESOLVED – That", "RESOLVED that", "The Committee AGREED",
 * "It was RESOLVED that", "RECOMMENDED to Council:", "NOTED", "DEFERRED", "The motion was LOST". The verb counts
 * in capitals anywhere after a short lead-in, and in title case ("Resolved:") only at the start and followed by a
 * colon, a dash or "that", so narrative ("the Board agreed to meet again") is not read as a decision.
 */

/** The verbs read as opening a decision, printed in capitals. */
export const DECISION_VERBS = [
  'RESOLVED',
  'AGREED',
  'ORDERED',
  'NOTED',
  'RECOMMENDED',
  'DEFERRED',
  'LOST',
  'CONFIRMED',
  'ELECTED',
  'APPOINTED',
  'APPROVED',
  'DECIDED',
  'ENDORSED',
  'ADOPTED',
] as const;

export type DecisionOpening = {
  readonly verb: string;
  readonly leadIn?: string;
  readonly recommendedTo?: string;
  /** The words after the verb and its colon or dash, on the same line. */
  readonly rest: string;
};

const VERB_GROUP = DECISION_VERBS.join('|');
const SEPARATOR = String.raw`\s*(?::\s*-|:\s*–|:|–|—|-)\s*`;
// A lead-in is a few words with no full stop: "The Committee", "It was", "After discussion, it was unanimously".
const CAPITALS = new RegExp(String.raw`^(?<lead>[A-Z][\w’',-]*(?:\s+[\w’',-]+){0,7}\s+)?(?<verb>${VERB_GROUP})\b(?<after>.*)$`);
const TITLE_CASE = new RegExp(
  String.raw`^(?<lead>It\s+was\s+(?:unanimously\s+)?)?(?<verb>Resolved|Agreed|Ordered|Recommended|Noted|Decided)(?<after>(?:${SEPARATOR}|\s+that\b|\s+to\s+[A-Z]).*)$`,
);
const RECOMMENDED_TO = /^\s+to\s+(?<to>(?:the\s+)?(?:Full\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})(?=\s*(?::|–|—|-|that\b|$|\s))/;

// "The budget monitoring report was NOTED.": a sentence whose last words are the verb, kept whole as the part.
const TRAILING = new RegExp(
  String.raw`^(?<subject>[A-Z(](?:[^.;]|\.\d){2,300}?)\s+(?:was|were|is|are|be|been|being)\s+(?:duly\s+|unanimously\s+|formally\s+)?(?<verb>${VERB_GROUP})(?:\s+(?:as\s+[^.]+|by\s+[^.]+|unanimously|accordingly))?\.?$`,
);

/** The decision a line opens, if it opens one. */
export function decisionOpening(text: string): DecisionOpening | undefined {
  const m = CAPITALS.exec(text) ?? TITLE_CASE.exec(text);
  const verbText = m?.groups?.verb;
  if (!m || !verbText) {
    const trailing = TRAILING.exec(text);
    const verb = trailing?.groups?.verb;
    return verb ? { verb, rest: text.trim() } : undefined;
  }
  const lead = (m.groups?.lead ?? '').trim();
  // A lead-in is prose before the verb, not the end of a sentence about something else.
  if (lead !== '' && (/[.;:]/.test(lead) || lead.split(/\s+/).length > 8)) return undefined;
  let after = m.groups?.after ?? '';
  let recommendedTo: string | undefined;
  const verb = verbText.toUpperCase();
  if (verb === 'RECOMMENDED') {
    const to = RECOMMENDED_TO.exec(after);
    if (to?.groups?.to) {
      recommendedTo = to.groups.to.replace(/^the\s+/i, '');
      after = after.slice(to[0].length);
    }
  }
  // "RESOLVED (unanimously) –", "RESOLVED (6 for, 3 against) that": the vote belongs to the motion, not the words.
  after = after.replace(/^\s*\((?:[^)]*\b(?:unanimous(?:ly)?|for|against|abstain\w*|nem\.?\s*con\.?)\b[^)]*)\)/i, '');
  const separated = new RegExp(`^${SEPARATOR}`).exec(after);
  if (separated) after = after.slice(separated[0].length);
  // "The minutes were APPROVED as an accurate record": the subject is part of what was decided, so the sentence is
  // kept whole; "It was RESOLVED that" is only a lead-in.
  if (/\b(?:was|were|be|been|is|are)$/i.test(lead) && !/^(?:(?:and|after\s+\w+(?:\s+\w+)?,?)\s+)?it\s+was$/i.test(lead)) {
    return { verb, rest: text.trim() };
  }
  const rest = after.trim();
  // With a lead-in and nothing but a full stop after it, "the motion was LOST." is a decision; "which was NOTED by
  // officers" (lower-case words running on) is not.
  if (
    lead === '' &&
    !separated &&
    rest !== '' &&
    verbText === verb &&
    /^[a-z]/.test(rest) &&
    !/^(?:that|to|unanimously|as|by|on|with)\b/.test(rest)
  ) {
    return undefined;
  }
  return { verb, ...(lead !== '' ? { leadIn: lead } : {}), ...(recommendedTo ? { recommendedTo } : {}), rest };
}
