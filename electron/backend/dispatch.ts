import { pathText, unknownFields } from '../../shared/domain/integrity';
import { ZodError } from 'zod';
import { fail, INPUTS, isMethod, ok, type Envelope, type ErrorCode, type Method } from '../../shared/api';
import { ApiFailure, type Handler, type HandlerContext } from './handlers/handler-context';
import { HANDLERS } from './handlers';
import { internalFailure } from './internal-error';
import { StoreError, type StoreErrorCode } from './store';

const READS: ReadonlySet<Method> = new Set<Method>([
  'app.status',
  'boards.list',
  'boards.get',
  'people.list',
  'members.list',
  'meetings.list',
  'meetings.get',
  'resolutions.list',
  'actions.list',
  'actions.openForMeeting',
  'search.query',
  'attachments.read',
  'data.export',
  // Exports read the store and write nothing to it: a read-only folder can still print its minutes.
  'exports.render',
  'exports.start',
  'exports.progress',
  'exports.preview',
  'files.saveAs',
  'calendar.nonWorkingDays',
  'reward.rates.list',
  'reward.claims.list',
  'reward.totals',
  'reward.financeCsv',
  'reward.statement',
  'access.checklist',
  'members.termReminders',
  'criteriaSets.list',
  'ratings.list',
  'ratings.trend',
  'participation.report',
  'diversity.get',
  'diversity.report',
  'youSaid.list',
  'youSaid.report',
  'plainEnglish.meetingCheck',
  'reports.render',
  'backups.list',
  // Reading a file of past minutes stores nothing: the clerk reviews what was recognised, then accepts it.
  'pastMinutes.read',
]);

/** How the store's refusals reach a caller. */
const STORE_CODES: Readonly<Record<StoreErrorCode, ErrorCode>> = {
  locked: 'conflict',
  read_only: 'read_only',
  invalid_record: 'invalid_input',
  future_version: 'io_error',
  unreadable: 'io_error',
  io: 'io_error',
};

export const isReadMethod = (method: Method): boolean => READS.has(method);

function fromZod(error: ZodError, prefix = ''): Envelope<never> {
  const pathOf = (issue: ZodError['issues'][number] | undefined): string =>
    [prefix, ...(issue?.path ?? []).map(String)].filter((p) => p !== '').join('.');
  const issue = error.issues[0];
  const path = pathOf(issue);
  const issues = error.issues.map((i) => ({ path: pathOf(i), message: i.message }));
  return fail('invalid_input', issue?.message ?? 'The input is not valid.', path === '' ? undefined : path, issues);
}

/** Parse → handler → envelope. The one way into the backend for the renderer, the CLI and the tests. */
export async function dispatch(ctx: HandlerContext, method: string, input: unknown): Promise<Envelope<unknown>> {
  if (!isMethod(method)) return fail('unknown_method', `There is no method called "${method}".`);
  if (ctx.repo.readOnly && !isReadMethod(method)) {
    return fail('read_only', ctx.readOnlyReason ?? 'The data folder is open read-only, so nothing can be changed.');
  }
  const parsed = INPUTS[method].safeParse(input ?? {});
  if (!parsed.success) return fromZod(parsed.error);
  // A change with a field the contract does not know is refused rather than saved without it: a misspelt field
  // would otherwise be dropped without a word.
  const unknown = isReadMethod(method) ? [] : unknownFields(input ?? {}, parsed.data);
  if (unknown.length > 0) {
    const issues = unknown.map((path) => ({ path: pathText(path), message: `There is no field "${String(path.at(-1))}" here.` }));
    return fail(
      'invalid_input',
      `Nothing was changed: ${method} has no field "${String(unknown[0]?.at(-1))}" at ${issues[0]?.path ?? ''}.`,
      issues[0]?.path,
      issues,
    );
  }
  try {
    const handler = HANDLERS[method] as Handler<Method>;
    // Awaited inside the try, so a render that fails later still comes back as an envelope.
    return ok(await handler(parsed.data as never, ctx));
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.code, error.message, error.path, error.issues);
    if (error instanceof ZodError) return fromZod(error);
    if (error instanceof StoreError) {
      return fail(STORE_CODES[error.code], error.message);
    }
    return internalFailure(method, error);
  }
}
