import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../support/temp-backend';
import { docxText, pdfBodyText, requireTool } from './tools';

const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('co-production ratings in the exported minutes', () => {
  let h: Harness;
  let dir: string;
  let meetingId: string;

  const exported = async (request: { kind: 'minutes' | 'public-minutes'; format: 'pdf' | 'docx' }, name: string): Promise<string> => {
    const file = await h.call('exports.render', { meetingId, kind: request.kind, format: request.format });
    const target = path.join(dir, name);
    writeFileSync(target, h.bytes(file));
    return target;
  };

  beforeAll(async () => {
    requireTool('pdftotext');
    requireTool('unzip');
    dir = mkdtempSync(path.join(os.tmpdir(), 'minute-book-ratings-export-'));
    h = harness();
    h.clock.set('2025-06-10T16:00:00.000Z');
    const board = await h.call('boards.create', { name: 'Carers Partnership Board', shortCode: 'CPB', kind: 'co-production-board', quorum: 3 });
    const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00', withStandardItems: false });
    meetingId = meeting.id;
    const item = await h.call('agenda.add', { meetingId, title: 'Carers strategy refresh', purpose: 'discussion' });
    const exempt = await h.call('agenda.add', {
      meetingId,
      title: 'Respite contract negotiations',
      purpose: 'decision',
      confidentiality: { access: 'exempt', category: 3 },
    });
    const six = await h.call('criteriaSets.addDefault', { boardId: board.id, key: 'six-point-test' });
    const ladder = await h.call('criteriaSets.addDefault', { boardId: board.id, key: 'ladder-of-participation' });
    await h.call('ratings.create', {
      boardId: board.id,
      criteriaSetId: six.id,
      subject: { kind: 'item', meetingId, itemId: item.id },
      ratedOn: '2025-06-10',
      scores: [
        { criterionId: 'whole-life-involvement', score: 3, evidence: 'Carers wrote the first draft of the strategy.' },
        { criterionId: 'reciprocal-reward', score: 1, evidence: 'Only travel was paid.' },
      ],
      ratedBy: [
        { kind: 'carer', count: 3 },
        { kind: 'officer', count: 1 },
      ],
      appendToMinutes: true,
    });
    await h.call('ratings.create', {
      boardId: board.id,
      criteriaSetId: ladder.id,
      subject: { kind: 'item', meetingId, itemId: exempt.id },
      ratedOn: '2025-06-10',
      scores: [{ criterionId: 'how-far-did-people-take-part', score: 1, evidence: 'Providers were consulted on the new rate.' }],
      ratedBy: [{ kind: 'officer', count: 2 }],
      appendToMinutes: true,
    });
  }, 60_000);

  afterAll(() => {
    h?.dispose();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the appendix in the minutes as PDF and DOCX, scores and evidence included', async () => {
    const pdf = flat(pdfBodyText(await exported({ kind: 'minutes', format: 'pdf' }, 'minutes.pdf')));
    const docx = flat(await docxText(await exported({ kind: 'minutes', format: 'docx' }, 'minutes.docx')));
    for (const text of [pdf, docx]) {
      expect(text).toContain('Appendix: co-production ratings');
      expect(text).toContain('Rated against: Six-point test');
      expect(text).toContain('Who took part in rating it: 3 carers and 1 officer (4 people)');
      expect(text).toContain('Carers wrote the first draft of the strategy.');
      expect(text).toContain('Respite contract negotiations');
      expect(text).toContain('Providers were consulted on the new rate.');
    }
  }, 60_000);

  it('prints the appendix in the public minutes without the rating of the exempt item', async () => {
    const pdf = flat(pdfBodyText(await exported({ kind: 'public-minutes', format: 'pdf' }, 'public.pdf')));
    expect(pdf).toContain('Appendix: co-production ratings');
    expect(pdf).toContain('Carers wrote the first draft of the strategy.');
    expect(pdf).not.toContain('Respite contract negotiations');
    expect(pdf).not.toContain('Providers were consulted');
    expect(pdf).not.toContain('Ladder of participation');
  }, 60_000);
});
