import type { ReactNode } from 'react';
import type { Attachment } from '../../../../shared/model/attachment';

const size = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The item's reports and papers, copied into the data folder, each with a way to remove it. */
export function ItemPapers({
  papers,
  editable,
  onRemove,
}: {
  papers: readonly Attachment[];
  editable: boolean;
  onRemove: (paper: Attachment) => void;
}): ReactNode {
  if (papers.length === 0) return null;
  return (
    <div className="item-papers">
      <p className="label">Papers</p>
      <ul className="item-papers__list">
        {papers.map((paper) => (
          <li key={paper.id} className="item-papers__paper" data-paper={paper.originalName}>
            <span>
              {paper.originalName} <span className="quiet">({size(paper.size)})</span>
            </span>
            {editable ? (
              <button type="button" className="link-button" onClick={() => onRemove(paper)}>
                Remove<span className="visually-hidden"> {paper.originalName}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
