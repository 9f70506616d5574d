import { z } from 'zod';
import { Id, Text, Timestamp } from './common';

/** A report or paper. Its bytes live in the data folder under their SHA-256, so one file is stored once. */
export const Attachment = z.object({
  id: Id,
  meetingId: Id,
  itemId: Id.optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 in lower-case hex'),
  originalName: Text(255),
  mediaType: z.string().trim().min(1).max(200),
  size: z.number().int().min(0),
  addedAt: Timestamp,
});
export type Attachment = z.infer<typeof Attachment>;
