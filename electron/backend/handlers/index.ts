import type { HandlerMap } from './handler-context';
import { actionHandlers } from './actions/actions';
import { agendaHandlers } from './meetings/agenda';
import { attachmentHandlers } from './meetings/attachments';
import { attendanceHandlers } from './meetings/attendance';
import { boardHandlers } from './boards/boards';
import { calendarHandlers } from './meetings/calendar';
import { dataHandlers } from './data/data';
import { exportHandlers } from './exports/exports';
import { meetingHandlers } from './meetings/meetings';
import { minuteHandlers } from './minutes/minutes';
import { peopleHandlers } from './boards/people';
import { resolutionHandlers } from './decisions/resolutions';
import { searchHandlers } from './search/search';
import { accessHandlers } from './coproduction/access';
import { rewardHandlers } from './coproduction/reward';
import { ratingsHandlers } from './coproduction/ratings';
import { participationHandlers } from './coproduction/participation';
import { youSaidHandlers } from './coproduction/you-said';
import { reportsHandlers } from './exports/reports';
import { plainEnglishHandlers } from './coproduction/plain-english';
import { backupHandlers } from './data/backups';
import { pastMinutesHandlers } from './past-minutes/past-minutes';

/** Every method of the contract has exactly one handler: a missing one is a compile error. */
export const HANDLERS: HandlerMap = {
  ...dataHandlers,
  ...boardHandlers,
  ...peopleHandlers,
  ...meetingHandlers,
  ...agendaHandlers,
  ...attendanceHandlers,
  ...minuteHandlers,
  ...resolutionHandlers,
  ...actionHandlers,
  ...attachmentHandlers,
  ...exportHandlers,
  ...calendarHandlers,
  ...searchHandlers,
  ...accessHandlers,
  ...rewardHandlers,
  ...ratingsHandlers,
  ...participationHandlers,
  ...youSaidHandlers,
  ...reportsHandlers,
  ...plainEnglishHandlers,
  ...pastMinutesHandlers,
  ...backupHandlers,
};
