import type { ReactNode } from 'react';
import type { BackupSummary } from '../../../../shared/api/areas/backups';
import { formatTimestamp } from '../../../../shared/domain';
import { TableScroll } from '../../components/TableScroll';
import { Tag } from '../../components/Tag';
import { addedWords, backupReasonLabel, filesWords, keptForLabel } from './backup-words';

const CAPTION = 'Backups kept, newest first';

/** Every backup kept: when and why it was made, what it holds and costs, why it is still kept, and its second copy. */
export function BackupsTable({ backups, justMade }: { backups: readonly BackupSummary[]; justMade: string | null }): ReactNode {
  return (
    <TableScroll label={CAPTION}>
      <table className="tracker-table backups-table">
        <caption className="tracker-table__caption">{CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">Why</th>
            <th scope="col">Files</th>
            <th scope="col">Space it adds</th>
            <th scope="col">Kept as</th>
            <th scope="col">Second copy</th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.name} data-backup-name={b.name} className={b.name === justMade ? 'backups-table__row--new' : undefined}>
              <th scope="row">
                <span className="backups-table__when">{formatTimestamp(b.createdAt)}</span>
                <code className="backups-table__name">{b.name}</code>
                {b.name === justMade ? <Tag tone="success">Just made</Tag> : null}
              </th>
              <td>{backupReasonLabel(b.reason)}</td>
              <td className="backups-table__figure">{filesWords(b.files)}</td>
              <td className="backups-table__figure">{addedWords(b.newBytes)}</td>
              <td>{keptForLabel(b.keptFor)}</td>
              <td>{b.secondCopy ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
