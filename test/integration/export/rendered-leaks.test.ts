import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../../shared/document/model';
import { composeAgenda } from '../../../shared/domain/compose/agenda';
import { composeMinutes } from '../../../shared/domain/compose/minutes';
import { publicView } from '../../../shared/domain/compose/public-view';
import { renderDocx } from '../../../electron/backend/export/docx';
import { renderHtml } from '../../../electron/backend/export/html';
import { renderPdf } from '../../../electron/backend/export/pdf';
import { arbitraryMeeting, findLeak } from '../../support/arbitrary-meeting';
import { docxText, htmlMainText, pdfBodyText, requireTool } from './tools';

const CASES = 6;

describe('rendered public documents never leak', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'minute-book-leaks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`exempt text or unconsented names, in PDF, DOCX and HTML (${CASES} generated meetings)`, async () => {
    requireTool('pdftotext');
    // A fixed seed: the same meetings every run, so a failure can be reproduced.
    const samples = fc.sample(arbitraryMeeting, { numRuns: CASES, seed: 20_240_605 });
    for (const [n, generated] of samples.entries()) {
      const view = publicView(generated.data);
      const docs: [string, DocModel][] = [
        ['minutes', composeMinutes(view)],
        ['agenda', composeAgenda(view)],
      ];
      for (const [name, doc] of docs) {
        const pdf = path.join(dir, `${n}-${name}.pdf`);
        const docx = path.join(dir, `${n}-${name}.docx`);
        writeFileSync(pdf, (await renderPdf(doc)).bytes);
        writeFileSync(docx, await renderDocx(doc));
        for (const [format, text] of [
          ['pdf', pdfBodyText(pdf)],
          ['docx', await docxText(docx)],
          ['html', htmlMainText(renderHtml(doc))],
        ] as const) {
          expect(findLeak(text, generated), `meeting ${n}, ${name}.${format}`).toBeUndefined();
        }
      }
    }
  }, 180_000);
});
