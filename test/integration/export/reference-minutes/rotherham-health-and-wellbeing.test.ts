import type { Harness } from '../../../support/temp-backend';
import { describeReferenceMinutes, paragraphFacts, type Fact } from './printed-minutes';

/*
 * /work/shared/reference/001_a9baf4fc7f7f989d.txt: Rotherham Health and Wellbeing Board minutes, one agenda item
 * ("Service Co-production in Rotherham"), in the source's own words. The extract gives no date, time, item number
 * or attendance list: the date and time (which the model requires) are placeholders and not facts, the item is
 * unnumbered as printed, and the officer who presented the report is recorded in attendance. The minute's
 * suggestion that organisations report back to the workstream on 5 December 2014, and resolution (3), are entered
 * as actions. The source records no vote; its "Resolved:-" prints in house style as "RESOLVED:". Its "Minutes:"
 * label is not a fact here: with no agenda text above it, it separates nothing.
 */

const AGENDA_TITLE = 'Service Co-production in Rotherham';

const MINUTE = `Consideration was given to a report presented by Sue Wilson, Performance and Quality Manager, which detailed how the Expectations and Aspirations work stream of the Health and Wellbeing Strategy had a priority in its action plan around co-production of services. This was fully endorsed by the Board’s member organisations.

The consultation report, as submitted, provided information around definitions of co-production, examples of where this was already in place in Rotherham and the suggested approach to move this forward across all organisations.

A key action which underpinned this work was:-

“We will co-produce with Rotherham people the way services are delivered to communities facing challenging conditions.”

Co-production was about delivering public services in different ways and developing relationships with service users that were equal between professionals delivering these services and those customers and carers in receipt of them.

Co-production was not just about consulting with citizens and “user voice” initiatives, it was much more than this.  It was a two stage approach that would take time to develop.  It was, therefore, suggested that this be considered on an annual basis to see which areas would lend themselves to be co-produced.

The proposal was for organisations to consider and decide which services would be suitable for co-production and begin to move to this as a concept of working.  It was clear, however, that that there were some services which would never be suitable to be co-produced.

On this basis it was suggested that organisations cascade the information internally, which could be reported back to the workstream on the 5th December, 2014 with an opportunity for the Health and Wellbeing Board to look at this in more detail in a workshop style setting.

There were already some good examples of where co-production was working in Rotherham such as Lifeline, Speak Up and the Rotherham Charter for Parent and Child Voice.

In considering the principle of co-production, some of the partners expressed some concern with the work that they were undertaking and the lobbying for equal access.  It was envisaged that there could be some duplication of work and asked for reassurances around case management and the benefits to the people of Rotherham.

Partners were advised that they were being asked to explore any opportunities that may lend themselves to this method of working and it was only for partners to indicate the areas which they thought were right and could add value and which may fit together for a different way of working and for this to include the voluntary and community sector.

To assist it was suggested that this subject may best be considered in a workshop style setting to consider the shared leadership and delivery outcomes whilst being realistic about budgets and demographic changes.`;

const PARTS = [
  'That the consultation report and associated case studies be received and the contents noted.',
  'That principles be noted and partner organisations cascade the report and information within their organisations.',
  'That a workshop be arranged for the most appropriate people to consider further a two stage approach to move to co-production of services within their organisation and to establish what co-production in Rotherham would look like.',
] as const;

const REPORT_BACK = 'Cascade the information internally, to be reported back to the workstream';
const WORKSHOP = 'Arrange a workshop for the most appropriate people to consider further a two stage approach to move to co-production of services';

/** Everything the source says, as it must be printed. */
const FACTS: readonly Fact[] = [
  { what: 'board', words: 'Health and Wellbeing Board' },
  { what: 'place', words: 'Rotherham' },
  { what: 'item title', words: AGENDA_TITLE },
  { what: 'presenting officer', words: 'Sue Wilson' },
  { what: 'presenting officer’s post', words: 'Performance and Quality Manager' },
  { what: 'presenting officer with her post', words: 'Sue Wilson (Performance and Quality Manager)' },
  ...paragraphFacts('minute', MINUTE),
  { what: 'decision verb', words: 'RESOLVED:' },
  ...PARTS.map((words, i) => ({ what: 'decision part', words, label: `(${i + 1})` })),
  { what: 'action (report back)', words: REPORT_BACK },
  { what: 'owner of the report-back action', words: 'Partner organisations' },
  { what: 'date to report back', words: '5 December 2014' },
  { what: 'action (resolution 3: a workshop)', words: WORKSHOP },
];

async function enterMeeting(h: Harness): Promise<string> {
  h.clock.set('2014-09-20T09:00:00.000Z');
  const board = await h.call('boards.create', {
    name: 'Health and Wellbeing Board',
    shortCode: 'HWB',
    kind: 'health-and-wellbeing-board',
    organisation: 'Rotherham',
    quorum: 3,
  });
  const wilson = await h.call('people.create', {
    name: 'Sue Wilson',
    consentToBeNamed: true,
    kind: 'officer',
    jobTitle: 'Performance and Quality Manager',
  });
  const meeting = await h.call('meetings.create', { boardId: board.id, date: '2014-10-08', startTime: '09:00', withStandardItems: false });
  const item = await h.call('agenda.add', {
    meetingId: meeting.id,
    title: AGENDA_TITLE,
    purpose: 'decision',
    unnumbered: true,
    presenter: 'Sue Wilson',
    presenterPersonId: wilson.id,
  });
  await h.call('meetings.publishAgenda', { id: meeting.id });
  h.clock.set('2014-10-08T09:00:00.000Z');
  await h.call('meetings.hold', { id: meeting.id });
  await h.call('attendance.set', { meetingId: meeting.id, personId: wilson.id, status: 'in-attendance' });
  await h.call('minutes.save', { meetingId: meeting.id, itemId: item.id, text: MINUTE });
  const decision = await h.call('resolutions.add', { meetingId: meeting.id, itemId: item.id, kind: 'RESOLVED', parts: [...PARTS] });
  await h.call('actions.add', {
    meetingId: meeting.id,
    itemId: item.id,
    resolutionId: decision.id,
    text: REPORT_BACK,
    owner: { kind: 'organisation', name: 'Partner organisations' },
    due: { kind: 'date', date: '2014-12-05' },
  });
  await h.call('actions.add', {
    meetingId: meeting.id,
    itemId: item.id,
    resolutionId: decision.id,
    text: WORKSHOP,
    owner: { kind: 'tbc' },
  });
  h.clock.set('2014-10-10T09:00:00.000Z');
  await h.call('minutes.draft', { meetingId: meeting.id });
  return meeting.id;
}

describeReferenceMinutes('Rotherham Health and Wellbeing Board minutes (reference 001), entered through the contract', FACTS, enterMeeting);
