import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../../support/temp-backend';

const FIXTURE = path.resolve(import.meta.dirname, '../../../fixtures/v3-store');
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

/** A format-3 bundle, as `minute-book export-data` wrote it: the fixture's core and meeting files as one document. */
function v3Bundle(): Record<string, unknown> {
  const core = readJson(path.join(FIXTURE, 'minute-book.json'));
  const bundle: Record<string, unknown[]> = {};
  for (const [key, value] of Object.entries(core)) if (Array.isArray(value)) bundle[key] = [...(value as unknown[])];
  for (const name of fs.readdirSync(path.join(FIXTURE, 'meetings'))) {
    for (const [key, value] of Object.entries(readJson(path.join(FIXTURE, 'meetings', name)))) {
      if (Array.isArray(value)) bundle[key] = [...(bundle[key] ?? []), ...(value as unknown[])];
    }
  }
  return { schemaVersion: 3, ...bundle };
}

let h: Harness;
beforeEach(() => {
  h = harness();
  h.clock.set('2026-12-07T09:00:00.000Z');
});
afterEach(() => h.dispose());

describe('importing a format-3 bundle', () => {
  it('migrates it: every action arrives with its due date as due', async () => {
    const bundle = v3Bundle();
    const old = bundle['actions'] as { id: string; dueDate?: string }[];
    await h.call('data.import', { bundle });
    const now = await h.call('data.export', {});
    expect(now.actions.map((a) => a.id).sort()).toEqual(old.map((a) => a.id).sort());
    for (const action of old) {
      const imported = now.actions.find((a) => a.id === action.id);
      expect(imported?.due).toEqual(action.dueDate === undefined ? undefined : { kind: 'date', date: action.dueDate });
    }
  });

  it('refuses a format-4 action whose due is not a known kind, naming the field', async () => {
    const exported = await h.call('data.export', {});
    const refusal = await h.refusal('data.import', { bundle: { ...exported, actions: [{ due: { kind: 'soon' } }] } });
    expect(refusal.code).toBe('invalid_input');
    expect(JSON.stringify(refusal)).toContain('actions.0.due.kind');
  });
});
