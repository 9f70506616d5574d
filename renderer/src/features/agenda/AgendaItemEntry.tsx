import type { ReactNode } from 'react';
import type { ActionView } from '../../../../shared/api/views';
import type { Attachment } from '../../../../shared/model/attachment';
import { FactList } from '../../components/FactList';
import { Tag } from '../../components/Tag';
import { formatDuration } from '../../../../shared/domain';
import { exemptCategoryLabel, itemPurposeLabel } from '../../../../shared/domain';
import { CarriedActions } from './CarriedActions';
import type { AgendaNode } from './group-agenda';

type HeadingTag = 'h3' | 'h4' | 'h5' | 'h6';
const headingFor = (depth: number): HeadingTag => (['h3', 'h4', 'h5', 'h6'] as const)[Math.min(depth, 3)] ?? 'h6';

/** One agenda item as a chair reads it: number and title, what it is for, who presents, how long, and its papers. */
export function AgendaItemEntry({
  node,
  depth,
  papers,
  carried,
}: {
  node: AgendaNode;
  depth: number;
  papers: ReadonlyMap<string, Attachment>;
  carried: readonly ActionView[];
}): ReactNode {
  const { item, children } = node;
  const Heading = headingFor(depth);
  const itemPapers = item.attachmentIds.flatMap((id) => papers.get(id) ?? []);
  const exempt = item.confidentiality.access === 'exempt' ? item.confidentiality : null;
  return (
    <li className={depth === 0 ? 'agenda-item' : 'agenda-item agenda-item--sub'} data-item-number={item.number} data-item-id={item.id}>
      <Heading className="agenda-item__title">
        <span className="agenda-item__number">{item.number}</span>
        <span className="agenda-item__text">{item.title}</span>
        {exempt ? <Tag tone="private">Private</Tag> : null}
        {item.supplementary ? <Tag tone="info">Supplementary</Tag> : null}
      </Heading>
      <div className="agenda-item__body">
        <FactList
          inline
          facts={[
            { term: 'Purpose', detail: itemPurposeLabel(item.purpose) },
            { term: 'Presented by', detail: item.presenter },
            {
              term: 'Time allowed',
              detail: item.timeAllowanceMinutes === undefined ? undefined : formatDuration(item.timeAllowanceMinutes),
            },
          ]}
        />
        {exempt ? (
          <p className="agenda-item__exempt">
            <strong>Exempt information</strong> under Schedule 12A to the Local Government Act 1972. {exemptCategoryLabel(exempt.category)}.
            {exempt.reason ? ` ${exempt.reason}` : ''}
          </p>
        ) : null}
        {item.recommendations.length > 0 ? (
          <div className="agenda-item__recommendations">
            <p className="label">Recommendations</p>
            <ol className="numbered-parts">
              {item.recommendations.map((text, index) => (
                <li key={index}>
                  <span className="numbered-parts__number">({index + 1})</span> {text}
                </li>
              ))}
            </ol>
          </div>
        ) : null}
        {item.standardKind === 'matters-arising' ? <CarriedActions actions={carried} /> : null}
        {itemPapers.length > 0 ? (
          <div className="agenda-item__papers">
            <p className="label">Papers</p>
            <ul>
              {itemPapers.map((paper) => (
                <li key={paper.id}>{paper.originalName}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {children.length > 0 ? (
        <ol className="agenda-list agenda-list--sub">
          {children.map((child) => (
            <AgendaItemEntry key={child.item.id} node={child} depth={depth + 1} papers={papers} carried={carried} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
