import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../support/temp-backend';
import type { ExportFile } from '../../../shared/api/exports';
import { buildExportFixture, type ExportFixture } from './export-fixture';

describe('the export methods of the contract', () => {
  let h: Harness;
  let fixture: ExportFixture;

  beforeAll(async () => {
    h = harness();
    fixture = await buildExportFixture(h);
  }, 120_000);

  afterAll(() => h?.dispose());

  const decode = (file: ExportFile): string => h.bytes(file).toString('utf8');

  it('answers with the file’s id, name, type and size, its bytes kept for one download', async () => {
    const file = await h.call('exports.render', { meetingId: fixture.meeting.id, kind: 'public-minutes', format: 'pdf' });
    expect(Object.keys(file).sort()).toEqual(['byteLength', 'fileId', 'fileName', 'mediaType', 'notes', 'pages']);
    expect(file.fileId).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const bytes = h.bytes(file);
    expect(bytes.byteLength).toBe(file.byteLength);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Taken once: a second take finds nothing.
    expect(h.backend.madeFiles.take(file.fileId)).toBeUndefined();
  });

  it('names files so a clerk can file them', async () => {
    const minutes = await h.call('exports.render', { meetingId: fixture.meeting.id, kind: 'public-minutes', format: 'pdf' });
    expect(minutes).toMatchObject({ fileName: 'RCPB 2025-06-10 minutes (public).pdf', mediaType: 'application/pdf' });
    const extract = await h.call('exports.render', {
      meetingId: fixture.meeting.id,
      kind: 'extract',
      format: 'docx',
      resolution: fixture.referenceOfPublicDecision,
    });
    expect(extract.fileName).toBe(`RCPB 2025-06-10 extract ${fixture.referenceOfPublicDecision.replace(/\//g, '-')}.docx`);
  });

  it('writes the meeting as an iCalendar event in UTC', async () => {
    const ics = decode(await h.call('exports.render', { meetingId: fixture.meeting.id, kind: 'ics', format: 'ics', audience: 'public' }));
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART:20250610T130000Z');
    expect(ics).toContain('DTEND:20250610T153000Z');
    expect(ics).toContain('LOCATION:Committee Room 2\\, Riverside Town Hall');
    expect(ics).not.toContain('Acme');
  });

  it('writes the action log and the resolutions register as CSV for Excel', async () => {
    const actions = decode(await h.call('exports.render', { boardId: fixture.board.id, kind: 'actions', format: 'csv' }));
    expect(actions.startsWith('\uFEFFBoard,Raised at meeting,Minute,Reference,Item,Action,Owner,Due,Status,Overdue')).toBe(true);
    expect(actions).toContain('Arrange the workshop');
    expect(actions.split('\r\n').filter((l) => l !== '')).toHaveLength(3);
    const register = decode(
      await h.call('exports.render', { meetingId: fixture.meeting.id, kind: 'resolutions', format: 'csv', audience: 'public' }),
    );
    expect(register).toContain(fixture.referenceOfPublicDecision);
    expect(register).toContain(',RESOLVED: (1) That the feedback from carers be noted. (2) That a workshop be arranged with carers.,');
    expect(register).not.toContain(fixture.referenceOfPrivateDecision);
  });

  it('refuses what cannot be made, with a clear code', async () => {
    expect(await h.refusal('exports.render', { meetingId: fixture.later.id, kind: 'minutes', format: 'pdf', archive: true })).toMatchObject({
      code: 'conflict',
      path: 'archive',
    });
    expect(
      await h.refusal('exports.render', {
        meetingId: fixture.meeting.id,
        kind: 'extract',
        format: 'pdf',
        audience: 'public',
        resolution: fixture.referenceOfPrivateDecision,
      }),
    ).toMatchObject({ code: 'forbidden' });
    expect(await h.refusal('exports.render', { meetingId: fixture.meeting.id, kind: 'ics', format: 'pdf' })).toMatchObject({
      code: 'invalid_input',
      path: 'format',
    });
    expect(await h.refusal('exports.render', { kind: 'minutes', format: 'pdf' })).toMatchObject({ code: 'invalid_input', path: 'meetingId' });
    expect(await h.refusal('exports.render', { meetingId: 'nope', kind: 'agenda', format: 'pdf' })).toMatchObject({ code: 'not_found' });
    expect(await h.refusal('exports.progress', { jobId: 'no-such-job' })).toMatchObject({ code: 'not_found' });
  });

  it('leaves the Save As dialog to the desktop app', async () => {
    const file = await h.call('exports.render', { meetingId: fixture.meeting.id, kind: 'ics', format: 'ics' });
    const refusal = await h.refusal('files.saveAs', { fileId: file.fileId, openAfter: false });
    expect(refusal.code).toBe('forbidden');
    expect(refusal.message).toMatch(/desktop app/);
  });

  it('previews the board’s house style on its next agenda, in public', async () => {
    const preview = await h.call('exports.preview', { boardId: fixture.board.id });
    expect(preview.meetingId).toBe(fixture.later.id);
    expect(preview.doc.style).toMatchObject({
      organisation: 'Riverside Borough Council',
      font: 'liberation-sans',
      logo: { alt: 'Riverside Borough Council crest' },
    });
    expect(preview.doc.meta.audience).toBe('public');
  });

  it('renders from a read-only data folder too', async () => {
    h.backend.close();
    const { openBackend } = await import('../../../electron/backend/backend');
    const readOnly = openBackend({ dataDir: h.dir, readOnly: true });
    try {
      const envelope = await readOnly.dispatch('exports.render', { meetingId: fixture.meeting.id, kind: 'agenda', format: 'html' });
      expect(envelope.ok).toBe(true);
    } finally {
      readOnly.close();
      h.reopen();
    }
  });
});
