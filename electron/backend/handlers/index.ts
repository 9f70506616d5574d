import type { HandlerMap } from './handler-context';
import { actionHandlers } from './actions';
import { agendaHandlers } from './agenda';
import { attachmentHandlers } from './attachments';
import { attendanceHandlers } from './attendance';
import { boardHandlers } from './boards';
import { calendarHandlers } from './calendar';
import { dataHandlers } from './data';
import { exportHandlers } from './exports';
import { meetingHandlers } from './meetings';
import { minuteHandlers } from './minutes';
import { peopleHandlers } from './people';
import { resolutionHandlers } from './resolutions';
import { searchHandlers } from './search';
import { accessHandlers } from './access';
import { rewardHandlers } from './reward';
import { ratingsHandlers } from './ratings';
import { participationHandlers } from './participation';
import { youSaidHandlers } from './you-said';
import { reportsHandlers } from './reports';
import { plainEnglishHandlers } from './plain-english';
import { backupHandlers } from './backups';


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
  ...backupHandlers,
};
