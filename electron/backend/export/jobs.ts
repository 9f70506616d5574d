import type { ApiError } from '../../../shared/api/envelope';
import type { ExportFile, ExportProgress } from '../../../shared/api/exports';

type Job = {
  state: ExportProgress['state'];
  done: number;
  total: number;
  stage: string;
  result?: ExportFile;
  error?: ApiError;
  finishedAt?: number;
};

/** A finished job is kept this long for the app to collect (its file's bytes wait in the backend's made files). */
const KEEP_MS = 10 * 60 * 1000;

/**
 * Exports that take a while (an agenda pack) run in the background while the app polls for progress. Jobs live
 * in this process's memory only: they are gone when the app closes, which is what a clerk expects of a print run.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly now: () => number = Date.now) {}

  start(
    id: string,
    work: (progress: (done: number, total: number, stage: string) => void) => Promise<ExportFile>,
    toError: (error: unknown) => ApiError,
  ): void {
    this.sweep();
    const job: Job = { state: 'running', done: 0, total: 1, stage: 'Starting' };
    this.jobs.set(id, job);
    const progress = (done: number, total: number, stage: string): void => {
      job.done = done;
      job.total = total;
      job.stage = stage;
    };
    work(progress).then(
      (result) => {
        job.state = 'done';
        job.result = result;
        job.done = job.total;
        job.stage = 'Done';
        job.finishedAt = this.now();
      },
      (error: unknown) => {
        job.state = 'failed';
        job.error = toError(error);
        job.stage = 'Failed';
        job.finishedAt = this.now();
      },
    );
  }

  /** Where a job has got to; once finished, its result is handed over and the job forgotten. */
  progress(id: string): ExportProgress | undefined {
    const job = this.jobs.get(id);
    if (job === undefined) return undefined;
    if (job.state !== 'running') this.jobs.delete(id);
    return {
      jobId: id,
      state: job.state,
      done: job.done,
      total: job.total,
      stage: job.stage,
      ...(job.result === undefined ? {} : { result: job.result }),
      ...(job.error === undefined ? {} : { error: job.error }),
    };
  }

  private sweep(): void {
    const cutoff = this.now() - KEEP_MS;
    for (const [id, job] of this.jobs) if (job.finishedAt !== undefined && job.finishedAt < cutoff) this.jobs.delete(id);
  }
}

/** One registry per process: the CLI, the HTTP bridge and the Electron main process each have one backend. */
export const exportJobs = new ExportJobs();
