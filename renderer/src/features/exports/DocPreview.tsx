import type { CSSProperties, ReactNode } from 'react';
import { HOUSE_FONTS } from '../../../../shared/document/fonts';
import { A4_MM } from '../../../../shared/document/house-style';
import type { Block, DocModel, Runs } from '../../../../shared/document/model';
import { listItemLabels, signatureLines } from '../../../../shared/document/text';
import { HEADING_SCALE, PARAGRAPH_SCALE } from '../../../../shared/document/typography';

function RunsView({ runs }: { runs: Runs }): ReactNode {
  return runs.map((run, i) => {
    let node: ReactNode = run.text;
    if (run.italic === true) node = <em>{node}</em>;
    if (run.bold === true) node = <strong>{node}</strong>;
    return <span key={i}>{node}</span>;
  });
}

type HeadingTag = 'h3' | 'h4' | 'h5' | 'h6';
const HEADING_TAGS: readonly HeadingTag[] = ['h3', 'h4', 'h5', 'h6'];

/**
 * The document's own headings: under a screen's level-2 heading they become headings of the page, one level down
 * each (the title an h3); in a dialog they are styled paragraphs, not headings of the app.
 */
function BlockView({ block, headings }: { block: Block; headings: boolean }): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const Tag = headings ? (HEADING_TAGS[block.level - 1] ?? 'h6') : 'p';
      return (
        <Tag className={`doc-preview__h doc-preview__h${block.level}`} style={{ fontSize: `${HEADING_SCALE[block.level]}em` }}>
          <RunsView runs={block.runs} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className={`doc-preview__p doc-preview__p--${block.style ?? 'body'}`} style={{ fontSize: `${PARAGRAPH_SCALE[block.style ?? 'body']}em` }}>
          <RunsView runs={block.runs} />
        </p>
      );
    case 'list': {
      if (block.depths !== undefined || block.counters !== undefined) {
        // An outline (a decision's parts within parts, or numbered (i), (a)): each label as every writer prints it.
        const labels = listItemLabels(block);
        return (
          <ol className="doc-preview__outline">
            {block.items.map((runs, i) => (
              <li key={i} style={{ marginLeft: `${2.2 * (block.depths?.[i] ?? 0)}em` }}>
                <span className="doc-preview__label">{labels[i]}</span> <RunsView runs={runs} />
              </li>
            ))}
          </ol>
        );
      }
      const items = block.items.map((runs, i) => (
        <li key={i}>
          <RunsView runs={runs} />
        </li>
      ));
      return block.style === 'bullet' ? (
        <ul>{items}</ul>
      ) : (
        <ol className={block.style === 'parenthesised' ? 'doc-preview__parenthesised' : undefined}>{items}</ol>
      );
    }
    case 'table':
      return (
        <table className="doc-preview__table">
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>
                    <RunsView runs={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'signature':
      return (
        <div className="doc-preview__signature">
          {signatureLines(block).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      );
    case 'image':
      return (
        <img
          className="doc-preview__logo"
          src={`data:${block.mediaType};base64,${block.dataBase64}`}
          alt={block.alt}
          style={{ maxHeight: `${block.maxHeightMm * 0.4}rem` }}
        />
      );
    case 'separator':
      return <hr />;
  }
}

/**
 * A document as it will look in the board's house style: its font, its margins (in proportion to A4), its logo
 * and organisation. Drawn by React from the same document model the files are made from, so no HTML is injected
 * and the screen cannot say other than the paper. `whole` shows every page's text, as the approval screen does;
 * otherwise the first page shows, in a box that scrolls.
 */
export function DocPreview({ doc, label, whole = false }: { doc: DocModel; label: string; whole?: boolean }): ReactNode {
  const m = doc.style.marginsMm;
  const pct = (mm: number): string => `${((mm / A4_MM.width) * 100).toFixed(2)}%`;
  const page: CSSProperties = {
    fontFamily: HOUSE_FONTS[doc.style.font].cssStack,
    padding: `${pct(m.top)} ${pct(m.right)} ${pct(m.bottom)} ${pct(m.left)}`,
  };
  return (
    // Focusable when it scrolls: a keyboard user must be able to scroll it too.
    <figure className={whole ? 'doc-preview doc-preview--whole' : 'doc-preview'} aria-label={label} tabIndex={whole ? undefined : 0}>
      <div className="doc-preview__header">
        <span>{doc.meta.header.left}</span>
        <span>{doc.meta.header.right}</span>
      </div>
      <div className="doc-preview__page" style={page}>
        {doc.blocks.map((block, i) => (
          <BlockView key={i} block={block} headings={whole} />
        ))}
      </div>
    </figure>
  );
}
