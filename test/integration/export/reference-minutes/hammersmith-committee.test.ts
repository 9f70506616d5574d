import type { Harness } from '../../../support/temp-backend';
import { describeReferenceMinutes, paragraphFacts, type Fact } from './printed-minutes';

/*
 * /work/shared/reference/000_636a568659c02ee5.txt: Hammersmith & Fulham committee minutes, one agenda item
 * ("Update on co-production in commissioning"), in the source's own words. The extract gives no committee name,
 * date, time or item number and no attendance list: the board is named as the reference's README describes it, the
 * date and time (which the model requires) are placeholders and not facts, the item is unnumbered as printed, and
 * everyone the minute shows speaking at the meeting is recorded as there. The source records no vote and no action
 * with an owner: the chair's key points for future reporting are held, and printed, as the minute's words.
 */

const AGENDA_TITLE = 'Update on co-production in commissioning';
const AGENDA_TEXT =
  'The report produced by SOBUS on behalf of stakeholders provides information on the development of co-production in commissioning and outlines the next steps in the development of a Co-production Charter.';

const MINUTE = `Ian Lawry CEO from Sobus provided an overview of Co-Production in Hammersmith and Fulham.  He talked about their vision to transform the process via which services were designed and delivered locally.  He also described the way in which residents would be involved in decision making and provided the local context. The key points were:

- Parity of Contribution
- Altering the delivery model of public services
- Offering people a range of incentives
- Engaging peer and personal networks alongside professionals to transfer knowledge
- Removing the distinction between professionals and recipients and between producers and consumers
- Enabling public service agencies to become catalysts and facilitators rather than being the main providers

He also spoke about the two areas which had been chosen for the co-production pilots which were the “Carers Service” and the “Supported Employment Service” and the positive feedback they had received during and since the pilots.  He went on to say that Sobus had also been appointed to use a co-production approach with the “Children’s and Families’ Universal Service”.

Ian Lawry in response to questions from Patrick McVeigh stated that embedding change was a learning process and not a finished product.  He added he was disappointed with the feedback that things were not working well but found it useful. He also confirmed in response to Bryan Naylor’s question that the charter covered the ground rules for co-commissioning in procurement and was not just about the commissioning process.  He also talked about mentoring and buddying for those involved and confirmed that they wanted to and were looking at the best ways to ensure a wide range of participation.  He summarised that with co-production design from start to finish anyone can be involved.

Ian Lawry in response to questions from the Chair, Councillor Vaughan confirmed that they were learning as they went and that once best practice was agreed a list of recommendations would be provided in terms of training.  He also stated that there would be measures around levels of engagement and residents feedback and that each service would have specific outcome measurement which would be developed by partners not commissioners.  He concluded by stating that they were unpicking and testing at present and that not everything needed to be co-produced.

In response to a question from Councillor Carlebach, it was confirmed by Ian Lawry that there were 500 organisations on their database which included the Police and groups for young people and that they also provided online surveys and focus groups.  He also stated in response to Councillor Perez that they had started the pilots off with a light remit which they were looking to expand moving forward.  He added that it was about continuous  learning and improvement and that the goal in the first year was to get feedback and not to implement change as that would take more time.

In response to questions from Councillor Barlow, Ian Lawry stated that it was a template charter and would provide details of specific services.  He gave the example of funding sources for volunteering and stated that outcomes would be related to needs.  He also confirmed that it would enable people with valuable skills to contribute and gave the example of ex-carers sharing knowledge as helpline volunteers. He also went on to explain that they were not yet at the point of holding anyone to account but that the group dynamic created an uneasy feeling which promoted doing things differently.

In response to a question from Councillor Brown it was stated by Ian Lawry that they were working on a more holistic approach where everyone would be working together and that they were hoping to achieve a massive shift where in the future instead of holding anyone to account they would be promoting the collective we with everyone taking joint responsibility.

Councillor Barlow commented that it would be interesting to see how service users and residents fitted into the accountability matrix.

Councillor Fennimore thanked Ian Lawry for leading on Co-Production and stated that it was good to have this interesting work shared at Committee.

Councillor Vaughan noted the key points of the discussion for future reporting which were:

1. Having a broad range of participants involved and not just the usual suspects.
2. Seeing the measures of success developed from the pilots.
3. Sharing of the learning, training and behaviour change that the programme looked to deliver.
4. The scrutiny of Co-Production in the future the collective “We” and the shift from the us and them culture.`;

const DECISION = { kind: 'RESOLVED', parts: ['That the report be noted.'] } as const;

/** Everything the source says, as it must be printed. */
const FACTS: readonly Fact[] = [
  { what: 'organisation', words: 'Hammersmith and Fulham' },
  { what: 'item title', words: AGENDA_TITLE },
  { what: 'agenda text', words: AGENDA_TEXT },
  { what: 'label before the minute', words: 'Minutes:' },
  { what: 'the chair, named with the role', words: 'Councillor Vaughan (Chair)' },
  { what: 'guest in attendance', words: 'Ian Lawry' },
  { what: 'guest’s post', words: 'CEO' },
  { what: 'guest’s organisation', words: 'Sobus' },
  { what: 'guest in attendance, with post and organisation', words: 'Ian Lawry (CEO, Sobus)' },
  { what: 'co-opted questioner', words: 'Patrick McVeigh' },
  { what: 'co-opted questioner', words: 'Bryan Naylor' },
  { what: 'councillor asking a question', words: 'Councillor Carlebach' },
  { what: 'councillor asking a question', words: 'Councillor Perez' },
  { what: 'councillor asking questions', words: 'Councillor Barlow' },
  { what: 'councillor asking a question', words: 'Councillor Brown' },
  { what: 'councillor commenting', words: 'Councillor Fennimore' },
  ...paragraphFacts('minute', MINUTE),
  { what: 'decision verb', words: 'RESOLVED:' },
  { what: 'decision', words: 'RESOLVED: That the report be noted.' },
];

async function enterMeeting(h: Harness): Promise<string> {
  h.clock.set('2015-01-05T09:00:00.000Z');
  const board = await h.call('boards.create', {
    name: 'Hammersmith & Fulham committee',
    shortCode: 'HF',
    kind: 'committee',
    organisation: 'Hammersmith and Fulham',
    quorum: 3,
  });
  const councillor = async (name: string, role: 'chair' | 'member'): Promise<string> => {
    const person = await h.call('people.create', { name, consentToBeNamed: true, kind: 'councillor' });
    await h.call('members.add', { boardId: board.id, personId: person.id, role, termStart: '2014-05-22' });
    return person.id;
  };
  const vaughan = await councillor('Councillor Vaughan', 'chair');
  const councillors = [vaughan];
  for (const name of ['Councillor Carlebach', 'Councillor Perez', 'Councillor Barlow', 'Councillor Brown', 'Councillor Fennimore']) {
    councillors.push(await councillor(name, 'member'));
  }
  // Patrick McVeigh and Bryan Naylor question the presenter as members of the committee do; the extract gives no post.
  const others: string[] = [];
  for (const name of ['Patrick McVeigh', 'Bryan Naylor']) {
    const person = await h.call('people.create', { name, consentToBeNamed: true, kind: 'voluntary-sector-partner' });
    await h.call('members.add', { boardId: board.id, personId: person.id, role: 'member', termStart: '2014-05-22' });
    others.push(person.id);
  }
  const lawry = await h.call('people.create', {
    name: 'Ian Lawry',
    consentToBeNamed: true,
    kind: 'voluntary-sector-partner',
    jobTitle: 'CEO',
    organisation: 'Sobus',
  });

  const meeting = await h.call('meetings.create', { boardId: board.id, date: '2015-01-20', startTime: '19:00', withStandardItems: false });
  const item = await h.call('agenda.add', {
    meetingId: meeting.id,
    title: AGENDA_TITLE,
    purpose: 'information',
    description: AGENDA_TEXT,
    unnumbered: true,
    presenter: 'Ian Lawry',
    presenterPersonId: lawry.id,
  });
  await h.call('meetings.publishAgenda', { id: meeting.id });
  h.clock.set('2015-01-20T19:00:00.000Z');
  await h.call('meetings.hold', { id: meeting.id });
  await h.call('attendance.markPresent', { meetingId: meeting.id, personIds: [...councillors, ...others] });
  await h.call('attendance.set', { meetingId: meeting.id, personId: lawry.id, status: 'in-attendance' });
  await h.call('minutes.save', { meetingId: meeting.id, itemId: item.id, text: MINUTE });
  await h.call('resolutions.add', { meetingId: meeting.id, itemId: item.id, kind: DECISION.kind, parts: [...DECISION.parts] });
  h.clock.set('2015-01-22T09:00:00.000Z');
  await h.call('minutes.draft', { meetingId: meeting.id });
  return meeting.id;
}

describeReferenceMinutes('Hammersmith & Fulham committee minutes (reference 000), entered through the contract', FACTS, enterMeeting);
