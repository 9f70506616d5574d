import { z } from 'zod';
import { Audit, Id } from './common';

/**
 * The minute of one agenda item. `text` is minute markup: paragraphs separated by a blank line, lines starting
 * "- " form a bulleted list and "1. " a numbered list, *emphasis* and **strong** inline.
 */
export const Minute = z.object({
  id: Id,
  meetingId: Id,
  itemId: Id,
  text: z.string().max(200_000),
  /** A correction of signed minutes is a minute of a later meeting that points back to what it corrects. */
  corrects: z.object({ meetingId: Id, itemId: Id }).optional(),
  ...Audit,
});
export type Minute = z.infer<typeof Minute>;
