import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './browser';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into vitest's own
  export interface ProvidedContext {
    /** Where the run's one Chromium listens: each `describe` connects to it and opens contexts of its own. */
    browserEndpoint: string;
  }
}

/**
 * The e2e project's global set-up: one headless Chromium for every test file. A context is as separate from
 * another as a browser is (its own storage, cookies and renderer processes), and launching a browser for each file
 * cost several CPU-seconds of start-up each time.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchChromiumServer();
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}
