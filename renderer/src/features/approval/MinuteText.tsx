import type { ReactNode } from 'react';
import type { Block, Runs } from '../../../../shared/document/model';
import { parseMinuteMarkup } from '../../../../shared/domain/compose/markup';

function RunsText({ runs }: { runs: Runs }): ReactNode {
  return runs.map((run, index) => {
    let node: ReactNode = run.text;
    if (run.italic) node = <em>{node}</em>;
    if (run.bold) node = <strong>{node}</strong>;
    return <span key={index}>{node}</span>;
  });
}

function BlockView({ block }: { block: Block }): ReactNode {
  if (block.kind === 'paragraph') return <p>{<RunsText runs={block.runs} />}</p>;
  if (block.kind === 'list') {
    const items = block.items.map((runs, index) => (
      <li key={index}>
        <RunsText runs={runs} />
      </li>
    ));
    return block.style === 'bullet' ? <ul>{items}</ul> : <ol>{items}</ol>;
  }
  return null;
}

/** A minute's markup as the documents print it: paragraphs, lists, emphasis and strong text. */
export function MinuteText({ text }: { text: string }): ReactNode {
  const blocks = parseMinuteMarkup(text);
  if (blocks.length === 0) return <p className="quiet">No minute written.</p>;
  return (
    <div className="minute-text">
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </div>
  );
}
