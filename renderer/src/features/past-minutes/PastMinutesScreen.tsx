import { useEffect, useRef, useState, type ReactNode } from 'react';
import { formatLongDate } from '../../../../shared/domain';
import type { SourceLines } from '../../../../shared/model';
import { useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { Tag } from '../../components/Tag';
import { hrefFor } from '../../routing/routes';
import { useScreenTitle } from '../../routing/use-screen-title';
import { ReviewForm } from './ReviewForm';
import { unsureCount } from './review-values';
import { SourcePanel } from './SourcePanel';
import { MINUTES_FILE_TYPES, useReadingQueue, type QueuedFile } from './use-reading-queue';
import './past-minutes.css';

const WAITING_WORDS = { waiting: 'Waiting to be read', reading: 'Reading…', cancelled: 'Not read: cancelled' } as const;

const foundWords = (file: QueuedFile): ReactNode => {
  if (file.state === 'failed') return file.error;
  if (file.state !== 'read' && file.state !== 'accepted') return WAITING_WORDS[file.state];
  const { draft, notMinutes } = file.reading;
  if (notMinutes !== undefined) return notMinutes;
  const decisions = draft.items.reduce((n, i) => n + i.decisions.length, 0);
  const actions = draft.items.reduce((n, i) => n + i.actions.length, 0);
  const unsure = unsureCount(draft);
  return `${draft.date === undefined ? 'No date found' : formatLongDate(draft.date.value)}: ${draft.items.length} items, ${decisions} decisions, ${actions} actions, ${draft.attendance.length} people${unsure === 0 ? '' : `; ${unsure} to check`}`;
};

/**
 * "Bring in past minutes": the clerk picks files or a folder; each is read and recognised in turn (a progress bar,
 * cancellable); each is reviewed beside its text, corrected, and accepted as a historic meeting of the board.
 * Nothing is stored before a file's minutes are accepted.
 */
export function PastMinutesScreen({ boardId }: { boardId: string }): ReactNode {
  const board = useApiQuery('boards.get', { id: boardId });
  useScreenTitle({ board: board.data });
  const queue = useReadingQueue(boardId);
  const announce = useAnnounce();
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [shown, setShown] = useState<SourceLines | null>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  useEffect(() => folderInput.current?.setAttribute('webkitdirectory', ''), []);

  const pick = (list: FileList | null): void => {
    const picked = [...(list ?? [])];
    if (picked.length === 0) return;
    announce(`Reading ${picked.length} file${picked.length === 1 ? '' : 's'}.`);
    void queue.start(picked).then(() => announce('Finished reading the files.'));
  };

  const done = queue.files.filter((f) => f.state !== 'waiting' && f.state !== 'reading').length;
  const current = queue.files.find((f) => f.state === 'reading');
  const open = queue.files.find((f) => f.key === reviewing);

  if (open !== undefined && open.state === 'read') {
    return (
      <>
        <PageHeading>Review: {open.name}</PageHeading>
        <p className="lead">
          Check what was recognised against the file’s text, correct anything wrong, then accept. Nothing is stored until you do.{' '}
          <button type="button" className="link-button" onClick={() => setReviewing(null)}>
            Back to the files
          </button>
        </p>
        <div className="past-minutes__panes">
          <SourcePanel source={open.reading.source} shown={shown} />
          <ReviewForm
            boardId={boardId}
            fileName={open.reading.source.fileName}
            format={open.reading.source.format}
            draft={open.reading.draft}
            onShow={setShown}
            onAccepted={(meeting) => {
              queue.accepted(open.key, meeting);
              setReviewing(null);
              setShown(null);
              announce(`The minutes of ${formatLongDate(meeting.date)} are stored.`);
            }}
          />
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeading>Bring in past minutes</PageHeading>
      {board.isLoadingError ? <ErrorAlert error={board.error} context="The board could not be loaded." onRetry={() => void board.refetch()} /> : null}
      <p className="lead">
        Pick Word or PDF files of the board’s past minutes, or a whole folder of them. Minute Book reads each one and shows you what it recognised
        beside the file’s text; you correct it and accept it, and it becomes a past meeting of the board: searchable, in the registers, with its open
        actions in the action log. Older .doc, .odt and .rtf files are converted with LibreOffice, where it is installed.
      </p>
      <div className="past-minutes__pickers">
        <div className="field">
          <label className="field__label" htmlFor="past-minutes-files">
            Files of past minutes
          </label>
          <p className="field__hint" id="past-minutes-files-hint">
            .docx or .pdf; several at once if you like.
          </p>
          <input
            id="past-minutes-files"
            aria-describedby="past-minutes-files-hint"
            type="file"
            multiple
            accept={MINUTES_FILE_TYPES}
            disabled={queue.busy}
            onChange={(event) => {
              pick(event.target.files);
              event.target.value = '';
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="past-minutes-folder">
            Or a whole folder
          </label>
          <p className="field__hint" id="past-minutes-folder-hint">
            Every minutes file in it, and in the folders within it, is read.
          </p>
          <input
            id="past-minutes-folder"
            aria-describedby="past-minutes-folder-hint"
            ref={folderInput}
            type="file"
            disabled={queue.busy}
            onChange={(event) => {
              pick(event.target.files);
              event.target.value = '';
            }}
          />
        </div>
      </div>

      {queue.files.length === 0 ? null : (
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">Files</h2>
          <div className="past-minutes__progress">
            <label htmlFor="past-minutes-progress">
              {queue.busy
                ? `Reading ${Math.min(done + 1, queue.files.length)} of ${queue.files.length}${current === undefined ? '' : `: ${current.name}`}`
                : `Read ${done} of ${queue.files.length} files`}
            </label>
            <progress id="past-minutes-progress" max={queue.files.length} value={done} />
            {queue.busy ? (
              <button type="button" className="button button--secondary" onClick={queue.cancel}>
                Cancel the rest
              </button>
            ) : null}
          </div>
          <TableScroll label="Files picked">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">What was found</th>
                  <th scope="col">Next</th>
                </tr>
              </thead>
              <tbody>
                {queue.files.map((file) => (
                  <tr key={file.key}>
                    <th scope="row">{file.name}</th>
                    <td>{foundWords(file)}</td>
                    <td>
                      {file.state === 'read' && file.reading.notMinutes === undefined ? (
                        <button type="button" className="button button--secondary" onClick={() => setReviewing(file.key)}>
                          Review<span className="visually-hidden"> {file.name}</span>
                        </button>
                      ) : null}
                      {file.state === 'accepted' ? (
                        <>
                          <Tag tone="success">Stored</Tag>{' '}
                          <a href={hrefFor({ name: 'meeting', meetingId: file.meeting.id })}>
                            Open the meeting of {formatLongDate(file.meeting.date)}
                          </a>
                        </>
                      ) : null}
                      {file.state === 'failed' || (file.state === 'read' && file.reading.notMinutes !== undefined) ? (
                        <Tag tone="warning">Not brought in</Tag>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
    </>
  );
}
