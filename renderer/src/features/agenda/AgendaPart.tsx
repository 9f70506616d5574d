import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ActionView } from '../../../../shared/api/views';
import type { Attachment } from '../../../../shared/model/attachment';
import { AgendaItemEntry } from './AgendaItemEntry';
import type { AgendaNode } from './group-agenda';

/** The public agenda or the private part, each under its own heading. */
export function AgendaPart({
  title,
  intro,
  nodes,
  papers,
  carried,
  variant,
}: {
  title: string;
  intro?: ReactNode;
  nodes: readonly AgendaNode[];
  papers: ReadonlyMap<string, Attachment>;
  /** Actions carried forward from earlier meetings, listed under matters arising. */
  carried: readonly ActionView[];
  variant: 'public' | 'private';
}): ReactNode {
  const headingId = useId();
  return (
    <section className={`agenda-part agenda-part--${variant}`} aria-labelledby={headingId} data-part={variant}>
      <h2 id={headingId}>{title}</h2>
      {intro}
      {nodes.length === 0 ? (
        <p className="quiet">There are no items in this part.</p>
      ) : (
        <ol className="agenda-list">
          {nodes.map((node) => (
            <AgendaItemEntry key={node.item.id} node={node} depth={0} papers={papers} carried={carried} />
          ))}
        </ol>
      )}
    </section>
  );
}
