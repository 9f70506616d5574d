import type { ApiError } from '../../../../shared/api/envelope';
import { exportJobs } from '../../export/jobs';
import { internalError } from '../../internal-error';
import { StoreError } from '../../store';
import { previewDocument } from './document-preview';
import { prepareExport, runExport } from './export-prepare';
import { ApiFailure, type HandlerMap } from '../handler-context';

let jobCounter = 0;

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiFailure) return { code: error.code, message: error.message, ...(error.path === undefined ? {} : { path: error.path }) };
  // The store's own refusals (a damaged attachment file) are written for the clerk; anything else is logged.
  if (error instanceof StoreError) return { code: 'io_error', message: error.message };
  return internalError('exports.start', error);
}

export const exportHandlers: HandlerMap<'exports.render' | 'exports.start' | 'exports.progress' | 'exports.preview' | 'files.saveAs'> = {
  'exports.render': (input, ctx) => runExport(ctx, prepareExport(ctx, input)),

  'exports.start': (input, ctx) => {
    // Prepared now, so a refusal (no such meeting, minutes not signed) comes back at once rather than as a failed job.
    const prepared = prepareExport(ctx, input);
    jobCounter += 1;
    const jobId = `export-${jobCounter}-${ctx.ids.next()}`;
    exportJobs.start(jobId, (progress) => runExport(ctx, prepared, progress), asApiError);
    return { jobId };
  },

  'exports.progress': (input) => {
    const progress = exportJobs.progress(input.jobId);
    if (progress === undefined)
      throw new ApiFailure('not_found', 'There is no export in progress with that id: it may have finished and been collected already.', 'jobId');
    return progress;
  },

  'exports.preview': previewDocument,

  'files.saveAs': () => {
    throw new ApiFailure(
      'forbidden',
      'Saving through a Save As dialog needs the Minute Book desktop app. In a web browser the file is downloaded instead.',
    );
  },
};
