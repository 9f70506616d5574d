import type { Harness } from '../../../support/temp-backend';
import { describeReferenceMinutes, paragraphFacts, type Fact } from './printed-minutes';

/*
 * /work/shared/reference/003_ba4a9d398fc1b4cb.txt: Oxfordshire scrutiny committee minutes, one agenda item (an
 * update on co-production in Adult Social Care), in the source's own words. The extract gives no committee name,
 * item title or number, date, time or list of members: the board is named as the reference's README describes it,
 * the title is the minute's own words for the item, the date and time (which the model requires) are placeholders
 * and not facts, and the item is unnumbered as printed. The officers the minute names are in attendance; Cllr
 * Rooke, who left part-way, is a member present. Cllr Bearder is named by the agenda text only: the minute does
 * not record him there. The two AGREED decisions are followed in the source by lists it does not hold, so each is
 * entered as its words alone, with the words before its verb as the source writes them ("The Committee AGREED to
 * ..."). The source records no vote.
 */

const AGENDA_TITLE = 'Co-production in Adult Social Care';

const AGENDA_TEXT = `The Committee has requested an update on co-production in Adult Social Care.

Cllr Tim Bearder, Cabinet member for Adult Social Care, has been invited to present the report. Karen Fuller, the Director of Adult Social Care, has been invited to answer the Committee’s questions as, too, have Fulya Markham, Strategy Lead (Age Well, Live Well); Marc Borja, Commissioning Officer – Co-production; Megan De Cruz, Commissioning Support Officer – Co-production; Carole Stow, Engagement Consultation Manager.

The Committee is asked to consider the report and raise any questions, and to AGREE any recommendations it wishes to make to Cabinet arising therefrom.`;

const MINUTE = `Karen Fuller, Director of Adult Social Care, Fulya Markham, Strategy Lead (Age Well, Live Well); Marc Borja, Commissioning Officer – Co-production; Megan De Cruz, Commissioning Support Officer – Co-production; and Carole Stow, Engagement Consultation Manager, were invited to present the update on Co-production in Adult Social Care and to answer the Committee’s questions. Stephen Chandler, Executive Director (People), also attended to support Officers and answer the Committees questions.

The Director of Adult Social Care presented the update to Members, supported by the co-production team, highlighting the Oxfordshire definition of Co-production as a collaborative process where providers, professionals, and stakeholders equally share responsibility for creating and delivering services. Co-production was underpinned by principles of equality, diversity, access, and representativity.

The presentation covered the progress made since the Local Government Association peer review, including the development of a Co-production handbook, the establishment of a Co-production Advisory Board, and various engagement activities. The emphasis of co-production was on using the strengths and knowledge of individuals to improve service delivery and ensuring that co-production was embedded in everyday interactions and strategic planning.

Members emphasised the importance of plain English in reports to the Committee, given their public nature. The Committee was advised that officers were acutely aware of the need for clear language when engaging with residents and that they would seek to use simpler language in future reports.

Members asked how residents or clients expressed their needs to the Council and whether the process was consistent across the system. They also inquired about verifying commissioning documents for proper implementation. It was explained that different stakeholders engaged in various ways, such as in the short breaks redesign, and reviewing the process to meet service users' needs was essential. Monthly audits of paperwork conducted by managers and practice supervisors, reviewed by deputy directors and the statutory director, ensured a comprehensive feedback loop.

The importance of effective communication within the co-production process was raised by Members, emphasising that, without a robust communication strategy, the effectiveness of the programme could be compromised. Officers recognised that creating the right conditions for engagement involved understanding the needs of individuals and tailoring the approach accordingly.

The 'Purple Book' was mentioned as a co-production handbook developed in collaboration with an outside organisation in 2018. It was noted that this handbook had been continuously built upon and was publicly available. The 'Purple Book' served as a resource for understanding and implementing co-production within adult social care.

The Committee explored how participants were approached for co-production, and how the value of their input was measured. It also asked about the criteria for selecting board members, how members were paid, and if the payment was equitable. The Committee suggested that elected members could be included on the board to provide insights from their casework and community interactions.

The Director of Adult Social Care outlined the criteria for selecting Co-Production Advisory Board members based on expertise and experiences related to council services. Organisations were consulted to identify suitable individuals who could contribute to co-production initiatives. Efforts ensured diverse representation, including seldom-heard groups. Participants received compensation, including travel expenses and additional support if needed, and these were made by direct bank transfer, vouchers, or donations to charity as preferred. If participants belonged to organisations already partnered with the Council, they did not necessarily receive separate payment for advisory board participation.

The Committee explored the co-production training which had been introduced and emphasised the need to assess the training's impact on professional development and service delivery. The Committee was advised that the training was available to everyone, including councillors, through both online and face-to-face sessions. Last year, 144 attendees were trained, including Oxfordshire County Council staff, parent carers, and NHSICB engagement consultation members. The goal was to train 450 posts, with 194 completed so far. New starters were recommended to have Level 1 training, progressing to Levels 2 and 3 as needed.

Members asked about tests to ensure genuine co-production. The Commissioning Officer outlined a six-point test:

1. Whole Life Involvement: Involve citizens throughout the project for equal power sharing.
2. Blurred Boundaries: Blend professional and experiential expertise.
3. Reciprocal Reward: Provide meaningful benefits beyond expenses.
4. Diverse Group Involvement: Engage a broad range of perspectives.
5. Equal Valuation of Assets: Value all contributions equally.
6. Shared Responsibility: Share accountability for successes and failures.

Members asked about the existence of key performance indicators (KPIs) to help Adult Social Care, and its system partners, determine the degree to which co-production was producing positive results. The Committee was advised that there were no specific KPIs for Co-production but, rather, it was expected to be part of ‘business as usual’ in projects and consultations. A mapping exercise was underway, to understand seldom heard groups better, and the Council had engaged with various communities during the development of the "including everyone" framework.

Cllr Rooke and Stephen Chandler left at this stage

The Committee explored the background to the ‘Voice of the Person' training programme which the report set out had been undertaken by the directorate. This was primarily an internal initiative to improve frontline staff's engagement with residents. Although it included members from the Co-Production Advisory Board and external stakeholders, it had not been fully co-produced but did involve external expertise. The Committee was advised that it was not that the Council did not have the necessary expertise but, rather, that it was deemed most useful to have those from outside the organisation delivering the training.

The Committee asked about the potential impact of changes to the Integrated Care Board (ICB) on the way Co-production is conducted. They questioned whether the new operating modes of the ICB would affect Co-production practices and sought thoughts, expectations, and mitigation strategies for any potential challenges. The Director of Adult Social Care assured the committee that the delivery of outcomes would not be compromised due to changes around them. The Director of Adult Social Care emphasised the importance of the "one Oxfordshire pound" and constructive conversations across the system.`;

const AGREED_ACTIONS = 'to the following actions:';
const AGREED_RECOMMENDATIONS = 'to recommendations under the following headings:';

/** The officers in attendance, with their posts as the minute gives them. */
const OFFICERS = [
  ['Karen Fuller', 'Director of Adult Social Care'],
  ['Fulya Markham', 'Strategy Lead (Age Well, Live Well)'],
  ['Marc Borja', 'Commissioning Officer – Co-production'],
  ['Megan De Cruz', 'Commissioning Support Officer – Co-production'],
  ['Carole Stow', 'Engagement Consultation Manager'],
  ['Stephen Chandler', 'Executive Director (People)'],
] as const;

/** Everything the source says, as it must be printed. */
const FACTS: readonly Fact[] = [
  { what: 'organisation', words: 'Oxfordshire County Council' },
  ...paragraphFacts('agenda text', AGENDA_TEXT),
  { what: 'label before the minute', words: 'Minutes:' },
  { what: 'cabinet member named by the agenda', words: 'Cllr Tim Bearder' },
  { what: 'cabinet member’s post', words: 'Cabinet member for Adult Social Care' },
  ...OFFICERS.map(([name, post]) => ({ what: 'officer in attendance, with the post', words: `${name} (${post})` })),
  { what: 'member present', words: 'Cllr Rooke' },
  { what: 'member present for part of the meeting', words: `Cllr Rooke (until item “${AGENDA_TITLE}”)` },
  { what: 'officer present for part of the meeting', words: `Stephen Chandler (Executive Director (People)) (until item “${AGENDA_TITLE}”)` },
  { what: 'member leaving part-way', words: `Cllr Rooke left the meeting during item “${AGENDA_TITLE}”.` },
  { what: 'officer leaving part-way', words: `Stephen Chandler left the meeting during item “${AGENDA_TITLE}”.` },
  ...paragraphFacts('minute', MINUTE),
  { what: 'decision (actions)', words: `The Committee AGREED ${AGREED_ACTIONS}` },
  { what: 'decision (recommendations)', words: `The committee AGREED ${AGREED_RECOMMENDATIONS}` },
];

async function enterMeeting(h: Harness): Promise<string> {
  h.clock.set('2025-02-20T09:00:00.000Z');
  const board = await h.call('boards.create', {
    name: 'Oxfordshire scrutiny committee',
    shortCode: 'OSC',
    kind: 'committee',
    organisation: 'Oxfordshire County Council',
    quorum: 3,
  });
  await h.call('people.create', {
    name: 'Cllr Tim Bearder',
    consentToBeNamed: true,
    kind: 'councillor',
    jobTitle: 'Cabinet member for Adult Social Care',
  });
  const rooke = await h.call('members.add', {
    boardId: board.id,
    person: { name: 'Cllr Rooke', consentToBeNamed: true, kind: 'councillor' },
    role: 'member',
    termStart: '2024-05-01',
  });
  const officers: Record<string, string> = {};
  for (const [name, jobTitle] of OFFICERS)
    officers[name] = (await h.call('people.create', { name, consentToBeNamed: true, kind: 'officer', jobTitle })).id;

  const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-03-13', startTime: '10:00', withStandardItems: false });
  const item = await h.call('agenda.add', {
    meetingId: meeting.id,
    title: AGENDA_TITLE,
    purpose: 'decision',
    description: AGENDA_TEXT,
    unnumbered: true,
  });
  await h.call('meetings.publishAgenda', { id: meeting.id });
  h.clock.set('2025-03-13T10:00:00.000Z');
  await h.call('meetings.hold', { id: meeting.id });
  await h.call('attendance.set', { meetingId: meeting.id, personId: rooke.personId, status: 'present' });
  for (const id of Object.values(officers)) await h.call('attendance.set', { meetingId: meeting.id, personId: id, status: 'in-attendance' });
  await h.call('attendance.recordMovement', { meetingId: meeting.id, personId: rooke.personId, kind: 'left', itemId: item.id });
  await h.call('attendance.recordMovement', { meetingId: meeting.id, personId: officers['Stephen Chandler'] ?? '', kind: 'left', itemId: item.id });
  await h.call('minutes.save', { meetingId: meeting.id, itemId: item.id, text: MINUTE });
  await h.call('resolutions.add', { meetingId: meeting.id, itemId: item.id, leadIn: 'The Committee', kind: 'AGREED', parts: [AGREED_ACTIONS] });
  await h.call('resolutions.add', {
    meetingId: meeting.id,
    itemId: item.id,
    leadIn: 'The committee',
    kind: 'AGREED',
    parts: [AGREED_RECOMMENDATIONS],
  });
  h.clock.set('2025-03-17T09:00:00.000Z');
  await h.call('minutes.draft', { meetingId: meeting.id });
  return meeting.id;
}

describeReferenceMinutes('Oxfordshire scrutiny committee minutes (reference 003), entered through the contract', FACTS, enterMeeting);
