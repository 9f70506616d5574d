import type { Op, Repository } from '../store';

type Method = (...args: unknown[]) => unknown;

/**
 * The repository, with `listener` told of each commit once it is durable. Every write in the backend goes through
 * `commit`, so whatever the method (or an import, or the CLI), the listener sees exactly the records that changed.
 * A listener that throws never turns a saved change into a refusal.
 */
export function observeCommits(repo: Repository, listener: (ops: readonly Op[]) => void): Repository {
  const commit = (ops: readonly Op[]): void => {
    repo.commit(ops);
    try {
      listener(ops);
    } catch {
      // The change is saved; at worst search misses it until the data folder is next opened.
    }
  };
  return new Proxy(repo, {
    get(target, key) {
      if (key === 'commit') return commit;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as Method).bind(target) : value;
    },
  });
}
