import { useState } from 'react';
import type { ReactNode } from 'react';
import type { BackupOverview, BackupSummary } from '../../../../shared/api/areas/backups';
import { formatTimestamp } from '../../../../shared/domain';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { useApiMutation } from '../../api/use-api-mutation';
import { useAnnounce } from '../../components/Announcer';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FactList } from '../../components/FactList';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupsTable } from './BackupsTable';
import { addedWords, backupReasonLabel, filesWords, formatBytes, formatCount } from './backup-words';
import { RestoreHelp } from './RestoreHelp';
import '../../styles/trackers.css';
import './backups.css';
import { useScreenTitle } from '../../routing/use-screen-title';

const madeWords = (b: BackupSummary): string =>
  `Backup made on ${formatTimestamp(b.createdAt)}: ${filesWords(b.files)}, ${addedWords(b.newBytes).toLowerCase()} added on the disk${b.secondCopy ? ', and copied to the second folder' : ''}.`;

/**
 * The data folder's backups: where they are, what the retention policy keeps, a backup made now, the second folder
 * each backup is copied to, every backup kept, and how to restore one.
 */
export function BackupsScreen(): ReactNode {
  useScreenTitle();
  const overview = useApiQuery('backups.list', {});
  const status = useApiQuery('app.status', {});
  const readOnly = status.data?.readOnly === true;
  const dataDir = status.data?.dataDir ?? null;
  return (
    <>
      <PageHeading>Backups</PageHeading>
      <p className="lead">
        Minute Book keeps copies of the whole data folder, attachments included: when it opens, every half hour while it is open, and before any
        change of format or restore. If a file is damaged, it is put back from the newest good copy.
      </p>
      {readOnly ? (
        <p className="callout callout--warning">
          This data folder is open read-only, so no backup can be made from here and the settings cannot be changed.
        </p>
      ) : null}
      {overview.isPending ? <LoadingMessage>Loading the backups…</LoadingMessage> : null}
      {overview.isLoadingError ? (
        <ErrorAlert error={overview.error} context="The backups could not be listed." onRetry={() => void overview.refetch()} />
      ) : null}
      {overview.data !== undefined ? (
        <Backups overview={overview.data} refresh={() => refreshed(overview)} readOnly={readOnly} dataDir={dataDir} />
      ) : null}
    </>
  );
}

function Backups({
  overview,
  refresh,
  readOnly,
  dataDir,
}: {
  overview: BackupOverview;
  refresh: () => Promise<void>;
  readOnly: boolean;
  dataDir: string | null;
}): ReactNode {
  const announce = useAnnounce();
  const making = useApiMutation('backups.create');
  const [made, setMade] = useState<BackupSummary | null>(null);

  const backUpNow = async (): Promise<void> => {
    const summary = await making.run({});
    if (summary === undefined) return;
    setMade(summary);
    await refresh();
  };

  const { settings } = overview;
  const newest = overview.backups[0];
  return (
    <>
      <section className="backups-section" aria-labelledby="where-heading">
        <h2 id="where-heading">Where they are</h2>
        <FactList
          facts={[
            { term: 'Folder', detail: <code>{overview.folder}</code> },
            { term: 'Backups kept', detail: formatCount(overview.backups.length) },
            { term: 'Space they take', detail: `${formatBytes(overview.totalBytes)} of the ${formatCount(settings.budgetMb)} MB allowed` },
            {
              term: 'Newest',
              detail: newest === undefined ? 'None yet' : `${formatTimestamp(newest.createdAt)} (${backupReasonLabel(newest.reason).toLowerCase()})`,
            },
          ]}
        />
        {readOnly ? null : (
          <div className="button-row">
            <button type="button" className="button" onClick={() => void backUpNow()} aria-disabled={making.pending}>
              {making.pending ? 'Backing up…' : 'Back up now'}
            </button>
          </div>
        )}
        {making.error ? <ErrorAlert error={making.error} context="The backup could not be made." /> : null}
        {/* Always there, so the message is read out when it appears. */}
        <div role="status" className="backups-outcome">
          {made === null ? null : <p>{madeWords(made)}</p>}
        </div>
      </section>

      <section className="backups-section" aria-labelledby="policy-heading">
        <h2 id="policy-heading">What is kept</h2>
        {overview.policy.length === 0 ? (
          <p>Every backup is kept.</p>
        ) : (
          <ul className="backups-policy">
            {overview.policy.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="backups-section" aria-labelledby="list-heading">
        <h2 id="list-heading">Backups kept</h2>
        {overview.backups.length === 0 ? (
          <EmptyState title="There are no backups yet.">
            <p>{readOnly ? 'Backups are made when the folder is opened for editing.' : 'Choose “Back up now” to make the first one.'}</p>
          </EmptyState>
        ) : (
          <BackupsTable backups={overview.backups} justMade={made?.name ?? null} />
        )}
      </section>

      <section className="backups-section" aria-labelledby="second-heading">
        <h2 id="second-heading">Second backup folder</h2>
        <SecondFolderState overview={overview} />
        {readOnly ? null : (
          <BackupSettingsForm
            settings={settings}
            onSaved={(_next, message) => {
              void refresh().then(() => announce(message));
            }}
          />
        )}
      </section>

      <RestoreHelp dataDir={dataDir} example={newest?.name ?? null} secondFolder={overview.secondFolder?.path} />
    </>
  );
}

/** Whether backups reach the second folder: when they last did, or what stops them, in plain words. */
function SecondFolderState({ overview }: { overview: BackupOverview }): ReactNode {
  const second = overview.secondFolder;
  if (second === undefined) {
    return (
      <p data-testid="second-folder-state">
        No second folder is set: the backups are only on this computer’s disk. If the computer is lost or its disk fails, they go with it.
      </p>
    );
  }
  const last = second.lastCopiedAt === undefined ? 'Nothing has been copied there yet.' : `Last copied on ${formatTimestamp(second.lastCopiedAt)}.`;
  return (
    <div data-testid="second-folder-state">
      <p>
        Each backup is copied to <code>{second.path}</code> as soon as it is made.
      </p>
      {second.problem === undefined ? (
        <p>{last}</p>
      ) : (
        <div className="callout callout--warning">
          <p>
            <strong>The last copy could not be made:</strong> {second.problem}
          </p>
          <p>{last} The next backup will try again.</p>
        </div>
      )}
    </div>
  );
}
