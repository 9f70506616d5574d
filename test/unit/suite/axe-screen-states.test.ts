import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const E2E = path.resolve(import.meta.dirname, '../../e2e');
const CHECK = /expectNoAxeViolations\(\s*[\w.]+,\s*(['`"])((?:(?!\1).)+)\1\s*\)/g;

/** Every `expectNoAxeViolations(page, 'name')` in the end-to-end tests, with the file it is in. */
function axeChecks(): { readonly file: string; readonly screen: string }[] {
  return readdirSync(E2E, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .flatMap((file) => [...readFileSync(path.join(E2E, file), 'utf8').matchAll(CHECK)].map((match) => ({ file, screen: match[2] ?? '' })));
}

describe('accessibility checks in the end-to-end tests', () => {
  it('name each screen state checked, and check each one once across every file', () => {
    const checks = axeChecks();
    expect(checks.length).toBeGreaterThan(50);
    const seen = new Map<string, string>();
    const twice = checks.filter(({ file, screen }) => {
      const first = seen.get(screen);
      seen.set(screen, first ?? file);
      return first !== undefined;
    });
    expect(twice.map(({ file, screen }) => `${screen} (${file} and ${seen.get(screen) ?? ''})`)).toEqual([]);
  });

  it('are all written so that the check above can read their names', () => {
    const calls = readdirSync(E2E, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.test.ts'))
      .reduce((count, file) => count + (readFileSync(path.join(E2E, file), 'utf8').match(/expectNoAxeViolations\(/g)?.length ?? 0), 0);
    expect(calls).toBe(axeChecks().length);
  });
});
