import { describe, expect, it } from 'vitest';
import { actionFromWords, actionsInUnit, ownerToActions } from '../../../../shared/domain/past-minutes/actions';

const lines = { from: 5, to: 5 };

describe('actions written in the minutes', () => {
  it('gives "ACTION: JB" standing alone the last sentence of the paragraph above', () => {
    const found = actionsInUnit('ACTION: JB', lines, { text: 'Members discussed it. The slides would be circulated.', lines: { from: 4, to: 4 } });
    expect(found.standalone).toBe(true);
    expect(found.actions).toEqual([
      { text: 'The slides would be circulated.', ownerText: 'JB', owner: { kind: 'initials', initials: 'JB' }, lines: { from: 4, to: 5 } },
    ]);
  });

  it('reads the owner before "to" and the due date in an action’s words', () => {
    expect(actionsInUnit('Action: Director of Public Health to write to partners by 31 March 2015', lines).actions[0]).toEqual({
      text: 'Director of Public Health to write to partners by 31 March 2015',
      ownerText: 'Director of Public Health',
      due: { kind: 'date', date: '2015-03-31' },
      lines,
    });
  });

  it('takes an action off the end of a paragraph, keeping the paragraph', () => {
    const found = actionsInUnit('The plan would be circulated to partners. ACTION: RL', lines);
    expect(found.text).toBe('The plan would be circulated to partners.');
    expect(found.actions[0]).toMatchObject({ text: 'The plan would be circulated to partners.', ownerText: 'RL' });
  });

  it('reads "– JB" after the words, and marks several owners and no owner unsure', () => {
    expect(actionFromWords('Circulate the slides – JB', lines)).toMatchObject({ text: 'Circulate the slides', ownerText: 'JB' });
    expect(actionFromWords('JB/AP to meet the provider', lines).unsure).toMatch(/Several owners/);
    expect(actionFromWords('circulate the slides', lines).unsure).toMatch(/No owner/);
  });

  it('reads "Clerk to ..." sentences as actions', () => {
    expect(ownerToActions('Agreed. Clerk to report by 13th November 2023.', lines)).toEqual([
      { text: 'Clerk to report by 13th November 2023', ownerText: 'Clerk', due: { kind: 'date', date: '2023-11-13' }, lines },
    ]);
    expect(ownerToActions('Members went to see the site.', lines)).toEqual([]);
  });
});
