/*
 * Telling a person's name from a job title or an organisation, as attendance lists run them together:
 * "Dr J Smith – Director of Public Health, NHS Rotherham", "Karen Fuller, Director of Adult Social Care".
 */

/** Titles printed before a name; "Councillors" and "Cllrs" introduce a list of surnames. */
export const TITLE =
  /^(?:(?:County|District|Borough|Town|Parish|City)\s+)?(?:Councillors?|Cllrs?\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Prof(?:essor)?\.?|Rev(?:d|erend)?\.?|Sir|Dame|Lord|Lady|Alderman|Canon|Father)\s+/i;
export const PLURAL_TITLE = /^(?:(?:County|District|Borough|Town|Parish|City)\s+)?(?:Councillors|Cllrs\.?)\s+/i;

// Words that make a piece a job or a body rather than a name.
const NOT_NAME_WORDS = new Set(
  (
    'director officer manager head lead chief executive clerk assistant adviser advisor consultant coordinator co-ordinator representative ' +
    'secretary treasurer solicitor lawyer governance democratic services service health council nhs trust board committee team ' +
    'commissioner commissioning strategy engineer planner planning policy partnership support finance legal chair chairman ' +
    'chairwoman chairperson vice co-chair member members cabinet portfolio holder mayor specialist analyst worker nurse practitioner ' +
    'gp deputy senior principal interim acting healthwatch care social public community voluntary university ltd limited association ' +
    'police fire ccg icb ics group forum network carer carers expert experts experience observer minutes taker scrutiny licensing ' +
    'environmental housing education children adult adults partner partners governor trustee trustees applicant objector agent ' +
    'resident residents officers mbc borough county district city metropolitan the of for and to in at from with none nil apologies present absent attendance'
  ).split(/\s+/),
);

// Words that make a piece an organisation rather than a job.
const ORGANISATION =
  /\b(?:council|nhs|trust|icb|ccg|healthwatch|university|ltd|limited|association|police|fire|partnership|foundation|charity|cic|hospice|college|school|network|forum|society|federation|alliance|sobus|mind|age uk|authority|commission|department|inc|plc|llp|housing association|cvs|voluntary action|mbc|borough|metropolitan)\b/i;
const JOB_HEAD =
  /\b(?:leader|director|officer|manager|head|lead|chief|executive|clerk|assistant|advis[eo]r|consultant|co-?ordinator|representative|secretary|treasurer|solicitor|chair|member|portfolio|specialist|analyst|worker|nurse|practitioner|governor|trustee|engineer|planner|commissioner)\b/i;

const NAME_TOKEN = /^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.?|de|van|von|der|den|da|di|du|le|la|al|bin|ibn|el)$/u;

/** The piece without a title in front, and the title (as printed) if there was one. */
export function splitTitle(piece: string): { readonly title?: string; readonly rest: string } {
  const m = TITLE.exec(piece);
  return m ? { title: m[0].trim(), rest: piece.slice(m[0].length).trim() } : { rest: piece.trim() };
}

/**
 * Whether a piece reads as a person's name: up to five capitalised words (initials allowed), none of them a job or
 * body word. A single word counts only with a title ("Cllr Jones") or where a list's title covers it.
 */
const HONOURS = /(?:\s+(?:OBE|MBE|CBE|BEM|JP|DL|KC|QC|MP|MEP|FRCP|FRCGP|FRCS|PhD|MBA|MA|MSc|BSc|RN|RGN))+$/;

export function isNameLike(piece: string, titleCovers = false): boolean {
  const { title, rest: withHonours } = splitTitle(piece);
  // Letters after a name ("Jane Hanna OBE") are not part of telling it from a job.
  const rest = withHonours.replace(HONOURS, '');
  const tokens = rest.split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > 5) return false;
  if (tokens.length === 1 && title === undefined && !titleCovers) return false;
  if (!tokens.every((t) => NAME_TOKEN.test(t))) return false;
  if (!/^[\p{Lu}]/u.test(tokens[0] ?? '')) return false;
  // An acronym ("MBC", "CCG") is a body, unless the whole piece is in capitals.
  const caps = rest === rest.toUpperCase();
  if (!caps && tokens.some((t) => /^[A-Z]{3,}$/.test(t))) return false;
  return !tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase().replace(/[.,]$/, '')));
}

/** Whether a piece names an organisation ("NHS Rotherham", "Healthwatch") rather than a job. */
export const isOrganisation = (piece: string): boolean => ORGANISATION.test(piece) && !JOB_HEAD.test(piece);

/** A name compared loosely: lower case, titles, dots and extra spaces gone. */
export const nameKey = (name: string): string =>
  splitTitle(name.replace(/\([^)]*\)/g, ''))
    .rest.toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
