import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order files start in, across every project at once. Vitest's own order runs the projects one after another
 * (by name), so the longest file of a late project (the kill-point test) started only when the end-to-end files were
 * done, and the run ended with one core waiting on it. Longest first, whatever the project, packs the cores.
 *
 * Where the last run's durations are known for every file, they decide. Otherwise (a fresh clone, or a new file) the
 * projects' usual weight decides, then the file's size: the fault tests (child processes by the hundred) first, then
 * the end-to-end files (a browser each), the integration files, and the unit files last.
 */
const PROJECT_WEIGHT: Readonly<Record<string, number>> = { faults: 4, e2e: 3, integration: 2, 'integration-process': 2, 'unit-shell': 1, unit: 0 };

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const key = (file: TestSpecification): string => `${file.project.name}:${path.relative(this.ctx.config.root, file.moduleId)}`;
    const durations = files.map((file) => cache.getFileTestResults(key(file))?.duration);
    if (durations.every((d) => d !== undefined && d > 0)) {
      const known = new Map(files.map((file, i) => [file, durations[i] ?? 0]));
      return [...files].sort((a, b) => (known.get(b) ?? 0) - (known.get(a) ?? 0));
    }
    const weight = (file: TestSpecification): number => PROJECT_WEIGHT[file.project.name] ?? 0;
    const size = (file: TestSpecification): number => cache.getFileStats(key(file))?.size ?? 0;
    return [...files].sort((a, b) => weight(b) - weight(a) || size(b) - size(a));
  }
}
