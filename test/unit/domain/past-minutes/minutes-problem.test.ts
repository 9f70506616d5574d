import { describe, expect, it } from 'vitest';
import { minutesProblemOf, minutesSignals } from '../../../../shared/domain/past-minutes/minutes-problem';
import { para, paras } from '../../../support/past-minutes/units';

describe('whether a document is minutes', () => {
  it('accepts a Modern.gov extract with only "Minutes:" and a decision', () => {
    expect(
      minutesProblemOf(paras('Agenda item', 'Update', 'Minutes:', 'Ian gave an overview.', 'RESOLVED:', 'That the report be noted.')),
    ).toBeUndefined();
  });

  it('counts what suggests minutes', () => {
    expect(
      minutesSignals(paras('Minutes of the Cabinet', 'Present: Cllr A Lee', '1. Apologies', '2. Budget', 'RESOLVED: That it be approved.')),
    ).toEqual({
      title: true,
      attendance: true,
      labels: false,
      headings: 2,
      decisions: 1,
      closed: false,
    });
  });

  it('says a statement or report is not minutes', () => {
    expect(minutesProblemOf(paras('Why groups find co-production hard', 'Co-production is a principle.', 'These challenges include:'))).toMatch(
      /report or a statement, not minutes/,
    );
  });

  it('says slides are not minutes', () => {
    const slides = ['Lessons from Westmoor – PowerPoint presentation', ...Array.from({ length: 9 }, (_, i) => `${i + 1}. Slide title ${i + 1}`)].map(
      (t) => para(t),
    );
    expect(minutesProblemOf(slides)).toMatch(/slides, not minutes/);
  });

  it('says an empty document has no text to read', () => {
    expect(minutesProblemOf([])).toMatch(/no text/);
  });
});
