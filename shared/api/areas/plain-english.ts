import { z } from 'zod';
import { CHECKED_DOCUMENTS, type MeetingReadabilityCheck } from '../../domain/readability/meeting-check';
import { Id } from '../../model';

/**
 * Plain English: a readability check of a meeting's document before it is exported. The board's word list is
 * edited through `boards.update` (`plainEnglishWords`, null for the shipped list); readability of a text being
 * typed is worked out in the renderer itself, with the same pure code.
 */
export const PLAIN_ENGLISH_INPUTS = {
  /** The agenda's, the minutes' or the easy-read summaries' words; the public version unless `audience` says not. */
  'plainEnglish.meetingCheck': z.object({
    meetingId: Id,
    document: z.enum(CHECKED_DOCUMENTS),
    audience: z.enum(['public', 'private']).default('public'),
  }),
} as const;

export type PlainEnglishOutputs = {
  'plainEnglish.meetingCheck': MeetingReadabilityCheck;
};
