/**
 * The patterns boards number their minutes and reference their resolutions by: text with fields in braces, such as
 * `{n}.`, `{code}/{yyyy}/{n:03}` or `GBP/{year:compact}/{n:03}`. A field may take a format after a colon: a
 * number's width in digits (`{n:03}` prints 7 as 007), or a municipal year's form (`{year}` 24/25,
 * `{year:long}` 2024/25, `{year:compact}` 2425). A pattern is read once into parts, and a broken one is refused
 * with a sentence that says what is wrong and where, rather than printed wrongly.
 */

/** A field a pattern may use, and the formats it takes. */
export type TemplateField = {
  readonly name: string;
  /** What it prints, for the message that lists the fields. */
  readonly means: string;
  /** A number: takes a width in digits (`{n:03}`). */
  readonly number?: boolean;
  /** The words it takes after a colon, as in `{year:long}`. */
  readonly formats?: readonly string[];
};

export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'field'; readonly name: string; readonly width?: number; readonly format?: string };

export type ParsedTemplate = { readonly ok: true; readonly parts: readonly TemplatePart[] } | { readonly ok: false; readonly problem: string };

const YEAR_FORMATS = ['long', 'compact'] as const;

export const MINUTE_FIELDS: readonly TemplateField[] = [
  { name: 'n', means: 'the minute’s number', number: true },
  { name: 'code', means: 'the board’s short code' },
  { name: 'year', means: 'the municipal year (24/25; {year:long} 2024/25, {year:compact} 2425)', formats: YEAR_FORMATS },
  { name: 'yyyy', means: 'the year of the meeting (2025)' },
  { name: 'yy', means: 'the year of the meeting in two digits (25)' },
];

export const RESOLUTION_FIELDS: readonly TemplateField[] = [
  { name: 'minute', means: 'the minute number as printed' },
  // The minute number by its old name, kept so patterns written before {minute} existed still work.
  { name: 'n', means: 'the minute number as printed' },
  { name: 'r', means: 'the resolution’s place within its minute', number: true },
  ...MINUTE_FIELDS.filter((field) => field.name !== 'n'),
];

const MAX_WIDTH = 6;

function fieldList(fields: readonly TemplateField[]): string {
  return fields.map((field) => `{${field.name}}`).join(', ');
}

function readField(body: string, fields: readonly TemplateField[]): TemplatePart | string {
  const colon = body.indexOf(':');
  const name = (colon === -1 ? body : body.slice(0, colon)).trim();
  const format = colon === -1 ? undefined : body.slice(colon + 1).trim();
  const field = fields.find((f) => f.name === name);
  if (field === undefined) {
    return name === '' ? 'A pair of braces {} has no field in it.' : `{${body}} is not a field this pattern can use: use ${fieldList(fields)}.`;
  }
  if (format === undefined) return { kind: 'field', name };
  if (field.number === true) {
    if (!/^0?\d$/.test(format) || Number(format) < 1 || Number(format) > MAX_WIDTH) {
      return `In {${body}}, say after the colon how many digits the number has, from 1 to ${MAX_WIDTH}: {${name}:03} prints 7 as 007.`;
    }
    return { kind: 'field', name, width: Number(format) };
  }
  if (field.formats?.includes(format) === true) return { kind: 'field', name, format };
  const formats = field.formats ?? [];
  return formats.length === 0
    ? `{${name}} takes nothing after a colon: write {${name}}.`
    : `In {${body}}, the part after the colon must be one of: ${formats.map((f) => `{${name}:${f}}`).join(', ')}.`;
}

/**
 * Reads a pattern into its parts, or says what is wrong with it: an unknown field, a brace left open or closed
 * alone, a width that is not a number of digits, or a pattern without one of the fields it must have
 * (`requiredAnyOf`: the first is the one named in the message).
 */
export function parseTemplate(template: string, fields: readonly TemplateField[], requiredAnyOf: readonly string[]): ParsedTemplate {
  const parts: TemplatePart[] = [];
  let text = '';
  let at = 0;
  while (at < template.length) {
    const char = template.charAt(at);
    if (char === '}') return { ok: false, problem: `The } at character ${at + 1} closes no field: fields are written in pairs of braces, as {n}.` };
    if (char !== '{') {
      text += char;
      at += 1;
      continue;
    }
    const close = template.indexOf('}', at + 1);
    const nextOpen = template.indexOf('{', at + 1);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      return { ok: false, problem: `The { at character ${at + 1} is not closed: fields are written in pairs of braces, as {n}.` };
    }
    const field = readField(template.slice(at + 1, close), fields);
    if (typeof field === 'string') return { ok: false, problem: field };
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
    parts.push(field);
    at = close + 1;
  }
  if (text !== '') parts.push({ kind: 'text', text });
  const [name] = requiredAnyOf;
  if (name !== undefined && !parts.some((part) => part.kind === 'field' && requiredAnyOf.includes(part.name))) {
    const means = fields.find((field) => field.name === name)?.means ?? name;
    return { ok: false, problem: `The pattern must include {${name}} (${means}), for example {code}/{${name}}.` };
  }
  return { ok: true, parts };
}

/** The problem with a pattern, if it has one: what a schema refinement reports. */
export function templateProblem(template: string, fields: readonly TemplateField[], requiredAnyOf: readonly string[]): string | undefined {
  const parsed = parseTemplate(template, fields, requiredAnyOf);
  return parsed.ok ? undefined : parsed.problem;
}

/** The values a pattern's fields print: numbers padded to their width, years in the form asked for. */
export type TemplateValues = {
  readonly numbers: Readonly<Record<string, number>>;
  readonly texts: Readonly<Record<string, string>>;
  /** The municipal year's first calendar year (2024 for 24/25). */
  readonly municipalYear?: number;
};

/** A municipal year as printed: "24/25" by default, "2024/25" long, "2425" compact. */
export function municipalYearText(startYear: number, format?: 'long' | 'compact' | string): string {
  const short = (year: number): string => String(year % 100).padStart(2, '0');
  if (format === 'long') return `${startYear}/${short(startYear + 1)}`;
  if (format === 'compact') return `${short(startYear)}${short(startYear + 1)}`;
  return `${short(startYear)}/${short(startYear + 1)}`;
}

/** Prints parsed parts with their values; a field with no value is printed as written, never as something else. */
export function fillTemplate(parts: readonly TemplatePart[], values: TemplateValues): string {
  return parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (part.name === 'year' && values.municipalYear !== undefined) return municipalYearText(values.municipalYear, part.format);
      const number = values.numbers[part.name];
      if (number !== undefined) return part.width === undefined ? String(number) : String(number).padStart(part.width, '0');
      return values.texts[part.name] ?? `{${part.name}}`;
    })
    .join('');
}
