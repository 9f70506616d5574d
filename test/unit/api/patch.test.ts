import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INPUTS } from '../../../shared/api/inputs';
import { patchSchema } from '../../../shared/api/patch';

const Fields = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  venue: z.string().trim().max(10).optional(),
  note: z.string().optional(),
});

describe('patchSchema', () => {
  const Patch = patchSchema(Fields, ['venue']);

  it('accepts an empty patch, which changes nothing', () => {
    expect(Patch.parse({})).toEqual({});
  });

  it('accepts null for a field named as clearable', () => {
    expect(Patch.parse({ venue: null })).toEqual({ venue: null });
  });

  it('refuses null for an optional field not named as clearable', () => {
    expect(Patch.safeParse({ note: null }).success).toBe(false);
  });

  it('refuses null for a required field, which stays required in the record', () => {
    expect(Patch.safeParse({ date: null }).success).toBe(false);
  });

  it('keeps each field’s own checks and transforms', () => {
    expect(Patch.parse({ venue: '  Hall  ' })).toEqual({ venue: 'Hall' });
    expect(Patch.safeParse({ venue: 'A very long venue name' }).success).toBe(false);
    expect(Patch.safeParse({ date: '5 December' }).success).toBe(false);
  });
});

describe('the update methods of the contract', () => {
  const clears = (method: keyof typeof INPUTS, patch: Record<string, null>): boolean =>
    INPUTS[method].safeParse({ id: 'x1', meetingId: 'm1', patch }).success;

  it('let a clerk clear the optional fields of meetings, items, decisions, actions, people and boards', () => {
    expect(clears('meetings.update', { endTime: null, venue: null, onlineLink: null, title: null })).toBe(true);
    expect(clears('agenda.update', { presenter: null, presenterPersonId: null, timeAllowanceMinutes: null, easyReadSummary: null })).toBe(true);
    expect(clears('resolutions.update', { recommendedTo: null, vote: null, recordedVote: null })).toBe(true);
    expect(clears('actions.update', { due: null })).toBe(true);
    expect(clears('people.update', { organisation: null, jobTitle: null, email: null })).toBe(true);
    expect(clears('boards.update', { organisation: null, clerk: null, houseStyle: null, plainEnglishWords: null })).toBe(true);
  });

  it('do not let a patch clear what a record cannot be without', () => {
    expect(clears('meetings.update', { date: null })).toBe(false);
    expect(clears('agenda.update', { title: null })).toBe(false);
    expect(clears('resolutions.update', { parts: null })).toBe(false);
    expect(clears('actions.update', { owner: null })).toBe(false);
    expect(clears('people.update', { name: null })).toBe(false);
    expect(clears('boards.update', { quorum: null })).toBe(false);
    expect(clears('declarations.update', { nature: null })).toBe(false);
  });
});
