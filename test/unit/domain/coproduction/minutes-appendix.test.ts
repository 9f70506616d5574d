import { describe, expect, it } from 'vitest';
import { docText } from '../../../../shared/document/text';
import { composeMinutes } from '../../../../shared/domain/compose/minutes';
import { publicView } from '../../../../shared/domain/compose/public-view';
import { APPENDIX_TITLE, ratingsAppendix } from '../../../../shared/domain/coproduction/minutes-appendix';
import type { RatingWithSet } from '../../../../shared/domain/coproduction/rating-with-set';
import { EXEMPT_TITLE, meetingData } from '../compose/meeting-fixture';
import { LADDER, rating, SIX_POINT } from './rating-fixture';

const breaks: RatingWithSet = {
  set: SIX_POINT,
  rating: rating('r-breaks', '2024-12-03', [3, 2, 1, null, 2, 3], {
    subject: { kind: 'item', name: 'Carers’ breaks service redesign', meetingId: 'm1', itemId: 'i-breaks' },
    appendToMinutes: true,
  }),
};
const exempt: RatingWithSet = {
  set: LADDER,
  rating: rating('r-exempt', '2024-12-03', [], {
    criteriaSetId: LADDER.id,
    subject: { kind: 'item', name: EXEMPT_TITLE, meetingId: 'm1', itemId: 'i-exempt' },
    scores: [{ criterionId: 'how-far-did-people-take-part', score: 1, evidence: 'Carers were asked about the rate offered by Acme Care Limited.' }],
    appendToMinutes: true,
  }),
};
const notForMinutes: RatingWithSet = {
  set: SIX_POINT,
  rating: rating('r-quiet', '2024-12-03', [1, 1, 1, 1, 1, 1], { subject: { kind: 'project', name: 'Quiet project', meetingId: 'm1' } }),
};
const otherMeeting: RatingWithSet = {
  set: SIX_POINT,
  rating: rating('r-other', '2024-11-03', [1, 1, 1, 1, 1, 1], {
    subject: { kind: 'workstream', name: 'Other meeting’s workstream', meetingId: 'm0' },
    appendToMinutes: true,
  }),
};
const ratings = [exempt, breaks, notForMinutes, otherMeeting];

describe('the appendix of co-production ratings to the minutes', () => {
  it('prints, after the signature, each rating of the meeting marked for the minutes: facts, scores with evidence, overall', () => {
    const doc = composeMinutes(meetingData({ ratings }));
    const signature = doc.blocks.findIndex((b) => b.kind === 'signature');
    const appendix = doc.blocks.findIndex((b) => b.kind === 'heading' && b.runs[0]?.text === APPENDIX_TITLE);
    expect(appendix).toBeGreaterThan(signature);
    expect(doc.blocks[appendix - 1]).toEqual({ kind: 'separator', variant: 'page-break' });
    const text = docText({ ...doc, blocks: doc.blocks.slice(appendix) });
    expect(text).toContain(
      'Carers’ breaks service redesign\nWhat was rated: Agenda item 25\nRated against: Six-point test\nRated on: Tuesday 3 December 2024',
    );
    expect(text).toContain('Who took part in rating it: 3 experts by experience and 1 officer (4 people)');
    expect(text).toContain('Whole-life involvement\nFully\nEvidence for Whole-life involvement on 2024-12-03');
    expect(text).toContain('Diverse group involvement\nNot scored\n');
    expect(text).toContain('Overall: 73% of the highest score on the scale (Not yet to Fully).');
    expect(text).not.toContain('Quiet project');
    expect(text).not.toContain('Other meeting’s workstream');
  });

  it('prints a rating of an exempt item in the private minutes only', () => {
    const privateText = docText(composeMinutes(meetingData({ ratings })));
    expect(privateText).toContain(`${EXEMPT_TITLE}\nWhat was rated: Agenda item 27`);
    expect(privateText).toContain('How far did people take part?\nConsultation\nCarers were asked about the rate offered by Acme Care Limited.');

    const publicText = docText(composeMinutes(publicView(meetingData({ ratings }))));
    expect(publicText).toContain(APPENDIX_TITLE);
    expect(publicText).toContain('Carers’ breaks service redesign');
    expect(publicText).not.toContain(EXEMPT_TITLE);
    expect(publicText).not.toContain('Acme');
    expect(publicText).not.toContain('Ladder of participation');
  });

  it('leaves the exempt rating out of public minutes even when handed the data without the public view', () => {
    const text = docText({
      meta: composeMinutes(meetingData()).meta,
      style: composeMinutes(meetingData()).style,
      blocks: ratingsAppendix(meetingData({ audience: 'public', ratings })),
    });
    expect(text).toContain('Carers’ breaks service redesign');
    expect(text).not.toContain(EXEMPT_TITLE);
  });

  it('replaces unconsented names in the evidence with roles in the public minutes', () => {
    const named: RatingWithSet = {
      set: SIX_POINT,
      rating: { ...breaks.rating, scores: [{ criterionId: 'reciprocal-reward', score: 2, evidence: 'Janet Morley chose vouchers.' }] },
    };
    expect(docText(composeMinutes(meetingData({ ratings: [named] })))).toContain('Janet Morley chose vouchers.');
    const publicText = docText(composeMinutes(publicView(meetingData({ ratings: [named] }))));
    expect(publicText).toContain('A carer chose vouchers.');
    expect(publicText).not.toContain('Janet Morley');
  });

  it('adds nothing when no rating of the meeting is marked for the minutes', () => {
    expect(ratingsAppendix(meetingData({ ratings: [notForMinutes, otherMeeting] }))).toEqual([]);
    expect(ratingsAppendix(meetingData())).toEqual([]);
    expect(docText(composeMinutes(meetingData()))).not.toContain(APPENDIX_TITLE);
  });
});
