import type { ReactNode } from 'react';
import type { Crumb } from '../routing/route-naming';

/** Where this screen sits; the last crumb is the screen itself and is not a link. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }): ReactNode {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol className="breadcrumbs__list">
        {trail.map((crumb, index) => (
          <li key={`${index}:${crumb.label}`} className="breadcrumbs__item">
            {crumb.href && index < trail.length - 1 ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
