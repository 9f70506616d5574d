import { Buffer } from 'node:buffer';
import PDFDocument from 'pdfkit';
import type { Board, Meeting, Person } from '../../../shared/model';
import { fontFile } from '../../../electron/backend/export/resources';
import type { Harness } from '../../support/temp-backend';

/** A 48 × 16 pixel PNG: enough for a logo that must be embedded with alternative text. */
export const LOGO_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAADAAAAAQCAIAAADfzGvmAAAAL0lEQVR42mMQsenBij6c0MCKaK2eYdRBow4addCIc9BAWYxL/aiDRh006qAR5yAAZ+kaPV+SEhoAAAAASUVORK5CYII=';

export const SECRET_TITLE = 'Renegotiating the Acme homecare contract';
export const SECRET_MINUTE = 'The hourly rate offered by Acme Homecare Limited was discussed in detail.';
export const UNNAMED = 'Janet Morley';

/** A report of `pages` pages, made as an officer's word processor would, with an embedded font. */
export function reportPdf(title: string, pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', font: fontFile('liberation-serif', 'regular'), info: { Title: title } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  for (let p = 1; p <= pages; p += 1) {
    if (p > 1) doc.addPage();
    doc.fontSize(16).text(`${title}, page ${p}`);
    doc.fontSize(11).text('Lorem ipsum report text for the board. '.repeat(30));
  }
  doc.end();
  return done;
}

export type ExportFixture = {
  readonly board: Board;
  readonly meeting: Meeting;
  readonly later: Meeting;
  readonly people: Readonly<Record<string, Person>>;
  readonly referenceOfPublicDecision: string;
  readonly referenceOfPrivateDecision: string;
  /** The report PDFs attached to items, with their page counts. */
  readonly reports: readonly { readonly name: string; readonly pages: number }[];
};

/**
 * A board with a house style and a meeting whose minutes are signed, built through the contract as the app
 * would: standard items, a business item with a sub-item, an exempt item with a recorded vote, a declaration,
 * a departure, a person who has not agreed to be named, actions, and papers (two PDFs and a Word file).
 */
export async function buildExportFixture(h: Harness): Promise<ExportFixture> {
  h.clock.set('2025-05-01T09:00:00.000Z');
  const board = await h.call('boards.create', {
    name: 'Riverside Health and Care Co-production Board',
    shortCode: 'RCPB',
    kind: 'co-production-board',
    organisation: 'Riverside Borough Council',
    quorum: 3,
    clerk: { name: 'Michael Reid', email: 'clerk@riverside.example' },
    houseStyle: { logo: { mediaType: 'image/png', dataBase64: LOGO_PNG, alt: 'Riverside Borough Council crest' }, font: 'liberation-sans' },
  });
  const cast = [
    ['chair', { name: 'Amina Okafor', publicName: 'Cllr Amina Okafor', consentToBeNamed: true, kind: 'councillor' }, 'chair'],
    ['holloway', { name: 'Peter Holloway', publicName: 'Cllr Peter Holloway', consentToBeNamed: true, kind: 'councillor' }, 'member'],
    ['carer', { name: UNNAMED, publicName: UNNAMED, consentToBeNamed: false, kind: 'carer' }, 'member'],
    [
      'vcs',
      {
        name: 'Priya Banerjee',
        publicName: 'Priya Banerjee',
        consentToBeNamed: true,
        kind: 'voluntary-sector-partner',
        organisation: 'Riverside Community Voice',
      },
      'member',
    ],
    [
      'officer',
      { name: 'Helen Carter', publicName: 'Helen Carter', consentToBeNamed: true, kind: 'officer', jobTitle: 'Director of Adult Social Care' },
      'officer-in-attendance',
    ],
  ] as const;
  const people: Record<string, Person> = {};
  for (const [key, fields, role] of cast) {
    const person = await h.call('people.create', fields);
    people[key] = person;
    await h.call('members.add', { boardId: board.id, personId: person.id, role, termStart: '2025-01-01' });
  }
  const id = (key: string): string => people[key]?.id ?? '';

  const meeting = await h.call('meetings.create', {
    boardId: board.id,
    date: '2025-06-10',
    startTime: '14:00',
    endTime: '16:30',
    venue: 'Committee Room 2, Riverside Town Hall',
  });
  const breaks = await h.call('agenda.add', {
    meetingId: meeting.id,
    title: 'Carers’ breaks service redesign',
    purpose: 'decision',
    presenter: 'Helen Carter',
    presenterPersonId: id('officer'),
    timeAllowanceMinutes: 30,
    recommendations: ['That the Board notes the feedback from carers.', 'That a workshop be arranged.'],
    index: 4,
  });
  const feedback = await h.call('agenda.add', {
    meetingId: meeting.id,
    parentId: breaks.id,
    title: 'Feedback from carers’ listening events',
    purpose: 'information',
    presenter: UNNAMED,
    presenterPersonId: id('carer'),
  });
  const exempt = await h.call('agenda.add', {
    meetingId: meeting.id,
    title: SECRET_TITLE,
    purpose: 'decision',
    confidentiality: { access: 'exempt', category: 3 },
    recommendations: ['That the extension offered by Acme Homecare Limited be accepted.'],
  });
  const reports = [
    { name: 'Carers breaks report.pdf', pages: 3, itemId: breaks.id },
    { name: 'Listening events summary.pdf', pages: 2, itemId: feedback.id },
    { name: 'Acme contract appraisal.pdf', pages: 2, itemId: exempt.id },
  ];
  for (const r of reports) {
    await h.call('attachments.add', {
      meetingId: meeting.id,
      itemId: r.itemId,
      originalName: r.name,
      mediaType: 'application/pdf',
      dataBase64: (await reportPdf(r.name, r.pages)).toString('base64'),
    });
  }
  await h.call('attachments.add', {
    meetingId: meeting.id,
    itemId: breaks.id,
    originalName: 'Workshop plan.docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    dataBase64: Buffer.from('PK not really a Word file').toString('base64'),
  });
  h.clock.set('2025-06-01T09:00:00.000Z');
  await h.call('meetings.publishAgenda', { id: meeting.id });

  h.clock.set('2025-06-10T14:00:00.000Z');
  await h.call('meetings.hold', { id: meeting.id });
  await h.call('attendance.set', { meetingId: meeting.id, personId: id('chair'), status: 'present' });
  await h.call('attendance.set', { meetingId: meeting.id, personId: id('holloway'), status: 'present' });
  await h.call('attendance.set', { meetingId: meeting.id, personId: id('carer'), status: 'present' });
  await h.call('attendance.set', { meetingId: meeting.id, personId: id('vcs'), status: 'apologies' });
  await h.call('attendance.set', { meetingId: meeting.id, personId: id('officer'), status: 'in-attendance' });
  await h.call('attendance.recordMovement', { meetingId: meeting.id, personId: id('holloway'), kind: 'left', itemId: breaks.id });
  await h.call('declarations.add', {
    meetingId: meeting.id,
    itemId: exempt.id,
    personId: id('chair'),
    type: 'other-registrable',
    nature: 'Her cousin works for Acme Homecare Limited.',
    leftTheRoom: false,
  });

  const detail = await h.call('meetings.get', { id: meeting.id });
  const apologies = detail.items.find((i) => i.standardKind === 'apologies');
  if (apologies)
    await h.call('minutes.save', { meetingId: meeting.id, itemId: apologies.id, text: 'Apologies for absence were received from Priya Banerjee.' });
  await h.call('minutes.save', {
    meetingId: meeting.id,
    itemId: breaks.id,
    text: 'The Director of Adult Social Care introduced the report.\n\nMembers asked:\n\n- how carers would be **involved**, and\n- what the *new* service would cost.\n\nJanet Morley said that carers wanted breaks at short notice.',
  });
  await h.call('minutes.save', {
    meetingId: meeting.id,
    itemId: feedback.id,
    text: '1. breaks at short notice\n2. care workers who know the person\n3. clear costs',
  });
  await h.call('minutes.save', { meetingId: meeting.id, itemId: exempt.id, text: SECRET_MINUTE });
  const decision = await h.call('resolutions.add', {
    meetingId: meeting.id,
    itemId: breaks.id,
    kind: 'RESOLVED',
    parts: ['That the feedback from carers be noted.', 'That a workshop be arranged with carers.'],
  });
  await h.call('resolutions.add', {
    meetingId: meeting.id,
    itemId: exempt.id,
    kind: 'RESOLVED',
    parts: ['That the extension offered by Acme Homecare Limited be accepted.'],
    recordedVote: [
      { personId: id('chair'), vote: 'for' },
      { personId: id('carer'), vote: 'against' },
    ],
    vote: { for: 1, against: 1, abstain: 0 },
  });
  await h.call('actions.add', {
    meetingId: meeting.id,
    itemId: breaks.id,
    resolutionId: decision.id,
    text: 'Arrange the workshop, inviting Janet Morley.',
    owner: { kind: 'person', personId: id('vcs') },
    due: { kind: 'date', date: '2025-07-15' },
  });
  await h.call('actions.add', {
    meetingId: meeting.id,
    itemId: exempt.id,
    text: 'Write to Acme Homecare Limited with the terms.',
    owner: { kind: 'person', personId: id('officer') },
    due: { kind: 'date', date: '2025-06-20' },
  });

  h.clock.set('2025-06-12T10:00:00.000Z');
  await h.call('minutes.draft', { meetingId: meeting.id });
  await h.call('minutes.circulate', { meetingId: meeting.id });
  const later = await h.call('meetings.create', {
    boardId: board.id,
    date: '2025-07-22',
    startTime: '14:00',
    venue: 'Committee Room 2, Riverside Town Hall',
  });
  await h.call('agenda.add', { meetingId: later.id, title: 'Carers’ breaks: workshop report', purpose: 'information' });
  h.clock.set('2025-07-10T09:00:00.000Z');
  await h.call('meetings.publishAgenda', { id: later.id });
  h.clock.set('2025-07-22T15:00:00.000Z');
  const { meeting: signed } = await h.call('minutes.approve', {
    meetingId: meeting.id,
    atMeetingId: later.id,
    signature: { name: 'Cllr Amina Okafor', personId: id('chair'), signedOn: '2025-07-22' },
  });
  h.clock.set('2025-07-25T09:00:00.000Z');

  const resolutions = (await h.call('meetings.get', { id: meeting.id })).resolutions;
  return {
    board,
    meeting: signed,
    later,
    people,
    referenceOfPublicDecision: resolutions.find((r) => r.itemId === breaks.id)?.reference ?? '',
    referenceOfPrivateDecision: resolutions.find((r) => r.itemId === exempt.id)?.reference ?? '',
    reports: reports.map(({ name, pages }) => ({ name, pages })),
  };
}
