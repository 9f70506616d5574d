import { SCHEMA_VERSION } from '../../../../shared/model';
import type { HandlerMap } from '../handler-context';
import { planImport } from './bundle-import';

export const dataHandlers: HandlerMap<'data.export' | 'data.import' | 'app.status'> = {
  'app.status': (_input, ctx) => ({
    version: ctx.version,
    schemaVersion: SCHEMA_VERSION,
    dataDir: ctx.repo.dataDir,
    readOnly: ctx.repo.readOnly,
    ...(ctx.readOnlyReason === undefined ? {} : { readOnlyReason: ctx.readOnlyReason }),
    notices: ctx.repo.notices(),
  }),

  'data.export': (_input, ctx) => ctx.repo.exportBundle(),

  'data.import': (input, ctx) => {
    const plan = planImport(ctx.repo, input.bundle);
    // Bytes first: they are stored by hash, so an import that fails after this leaves nothing that matters.
    for (const bytes of plan.blobs) ctx.repo.putBlob(bytes);
    if (plan.ops.length > 0) ctx.repo.commit(plan.ops);
    return { counts: plan.counts };
  },
};
