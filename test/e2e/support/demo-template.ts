import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runCli } from './server';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into vitest's own
  export interface ProvidedContext {
    /** A data folder that `minute-book demo` filled once for the whole run; each server starts on a copy of it. */
    demoTemplate: string;
  }
}

/**
 * The e2e project's global set-up: fills one data folder with the demo before any test file runs, so that each
 * `describe` copies it (a few milliseconds) instead of running `minute-book demo` again (most of a second of CPU).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'minute-book-e2e-demo-'));
  const template = join(root, 'data');
  await runCli(['demo', '--data', template]);
  project.provide('demoTemplate', template);
  return () => rm(root, { recursive: true, force: true });
}
