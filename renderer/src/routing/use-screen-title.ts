import { useEffect } from 'react';
import { screenTitle, type Known } from './route-naming';
import { useRoute } from './RouteProvider';

/** Names the window after the screen, from the route table, so a list of windows or tabs tells them apart. */
export function useScreenTitle(known?: Known): void {
  const { route } = useRoute();
  const title = screenTitle(route, known);
  useEffect(() => {
    document.title = `${title} – Minute Book`;
  }, [title]);
}
