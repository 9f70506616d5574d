import { minutesProblem, recognisePastMinutes } from '../../../../shared/domain/past-minutes/recognise';
import type { PastMinutesReading } from '../../../../shared/api/areas/past-minutes';
import { PastMinutesFileError } from '../../past-minutes/past-minutes-file-error';
import { ApiFailure } from '../handler-context';

/**
 * Reads one file of past minutes and recognises them. The readers (pdf.js, mammoth) load only when a file is read,
 * so no other command pays for them. A file that cannot be read is refused with what is wrong and what to do.
 */
export async function readAndRecognise(file: { readonly bytes: Uint8Array; readonly fileName: string }): Promise<PastMinutesReading> {
  const { readPastMinutesFile } = await import('../../past-minutes/read-past-minutes');
  try {
    const source = await readPastMinutesFile(file, {});
    const problem = minutesProblem(source);
    return { source, draft: recognisePastMinutes(source), ...(problem === undefined ? {} : { notMinutes: problem }) };
  } catch (error) {
    if (error instanceof PastMinutesFileError) throw new ApiFailure('invalid_input', error.message, 'dataBase64');
    throw error;
  }
}
