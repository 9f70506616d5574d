import os from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/support/longest-first.ts';

/** Unit tests that mock the electron module (vi.mock), which a shared module graph would leak to other files. */
const MOCKS_ELECTRON = ['test/unit/electron/main-shell.test.ts', 'test/unit/electron/go-menu.test.ts', 'test/unit/electron/save-file.test.ts'];
/** Integration files that need a process of their own (process.umask cannot be set from a worker thread). */
const OWN_PROCESS = ['test/integration/store/permissions.test.ts'];

export default defineConfig({
  test: {
    // One more worker than there are cores, across all projects at once, so files wait for each other only for a core.
    // (Vitest's default, one fewer than the cores, left a two-core machine running one file at a time; there, the
    // end-to-end files' Chromium keeps both cores busy already, so the gain is small: see docs/BENCHMARKS.md.)
    maxWorkers: os.availableParallelism() + 1,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: MOCKS_ELECTRON,
          environment: 'node',
          // Worker threads, and one module graph per worker rather than per file: the unit tests share no state
          // through modules (the clock and ids are passed in), so isolating each file only repeats the imports.
          pool: 'threads',
          isolate: false,
          // Generous, so a loaded machine never decides a result (some tests parse the whole renderer).
          testTimeout: 60_000,
        },
      },
      {
        test: {
          // Files that replace the electron module with a stand-in: each needs its own module graph.
          name: 'unit-shell',
          include: MOCKS_ELECTRON,
          environment: 'node',
          pool: 'threads',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          exclude: OWN_PROCESS,
          environment: 'node',
          // As the unit tests: worker threads sharing one module graph. Each file opens its own backend on its own
          // folder, and restores what it spies on; isolating the files only repeated the imports (about half the
          // project's time).
          pool: 'threads',
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration-process',
          include: OWN_PROCESS,
          environment: 'node',
        },
      },
      {
        test: {
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          environment: 'node',
          // Hundreds of child processes on a busy machine: generous, so load never decides a result.
          testTimeout: 1_800_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Files run side by side: each describe has its own data folder and server on a free port, and its own
          // contexts in the run's one Chromium.
          globalSetup: ['test/e2e/support/demo-template.ts', 'test/e2e/support/browser-server.ts'],
          // A browser on a busy two-core machine can take more than a second to settle.
          expect: { poll: { timeout: 10_000 } },
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
    // Longest file first across all projects, so no core waits at the end on one long file.
    sequence: { sequencer: LongestFirst },
    reporters: ['default'],
  },
});
