import { describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../shared/api/views';
import type { Resolution } from '../../../shared/model';
import { archiveAllowed, decisionLabel, formatsFor, kindsFor, requestFor } from '../../../renderer/src/features/exports/export-choices';
import { board, meeting } from '../../support/builders';

const T = '2025-01-01T10:00:00.000Z';
const resolution: Resolution = {
  id: 'r1',
  meetingId: 'm1',
  itemId: 'i1',
  order: 0,
  kind: 'RESOLVED',
  parts: [{ id: 'p1', text: 'That the report be noted.' }],
  reference: 'RCPB/2025/5-1',
  createdAt: T,
  updatedAt: T,
};

function detail(status: MeetingDetail['meeting']['status'], resolutions: Resolution[] = []): MeetingDetail {
  return {
    meeting: meeting({ status }),
    board: board(),
    items: [],
    attendance: [],
    declarations: [],
    minutes: [],
    resolutions,
    actions: [],
    attachments: [],
    carriedActions: [],
    locked: status === 'minutes-signed',
  };
}

describe('the export dialog’s choices', () => {
  it('offers no minutes before the meeting is held and no extract without decisions', () => {
    expect(kindsFor(detail('agenda-published'))).toEqual(['agenda', 'pack', 'easy-read-agenda', 'actions', 'ics', 'resolutions']);
    expect(kindsFor(detail('minutes-signed', [resolution]))).toEqual([
      'agenda',
      'pack',
      'easy-read-agenda',
      'minutes',
      'easy-read-minutes',
      'extract',
      'actions',
      'ics',
      'resolutions',
    ]);
  });

  it('asks for easy-read documents as public, whatever version was chosen before', () => {
    const request = requestFor(detail('minutes-signed'), {
      kind: 'easy-read-minutes',
      format: 'docx',
      audience: 'private',
      resolution: '',
      archive: false,
    });
    expect(request).toMatchObject({ kind: 'easy-read-minutes', format: 'docx', audience: 'public' });
    expect(formatsFor('easy-read-agenda')).toEqual(['pdf', 'docx']);
  });

  it('offers the formats each document comes in', () => {
    expect(formatsFor('pack')).toEqual(['pdf']);
    expect(formatsFor('actions')).toContain('csv');
    expect(formatsFor('ics')).toEqual(['ics']);
  });

  it('asks for public minutes as such, and the archive copy only for signed minutes in PDF', () => {
    const signed = detail('minutes-signed', [resolution]);
    expect(requestFor(signed, { kind: 'minutes', format: 'pdf', audience: 'public', resolution: '', archive: true })).toEqual({
      meetingId: 'm1',
      kind: 'public-minutes',
      format: 'pdf',
      audience: 'public',
      archive: true,
    });
    expect(archiveAllowed(detail('minutes-drafted'), 'minutes', 'pdf')).toBe(false);
    expect(requestFor(signed, { kind: 'extract', format: 'docx', audience: 'private', resolution: 'r1', archive: true })).toEqual({
      meetingId: 'm1',
      kind: 'extract',
      format: 'docx',
      audience: 'private',
      resolution: 'r1',
    });
  });

  it('names a decision by its reference and first words', () => {
    expect(decisionLabel(resolution)).toBe('RCPB/2025/5-1: That the report be noted.');
  });
});
