import { useMemo } from 'react';
import type { NonWorkingDaysView } from '../../../../shared/api/views';
import { useApiQuery } from '../../api/use-api-query';

export type NonWorkingDays = {
  /** The dates, for the clear-days rules. */
  readonly closed: ReadonlySet<string>;
  readonly view: NonWorkingDaysView;
};

/** Bank holidays and the clerk's own closed days; null until loaded, or if they could not be loaded. */
export function useNonWorkingDays(): NonWorkingDays | null {
  const query = useApiQuery('calendar.nonWorkingDays', {});
  const view = query.data !== undefined ? query.data : null;
  return useMemo(() => (view ? { closed: new Set(view.days.map((d) => d.date)), view } : null), [view]);
}
