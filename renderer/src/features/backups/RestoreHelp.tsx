import type { ReactNode } from 'react';
import { restoreCommand, secondCopyPath } from './backup-words';

/**
 * How a clerk puts a backup back. Restoring replaces the whole data folder, so it is done with Minute Book closed,
 * by the `minute-book restore` command (docs/cli.md), never from inside the running app.
 */
export function RestoreHelp({
  dataDir,
  example,
  secondFolder,
}: {
  dataDir: string | null;
  example: string | null;
  /** Where this data folder's backups are inside the second folder, when one is set. */
  secondFolder: string | undefined;
}): ReactNode {
  const name = example ?? 'BACKUP-NAME';
  const folder = dataDir ?? 'DATA-FOLDER';
  return (
    <section className="backups-section" aria-labelledby="restore-heading">
      <h2 id="restore-heading">How to restore a backup</h2>
      <p>
        Restoring puts the whole data folder back as it was when the backup was made. Anything changed since then is replaced, so choose the backup
        with care.
      </p>
      <ol className="backups-steps">
        <li>Close Minute Book (in browser mode, stop it where it was started). Only one program may change the data folder at a time.</li>
        <li>
          Open a command prompt or terminal and give the backup’s name, as shown in the table above, and the data folder:
          <pre className="backups-command">
            <code>{restoreCommand(name, folder)}</code>
          </pre>
        </li>
        <li>
          Open Minute Book again. The data as it was just before the restore is backed up first (“Before a restore”), so a restore can itself be
          undone.
        </li>
      </ol>
      <h3>From the second folder</h3>
      {secondFolder === undefined ? (
        <p>
          If this computer is lost or its disk fails, the backups here are lost with it. Set a second backup folder above so that every backup is also
          copied to a network share or a USB disk.
        </p>
      ) : (
        <>
          <p>
            If this computer is lost or its disk fails, restore from the copy in the second folder instead: give the whole path of the backup there,
            in <code>{secondFolder}</code>, in place of its name. On a new computer, give its data folder after <code>--data</code>; a new, empty
            folder will do.
          </p>
          <pre className="backups-command">
            <code>{restoreCommand(secondCopyPath(secondFolder, name), folder)}</code>
          </pre>
        </>
      )}
    </section>
  );
}
