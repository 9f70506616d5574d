import { readNonWorkingDays } from '../../calendar/non-working-days-file';
import type { HandlerMap } from '../handler-context';

export const calendarHandlers: HandlerMap<'calendar.nonWorkingDays'> = {
  'calendar.nonWorkingDays': (_input, ctx) => readNonWorkingDays(ctx.repo.dataDir),
};
