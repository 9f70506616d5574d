import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFile, ExportProgress } from '../../../../shared/api/exports';
import { ApiCallError, toApiCallError } from '../../api/api-call-error';
import { useApi } from '../../api/ApiProvider';
import type { Input } from '../../../../shared/api/contract';

export type JobState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: Pick<ExportProgress, 'done' | 'total' | 'stage'> }
  | { readonly phase: 'done'; readonly file: ExportFile }
  | { readonly phase: 'failed'; readonly error: ApiCallError };

const POLL_MS = 150;

/**
 * Runs an export in the background and follows its progress, so a long agenda pack shows how far it has got
 * instead of freezing the dialog. Polling stops when the dialog closes.
 */
export function useExportJob(): {
  readonly state: JobState;
  readonly start: (request: Input<'exports.start'>) => Promise<ExportFile | undefined>;
  readonly reset: () => void;
} {
  const { call } = useApi();
  const [state, setState] = useState<JobState>({ phase: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const start = useCallback(
    async (request: Input<'exports.start'>): Promise<ExportFile | undefined> => {
      setState({ phase: 'running', progress: { done: 0, total: 1, stage: 'Starting' } });
      try {
        const { jobId } = await call('exports.start', request);
        while (alive.current) {
          const progress = await call('exports.progress', { jobId });
          if (progress.state === 'done' && progress.result !== undefined) {
            const file = progress.result;
            if (alive.current) setState({ phase: 'done', file });
            return file;
          }
          if (progress.state === 'failed') {
            throw new ApiCallError('exports.progress', progress.error ?? { code: 'internal', message: 'The document could not be made.' });
          }
          if (alive.current) setState({ phase: 'running', progress: { done: progress.done, total: progress.total, stage: progress.stage } });
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      } catch (thrown) {
        if (alive.current) setState({ phase: 'failed', error: toApiCallError('exports.start', thrown) });
      }
      return undefined;
    },
    [call],
  );
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, reset };
}
