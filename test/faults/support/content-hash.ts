import { createHash } from 'node:crypto';
import type { Bundle } from '../../../shared/model';

/** JSON with every object's keys sorted, so equal content gives equal text whatever order fields were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

/** Everything a store holds, as one bundle without its export time: two stores with equal content match. */
export function storeContent(bundle: Bundle): string {
  const { exportedAt: _exportedAt, ...content } = bundle;
  return canonicalJson(content);
}

/** A short fingerprint of a store's whole content (records and attachment bytes). */
export const contentHash = (bundle: Bundle): string => createHash('sha256').update(storeContent(bundle)).digest('hex').slice(0, 16);
