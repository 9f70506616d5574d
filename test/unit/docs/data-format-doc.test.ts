import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDataFormatDoc } from '../../../scripts/data-format-doc';

describe('docs/data-format.md', () => {
  it('is the JSON Schema generated from the current zod schemas (run npm run docs:data-format if not)', () => {
    const onDisk = readFileSync(new URL('../../../docs/data-format.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderDataFormatDoc());
  });

  it('documents every collection of a bundle', () => {
    const doc = renderDataFormatDoc();
    for (const name of [
      'boards',
      'people',
      'memberships',
      'meetings',
      'agendaItems',
      'attendance',
      'declarations',
      'minutes',
      'resolutions',
      'actions',
      'attachments',
    ]) {
      expect(doc).toContain(`"${name}"`);
    }
  });
});
