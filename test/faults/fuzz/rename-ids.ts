import type { Bundle } from '../../../shared/model';

/** The bundle with every record id (and every reference to one) given a suffix: the same data, importable again. */
export function renameIds(bundle: Bundle, suffix: string): Bundle {
  const ids = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) {
      const id = (value as { id?: unknown }).id;
      if (typeof id === 'string') ids.add(id);
      Object.values(value).forEach(collect);
    }
  };
  collect(bundle);
  return JSON.parse(
    JSON.stringify(bundle, (_key, value: unknown) => (typeof value === 'string' && ids.has(value) ? `${value}${suffix}` : value)),
  ) as Bundle;
}
