import { SCHEMA_VERSION, type MeetingFile } from '../../../shared/model';
import { decodeMeetingFileSafely } from './codecs';
import type { StoreContext } from './context';
import { writeFileDurable } from './durable-file';
import { readJsonFile } from './json-file';
import { meetingFilePath, meetingRelPath } from './layout';
import { describeBackup, findGoodCopy, moveAside } from './recovery';

export const emptyMeetingFile = (meetingId: string): MeetingFile => ({
  schemaVersion: SCHEMA_VERSION,
  meetingId,
  agendaItems: [],
  attendance: [],
  declarations: [],
  minutes: [],
  resolutions: [],
  actions: [],
  attachments: [],
  accessArrangements: [],
});

export type MeetingLoad = {
  readonly data: MeetingFile;
  /** True when the file on disk does not match `data` (it had to be set aside) and should be written. */
  readonly needsWrite: boolean;
};

/**
 * Reads and validates one meeting's file. A damaged file (or a missing one for a meeting that has a header) is
 * moved aside and replaced by the newest good copy from the backups; the clerk is told what happened.
 */
export function loadMeeting(ctx: StoreContext, meetingId: string, label: string | undefined): MeetingLoad {
  const file = meetingFilePath(ctx.layout, meetingId);
  const what = `The file of ${label ?? `meeting ${meetingId}`} (${file})`;
  const parsed = readJsonFile(file);
  let reason: string;
  if (parsed.kind === 'missing') {
    if (label === undefined) return { data: emptyMeetingFile(meetingId), needsWrite: false };
    reason = 'it is missing';
  } else if (parsed.kind === 'unparseable') {
    reason = parsed.reason;
  } else {
    const decoded = decodeMeetingFileSafely(parsed.json, what, meetingId);
    if (decoded.ok) return { data: decoded.value, needsWrite: false };
    reason = `it does not match the data format: ${decoded.reason}`;
  }
  return recoverMeeting(ctx, meetingId, what, reason);
}

function recoverMeeting(ctx: StoreContext, meetingId: string, what: string, reason: string): MeetingLoad {
  const rel = meetingRelPath(meetingId);
  const good = findGoodCopy(ctx.layout, rel, (json) => decodeMeetingFileSafely(json, what, meetingId));
  const file = meetingFilePath(ctx.layout, meetingId);
  const aside = ctx.readOnly ? undefined : moveAside(ctx.layout, file, ctx.clock.now());
  const kept = aside === undefined ? '' : ` The damaged file has been kept, unchanged, at ${aside}.`;
  if (good !== undefined) {
    if (!ctx.readOnly) writeFileDurable(file, good.bytes);
    const action = ctx.readOnly
      ? `Its good copy in ${describeBackup(good.backup)} is shown instead; it will be restored the next time the folder is opened for editing.`
      : `It has been restored from ${describeBackup(good.backup)}.`;
    ctx.notify(
      'warning',
      `${what} could not be used: ${reason}.${kept} ${action} Changes to this meeting made after ${good.backup.createdAt} may be missing: please check it.`,
    );
    return { data: good.value, needsWrite: false };
  }
  ctx.notify(
    'error',
    `${what} could not be used: ${reason}.${kept} No backup holds a good copy of it, so this meeting's agenda, ` +
      'attendance, minutes, decisions and actions are missing from Minute Book for now. Ask for help recovering them; ' +
      'do not delete the data folder.',
  );
  return { data: emptyMeetingFile(meetingId), needsWrite: !ctx.readOnly };
}
