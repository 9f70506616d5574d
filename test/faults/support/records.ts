import type { Bundle } from '../../../shared/model';
import { canonicalJson } from './content-hash';

/** Records of `before` that `after` lacks or holds with other contents, as `collection/id`; and attachment bytes likewise. */
export function recordsLost(before: Bundle, after: Bundle): string[] {
  const lost: string[] = [];
  for (const [collection, records] of Object.entries(before)) {
    if (!Array.isArray(records)) continue;
    const now = new Map<string, string>();
    const list: unknown = after[collection as keyof Bundle];
    if (Array.isArray(list)) for (const record of list as { id: string }[]) now.set(record.id, canonicalJson(record));
    for (const record of records as { id: string }[]) {
      if (now.get(record.id) !== canonicalJson(record)) lost.push(`${collection}/${record.id}`);
    }
  }
  for (const [sha256, data] of Object.entries(before.attachmentData ?? {})) {
    if (after.attachmentData?.[sha256] !== data) lost.push(`attachment bytes ${sha256}`);
  }
  return lost;
}
