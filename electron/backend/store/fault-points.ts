import fs from 'node:fs';

/*
 * Seeded kill points for the fault suite (test/faults). The store's primitive writes call `faultPoint` at each
 * moment a crash could leave the disk in a different state. Normally it does nothing. Two environment variables
 * turn it on, for a child process that a test starts:
 *
 *   MINUTE_BOOK_KILL_AT=n          the n-th point this process passes kills it with SIGKILL (n from 1)
 *   MINUTE_BOOK_KILL_AT=n:filter   the n-th point whose name (with its detail) contains `filter`
 *   MINUTE_BOOK_FAULT_LOG=file     appends one line per point passed, `<n> <name> <detail>`, so a test can learn
 *                                  how many points a run has and choose among them from a seed
 *
 * The kill is the process killing itself, so it lands exactly between two system calls, the same on every machine
 * however fast or loaded.
 */

type Plan = {
  readonly killAt: number | undefined;
  readonly filter: string;
  readonly log: string | undefined;
};

const KILL_AT = /^([1-9][0-9]*)(?::(.+))?$/;

function readPlan(env: NodeJS.ProcessEnv): Plan {
  const killAt = env['MINUTE_BOOK_KILL_AT'];
  const log = env['MINUTE_BOOK_FAULT_LOG'];
  if (killAt === undefined || killAt === '') return { killAt: undefined, filter: '', log: log === '' ? undefined : log };
  const match = KILL_AT.exec(killAt);
  if (match === null) throw new Error(`MINUTE_BOOK_KILL_AT must be a number from 1, optionally followed by ":filter"; it is "${killAt}".`);
  return { killAt: Number(match[1]), filter: match[2] ?? '', log: log === '' ? undefined : log };
}

let plan: Plan | undefined;
let passed = 0;
let matched = 0;

/**
 * A moment at which a crash is worth trying. `name` says which (e.g. `durable.renamed`); `detail` names the file,
 * to help read a failure. A no-op unless MINUTE_BOOK_KILL_AT or MINUTE_BOOK_FAULT_LOG is set.
 */
export function faultPoint(name: string, detail = ''): void {
  plan ??= readPlan(process.env);
  if (plan.killAt === undefined && plan.log === undefined) return;
  passed += 1;
  const label = detail === '' ? name : `${name} ${detail}`;
  if (plan.log !== undefined) fs.appendFileSync(plan.log, `${passed} ${label}\n`);
  if (plan.killAt === undefined || !label.includes(plan.filter)) return;
  matched += 1;
  if (matched === plan.killAt) process.kill(process.pid, 'SIGKILL');
}
