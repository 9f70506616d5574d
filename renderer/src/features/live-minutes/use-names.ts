import { useMemo } from 'react';
import { useLiveMeeting } from './meeting-context';

/** People's names by id: full names for the clerk's screen, public names for words that go into the minutes. */
export function useNames(): { readonly name: (id: string) => string; readonly publicName: (id: string) => string } {
  const { people } = useLiveMeeting();
  return useMemo(() => {
    const byId = new Map(people.map((p) => [p.id, p]));
    return {
      name: (id: string) => byId.get(id)?.name ?? 'Someone no longer on file',
      publicName: (id: string) => byId.get(id)?.publicName ?? 'Someone no longer on file',
    };
  }, [people]);
}
