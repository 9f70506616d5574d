import { useId } from 'react';
import type { ReactNode } from 'react';
import type { AgendaNode } from '../agenda/group-agenda';
import { BuilderItem, type BuilderContext } from './BuilderItem';

/** The public agenda or the private part, as a list the clerk can change. */
export function BuilderPart({
  title,
  intro,
  nodes,
  context,
  variant,
  footer,
}: {
  title: string;
  intro?: ReactNode;
  nodes: readonly AgendaNode[];
  context: BuilderContext;
  variant: 'public' | 'private';
  footer?: ReactNode;
}): ReactNode {
  const headingId = useId();
  return (
    <section className={`builder-part agenda-part--${variant}`} aria-labelledby={headingId} data-part={variant}>
      <h2 id={headingId}>{title}</h2>
      {intro}
      {nodes.length === 0 ? (
        <p className="quiet">There are no items in this part.</p>
      ) : (
        <ol className="builder-list">
          {nodes.map((node) => (
            <BuilderItem key={node.item.id} node={node} context={context} />
          ))}
        </ol>
      )}
      {footer}
    </section>
  );
}
