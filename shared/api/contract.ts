import type { z } from 'zod';
import type {
  Action,
  AgendaItem,
  Attachment,
  Attendance,
  Board,
  Bundle,
  Declaration,
  Meeting,
  Membership,
  Minute,
  Person,
  Resolution,
} from '../model';
import type { MinutesApproval } from './approval';
import type { DocumentPreview, ExportFile, ExportProgress } from './exports';
import type { AccessOutputs } from './areas/access';
import type { RewardOutputs } from './areas/reward';
import type { RatingsOutputs } from './areas/ratings';
import type { ParticipationOutputs } from './areas/participation';
import type { YouSaidOutputs } from './areas/you-said';
import type { PlainEnglishOutputs } from './areas/plain-english';
import type { ReportsOutputs } from './areas/reports';
import type { BackupOutputs } from './areas/backups';
import type { PastMinutesOutputs } from './areas/past-minutes';
import { INPUTS } from './inputs';
import type { SearchResults } from './search';
import type { ActionView, AppStatus, ImportSummary, MeetingDetail, MemberView, NonWorkingDaysView, NumberedItem, ResolutionView } from './views';

/** What each method returns, by name. Inputs are the zod schemas in `INPUTS`. */
export type Outputs = CoreOutputs &
  AccessOutputs &
  RewardOutputs &
  RatingsOutputs &
  ParticipationOutputs &
  YouSaidOutputs &
  PlainEnglishOutputs &
  ReportsOutputs &
  BackupOutputs &
  PastMinutesOutputs;

type CoreOutputs = {
  'app.status': AppStatus;
  'boards.list': readonly Board[];
  'boards.get': Board;
  'boards.create': Board;
  'boards.update': Board;
  'people.list': readonly Person[];
  'people.create': Person;
  'people.update': Person;
  'members.list': readonly MemberView[];
  'members.add': Membership;
  'members.addMany': readonly Membership[];
  'members.update': Membership;
  'meetings.list': readonly Meeting[];
  'meetings.get': MeetingDetail;
  'meetings.create': Meeting;
  'meetings.update': Meeting;
  'meetings.publishAgenda': Meeting;
  'meetings.hold': Meeting;
  'meetings.cancel': Meeting;
  'agenda.add': AgendaItem;
  'agenda.update': AgendaItem;
  'agenda.move': readonly NumberedItem[];
  'agenda.remove': { readonly removed: readonly string[] };
  'attendance.set': Attendance;
  'attendance.recordMovement': Attendance;
  'attendance.remove': { readonly removed: readonly string[] };
  'attendance.markPresent': readonly Attendance[];
  'attendance.undoMovement': Attendance;
  'declarations.add': Declaration;
  'declarations.update': Declaration;
  'declarations.remove': { readonly removed: readonly string[] };
  'minutes.save': Minute;
  'minutes.draft': Meeting;
  'minutes.circulate': Meeting;
  'minutes.approve': MinutesApproval;
  'minutes.recordPastApproval': Meeting;
  'minutes.recordCorrection': Minute;
  'resolutions.add': Resolution;
  'resolutions.update': Resolution;
  'resolutions.move': readonly Resolution[];
  'resolutions.remove': { readonly removed: readonly string[] };
  'resolutions.list': readonly ResolutionView[];
  'actions.add': Action;
  'actions.update': Action;
  'actions.addUpdate': Action;
  'actions.list': readonly ActionView[];
  'actions.openForMeeting': readonly ActionView[];
  'search.query': SearchResults;
  'attachments.add': Attachment;
  'attachments.remove': { readonly removed: readonly string[] };
  /** The attachment's record, and its bytes as a made file (taken once, by a download or `files.saveAs`). */
  'attachments.read': { readonly attachment: Attachment; readonly file: ExportFile };
  'data.export': Bundle;
  'data.import': ImportSummary;
  'exports.render': ExportFile;
  'exports.start': { readonly jobId: string };
  'exports.progress': ExportProgress;
  'exports.preview': DocumentPreview;
  /** Electron's main process answers this itself (a native save dialog); the backend refuses it. */
  'files.saveAs': { readonly saved: boolean; readonly path?: string };
  'calendar.nonWorkingDays': NonWorkingDaysView;
};

export type Method = keyof typeof INPUTS & keyof Outputs;
/** What a caller passes (before defaults are applied). */
export type Input<M extends Method> = z.input<(typeof INPUTS)[M]>;
/** What a handler receives (after parsing). */
export type ParsedInput<M extends Method> = z.output<(typeof INPUTS)[M]>;
export type Output<M extends Method> = Outputs[M];

export const METHODS = Object.keys(INPUTS) as Method[];
export const isMethod = (name: string): name is Method => Object.hasOwn(INPUTS, name);

// Every method has both an input schema and an output type: a missing one is a compile error here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractIsComplete: Same<keyof typeof INPUTS, keyof Outputs> = true;
void contractIsComplete;
