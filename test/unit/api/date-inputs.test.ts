import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INPUTS } from '../../../shared/api/inputs';

type Path = readonly (string | number)[];

/** Where a schema takes a date (`format: date` in its JSON Schema), through objects, arrays and unions. */
function datePaths(schema: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (typeof schema !== 'object' || schema === null) return found;
  const node = schema as Record<string, unknown>;
  if (node['format'] === 'date') found.push(path);
  for (const [key, value] of Object.entries((node['properties'] as Record<string, unknown> | undefined) ?? {}))
    datePaths(value, [...path, key], found);
  if (node['items'] !== undefined) datePaths(node['items'], [...path, 0], found);
  for (const key of ['anyOf', 'oneOf', 'allOf']) for (const option of (node[key] as unknown[] | undefined) ?? []) datePaths(option, path, found);
  return found;
}

/** An input holding `value` at `path` and nothing else. */
function holding(path: Path, value: string): unknown {
  return path.reduceRight<unknown>((inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }), value);
}

const DATES = Object.entries(INPUTS).flatMap(([method, schema]) =>
  datePaths(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })).map((path) => ({ method, path })),
);

const issueAt = (method: string, path: Path, value: string): string | undefined => {
  const parsed = INPUTS[method as keyof typeof INPUTS].safeParse(holding(path, value));
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
    (_name, { method, path }) => {
      for (const date of ['0001-01-01', '1899-12-31', '2201-01-01', '9999-12-31'])
        expect(issueAt(method, path, date), date).toBe('Give a date between 1900 and 2200.');
    },
  );

  it.each(DATES.map((d) => [`${d.method} ${d.path.join('.')}`, d] as const))(
    '%s refuses a day the calendar lacks and takes the bounds',
    (_name, { method, path }) => {
      expect(issueAt(method, path, '2025-02-29')).toBe('Give a real date as YYYY-MM-DD, such as 2025-06-10.');
      expect(issueAt(method, path, '10 June 2025')).toBe('Give a real date as YYYY-MM-DD, such as 2025-06-10.');
      for (const date of ['1900-01-01', '2024-02-29', '2200-12-31']) expect(issueAt(method, path, date), date).toBeUndefined();
    },
  );
});
