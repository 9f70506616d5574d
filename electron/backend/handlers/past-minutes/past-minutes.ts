import { Buffer } from 'node:buffer';
import type { HandlerMap } from '../handler-context';
import { requireBoard } from '../lookup';
import { acceptDraft } from './accept-draft';
import { readAndRecognise } from './read-and-recognise';

export const pastMinutesHandlers: HandlerMap<'pastMinutes.read' | 'pastMinutes.accept'> = {
  'pastMinutes.read': (input, ctx) => {
    requireBoard(ctx, input.boardId);
    return readAndRecognise({ bytes: Buffer.from(input.dataBase64, 'base64'), fileName: input.fileName });
  },
  'pastMinutes.accept': (input, ctx) => acceptDraft(ctx, input.boardId, input.source, input.draft),
};
