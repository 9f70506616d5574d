import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INPUTS } from '../../../shared/api/inputs';

type Path = readonly (string | number)[];

/**
 * A date's path, with the fixed values (`const`) of the objects on the way to it: the `kind` that picks the option
 * of a discriminated union (an action's `due: { kind: 'date', date }`).
 */
type DatePath = { readonly path: Path; readonly consts: readonly (readonly [Path, unknown])[] };

/** Where a schema takes a date (`format: date` in its JSON Schema), through objects, arrays and unions. */
function datePaths(schema: unknown, path: Path = [], found: DatePath[] = [], consts: DatePath['consts'] = []): DatePath[] {
  if (typeof schema !== 'object' || schema === null) return found;
  const node = schema as Record<string, unknown>;
  if (node['format'] === 'date') found.push({ path, consts });
  const properties = Object.entries((node['properties'] as Record<string, unknown> | undefined) ?? {});
  const fixed = properties.flatMap(([key, value]) =>
    typeof value === 'object' && value !== null && 'const' in value ? [[[...path, key], (value as { const: unknown }).const] as const] : [],
  );
  for (const [key, value] of properties) datePaths(value, [...path, key], found, [...consts, ...fixed]);
  if (node['items'] !== undefined) datePaths(node['items'], [...path, 0], found, consts);
  for (const key of ['anyOf', 'oneOf', 'allOf'])
    for (const option of (node[key] as unknown[] | undefined) ?? []) datePaths(option, path, found, consts);
  return found;
}

/** An input holding `value` at `path`, and the fixed values on the way to it, and nothing else. */
function holding({ path, consts }: DatePath, value: string): unknown {
  const root: Record<string, unknown> = {};
  const put = (at: Path, leaf: unknown): void => {
    let node: Record<string | number, unknown> = root;
    at.forEach((key, index) => {
      if (index === at.length - 1) node[key] = leaf;
      else {
        node[key] ??= typeof at[index + 1] === 'number' ? [] : {};
        node = node[key] as Record<string | number, unknown>;
      }
    });
  };
  for (const [at, leaf] of consts) put(at, leaf);
  put(path, value);
  return root;
}

const DATES = Object.entries(INPUTS).flatMap(([method, schema]) =>
  datePaths(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })).map((date) => ({ method, ...date })),
);

const issueAt = (method: string, date: DatePath, value: string): string | undefined => {
  const { path } = date;
  const parsed = INPUTS[method as keyof typeof INPUTS].safeParse(holding(date, value));
  return parsed.success ? undefined : parsed.error.issues.find((i) => i.path.join('.') === path.join('.'))?.message;
};

describe('every date a method takes', () => {
  it('is found in the contract, reports and nested records included', () => {
    const methods = new Set(DATES.map((d) => d.method));
    for (const method of [
      'participation.report',
      'diversity.report',
      'meetings.create',
      'members.add',
      'minutes.approve',
      'people.create',
      'reward.claims.create',
      'youSaid.create',
      'reports.render',
    ]) {
      expect(methods, method).toContain(method);
    }
    expect(DATES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(DATES.map((d) => [`${d.method} ${d.path.join('.')}`, d] as const))(
    '%s refuses years before 1900 and after 2200',
    (_name, { method, ...at }) => {
      for (const date of ['0001-01-01', '1899-12-31', '2201-01-01', '9999-12-31'])
        expect(issueAt(method, at, date), date).toBe('Give a date between 1900 and 2200.');
    },
  );

  it.each(DATES.map((d) => [`${d.method} ${d.path.join('.')}`, d] as const))(
    '%s refuses a day the calendar lacks and takes the bounds',
    (_name, { method, ...at }) => {
      expect(issueAt(method, at, '2025-02-29')).toBe('Give a real date as YYYY-MM-DD, such as 2025-06-10.');
      expect(issueAt(method, at, '10 June 2025')).toBe('Give a real date as YYYY-MM-DD, such as 2025-06-10.');
      for (const date of ['1900-01-01', '2024-02-29', '2200-12-31']) expect(issueAt(method, at, date), date).toBeUndefined();
    },
  );
});
