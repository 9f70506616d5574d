import type { ReactNode } from 'react';
import type { Block, Runs } from '../../../../shared/document/model';
import { listItemLabels } from '../../../../shared/document/text';
import './decisions.css';

function RunsView({ runs }: { runs: Runs }): ReactNode {
  return runs.map((run, i) => (run.bold === true ? <strong key={i}>{run.text}</strong> : <span key={i}>{run.text}</span>));
}

/** A decision's blocks as the minutes compose them: paragraphs, numbered parts (indented as nested) and vote lists. */
export function DecisionBlocks({ blocks }: { blocks: readonly Block[] }): ReactNode {
  return (
    <div className="decision-blocks">
      {blocks.map((block, i) => {
        if (block.kind === 'paragraph') {
          return (
            <p key={i} className={i === 0 ? 'decision-text__lead' : undefined}>
              <RunsView runs={block.runs} />
            </p>
          );
        }
        if (block.kind !== 'list') return null;
        if (block.style === 'bullet') {
          return (
            <ul key={i} className="decision-text__vote">
              {block.items.map((runs, j) => (
                <li key={j}>
                  <RunsView runs={runs} />
                </li>
              ))}
            </ul>
          );
        }
        const labels = listItemLabels(block);
        return (
          <ol key={i} className="numbered-parts">
            {block.items.map((runs, j) => (
              <li key={j} data-depth={block.depths?.[j] ?? 0}>
                <span className="numbered-parts__number">{labels[j]}</span> <RunsView runs={runs} />
              </li>
            ))}
          </ol>
        );
      })}
    </div>
  );
}
