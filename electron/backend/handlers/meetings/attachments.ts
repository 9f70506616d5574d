import { Buffer } from 'node:buffer';
import { Attachment } from '../../../../shared/model';
import { ApiFailure, type HandlerMap } from '../handler-context';
import { requireEditableMeeting, requireInMeeting, requireMeeting } from '../lookup';

export const attachmentHandlers: HandlerMap<'attachments.add' | 'attachments.remove' | 'attachments.read'> = {
  'attachments.add': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const item = input.itemId === undefined ? undefined : requireInMeeting(ctx, meeting.id, 'agendaItems', input.itemId, 'itemId');
    const bytes = Buffer.from(input.dataBase64, 'base64');
    const sha256 = ctx.repo.putBlob(bytes);
    const now = ctx.clock.now();
    const record = Attachment.parse({
      id: ctx.ids.next(),
      meetingId: meeting.id,
      ...(item === undefined ? {} : { itemId: item.id }),
      sha256,
      originalName: input.originalName,
      mediaType: input.mediaType,
      size: bytes.byteLength,
      addedAt: now,
    });
    ctx.repo.commit([
      { type: 'put', collection: 'attachments', record },
      ...(item === undefined
        ? []
        : [
            {
              type: 'put' as const,
              collection: 'agendaItems' as const,
              record: { ...item, attachmentIds: [...item.attachmentIds, record.id], updatedAt: now },
            },
          ]),
    ]);
    return record;
  },

  'attachments.remove': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    requireInMeeting(ctx, meeting.id, 'attachments', input.id);
    const now = ctx.clock.now();
    const referencing = ctx.repo.meeting(meeting.id).agendaItems.filter((i) => i.attachmentIds.includes(input.id));
    // The bytes stay in the data folder: backups may still refer to them.
    ctx.repo.commit([
      { type: 'delete', collection: 'attachments', id: input.id, meetingId: meeting.id },
      ...referencing.map((item) => ({
        type: 'put' as const,
        collection: 'agendaItems' as const,
        record: { ...item, attachmentIds: item.attachmentIds.filter((id) => id !== input.id), updatedAt: now },
      })),
    ]);
    return { removed: [input.id] };
  },

  'attachments.read': (input, ctx) => {
    const meeting = requireMeeting(ctx, input.meetingId);
    const attachment = requireInMeeting(ctx, meeting.id, 'attachments', input.id);
    if (!ctx.repo.hasBlob(attachment.sha256)) {
      throw new ApiFailure('io_error', `The file "${attachment.originalName}" is missing from the data folder. Restore it from a backup.`);
    }
    // As a made file: the bytes go to a download or a Save As, never base64 inside the answer.
    const bytes = ctx.repo.readBlob(attachment.sha256);
    return { attachment, file: ctx.madeFiles.keep({ fileName: attachment.originalName, mediaType: attachment.mediaType, bytes }) };
  },
};
