import { formatLongDate } from '../../../shared/domain';
import type { Backend } from '../backend';
import { CliFailure, EXIT, type ExitCode } from './exit-codes';
import { callApi } from './run-api';

type Io = { readonly out: (line: string) => void; readonly err: (line: string) => void };

/** `minute-book agenda publish MEETING_ID`: publishes the agenda, through the same contract method as the agenda builder. */
export async function agendaCommand(backend: Backend, verb: string | undefined, meetingId: string | undefined, io: Io): Promise<ExitCode> {
  if (verb !== 'publish') throw new CliFailure(EXIT.unusable, 'Say what to do with the agenda: minute-book agenda publish MEETING_ID');
  if (meetingId === undefined || meetingId.trim() === '')
    throw new CliFailure(EXIT.unusable, 'Say which meeting: minute-book agenda publish MEETING_ID');
  const meeting = await callApi(backend, 'meetings.publishAgenda', { id: meetingId.trim() });
  io.out(`Published the agenda of the meeting of ${formatLongDate(meeting.date)}. Changes from now on are marked as supplementary.`);
  return EXIT.ok;
}
