import type { ReactNode } from 'react';
import { screenCrumbs, type Known } from '../routing/route-naming';
import { useRoute } from '../routing/RouteProvider';
import { Breadcrumbs } from './Breadcrumbs';

/** The current screen's breadcrumbs, from the route table, naming its board and meeting once they are known. */
export function ScreenCrumbs({ known }: { known?: Known }): ReactNode {
  const { route } = useRoute();
  const trail = screenCrumbs(route, known);
  return trail.length === 0 ? null : <Breadcrumbs trail={trail} />;
}
