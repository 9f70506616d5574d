import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../../shared/api';
import { CHECKED_ELSEWHERE, REFERENCE_RULES, pathText, valuesAt, type Path } from '../../../../shared/domain/integrity';
import { COLLECTION_NAMES, type Bundle } from '../../../../shared/model';
import { openDemoStore } from '../../../faults/fuzz/demo-store';
import { harness, type Harness } from '../../../support/temp-backend';

/** Where a reference can be planted: every place in the demo where one record names another, grouped by rule. */
function referenceSites(bundle: Bundle): Map<string, Path[]> {
  const sites = new Map<string, Path[]>();
  for (const collection of COLLECTION_NAMES) {
    const patterns = [...REFERENCE_RULES[collection].map((rule) => rule.path), ...(CHECKED_ELSEWHERE[collection] ?? [])];
    bundle[collection].forEach((record, i) => {
      for (const pattern of patterns) {
        const found = valuesAt(record, pattern, [collection, i]).filter(({ value }) => typeof value === 'string');
        if (found.length > 0) sites.set(`${collection}:${pattern}`, [...(sites.get(`${collection}:${pattern}`) ?? []), ...found.map((f) => f.path)]);
      }
    });
  }
  return sites;
}

function plant(bundle: Bundle, at: Path, id: string): Bundle {
  const copy = structuredClone(bundle) as unknown as Record<string | number, unknown>;
  let holder: Record<string | number, unknown> = copy;
  for (const part of at.slice(0, -1)) holder = holder[part] as Record<string | number, unknown>;
  holder[at.at(-1) ?? ''] = id;
  return copy as unknown as Bundle;
}

const storeContent = async (h: Harness): Promise<string> => JSON.stringify({ ...(await h.call('data.export', {})), exportedAt: undefined });

describe('a bundle with one reference to nothing planted in it', () => {
  let demo: Bundle;
  let target: Harness;
  const work = mkdtempSync(path.join(os.tmpdir(), 'minute-book-planted-'));

  beforeAll(async () => {
    const { backend } = await openDemoStore(path.join(work, 'demo'));
    demo = backend.repository.exportBundle();
    backend.close();
    target = harness(path.join(work, 'target'));
    await target.call('boards.create', { name: 'Riverside Carers Board', shortCode: 'RCB', kind: 'partnership-board', quorum: 3 });
  });

  afterAll(() => {
    target.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it('imports whole and sound as exported, so each refusal below is the planted reference alone', async () => {
    const fresh = harness(path.join(work, 'fresh'));
    try {
      const summary = await fresh.call('data.import', { bundle: demo });
      expect(summary.counts['resolutions']).toBe(demo.resolutions.length);
    } finally {
      fresh.dispose();
    }
  });

  it('is refused, naming the planted path, with the store unchanged, for 1,000 plantings across every kind of reference', async () => {
    const sites = referenceSites(demo);
    const kinds = [...sites.keys()].sort();
    expect(kinds.length).toBeGreaterThan(30);
    const before = await storeContent(target);
    const planted = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.nat(kinds.length - 1), fc.nat(), fc.uuid(), async (kind, which, id) => {
        const places = sites.get(kinds[kind] ?? '') ?? [];
        const at = places[which % places.length] ?? [];
        planted.add(kinds[kind] ?? '');
        const refusal = (await target.refusal('data.import', { bundle: plant(demo, at, `planted-${id}`) })) as ApiError;
        expect(refusal.code, refusal.message).toBe('invalid_input');
        // One problem comes as the refusal's own path; several, as its issues.
        expect(refusal.issues?.map((issue) => issue.path) ?? [refusal.path], refusal.message).toContain(pathText(at));
      }),
      { numRuns: 1000, seed: 15_2026 },
    );
    expect(planted.size).toBe(kinds.length);
    expect(await storeContent(target)).toBe(before);
  });
});

describe('a bundle with a field the data format does not know', () => {
  it('is refused, naming every such field at its path, and nothing is imported', async () => {
    const h = harness();
    try {
      await h.call('boards.create', { name: 'Carers Board', shortCode: 'CB', kind: 'committee', quorum: 3 });
      const exported = await h.call('data.export', {});
      const [board] = exported.boards;
      if (board === undefined) throw new Error('The board was not exported');
      const copy = { ...board, id: 'b-2', shortCode: 'CB2', colour: 'blue', municipalYearStart: { ...board.municipalYearStart, weekday: 'Monday' } };
      const refusal = (await h.refusal('data.import', { bundle: { schemaVersion: exported.schemaVersion, boards: [copy] } })) as ApiError;
      expect(refusal.code).toBe('invalid_input');
      expect(refusal.message).toContain('Nothing was imported');
      expect(refusal.issues?.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
        'boards.0.municipalYearStart.weekday: There is no field "weekday" here in the data format.',
        'boards.0.colour: There is no field "colour" here in the data format.',
      ]);
      expect((await h.call('data.export', {})).boards.map((b) => b.name)).toEqual(['Carers Board']);
    } finally {
      h.dispose();
    }
  });
});
