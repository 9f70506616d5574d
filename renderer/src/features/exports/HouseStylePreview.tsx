import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { HOUSE_FONTS } from '../../../../shared/document/fonts';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useModalDialog } from '../../components/use-modal-dialog';
import { DocPreview } from './DocPreview';
import { HouseStyleForm } from './HouseStyleForm';
import './exports.css';

function PreviewDialog({ boardId, onClose }: { boardId: string; onClose: () => void }): ReactNode {
  const preview = useApiQuery('exports.preview', { boardId });
  const board = useApiQuery('boards.get', { id: boardId });
  const close = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const dialog = useModalDialog(() => close.current);
  return (
    <dialog
      ref={dialog}
      className="dialog house-style-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        House style
      </h2>
      {preview.isPending ? <LoadingMessage>Laying out the preview…</LoadingMessage> : null}
      {preview.isLoadingError ? (
        <ErrorAlert error={preview.error} context="The preview could not be made." onRetry={() => void preview.refetch()} />
      ) : null}
      {preview.data !== undefined ? (
        <>
          <dl className="house-style-facts">
            <dt>Organisation</dt>
            <dd>{preview.data.doc.style.organisation}</dd>
            <dt>Font</dt>
            <dd>{HOUSE_FONTS[preview.data.doc.style.font].label}</dd>
            <dt>Paper and margins</dt>
            <dd>
              A4; top {preview.data.doc.style.marginsMm.top} mm, right {preview.data.doc.style.marginsMm.right} mm, bottom{' '}
              {preview.data.doc.style.marginsMm.bottom} mm, left {preview.data.doc.style.marginsMm.left} mm
            </dd>
            <dt>Logo</dt>
            <dd>{preview.data.doc.style.logo === undefined ? 'None' : `Yes, described as “${preview.data.doc.style.logo.alt}”`}</dd>
          </dl>
          <p className="quiet">
            {preview.data.meetingId === undefined
              ? 'Sample text, as the board has no meetings yet.'
              : 'The public agenda of the board’s next meeting, as it will be printed.'}
          </p>
          <DocPreview doc={preview.data.doc} label="Preview of the first page in the board’s house style" />
        </>
      ) : null}
      {board.data !== undefined ? (
        // The form keeps what was saved, so only the preview needs to be laid out again.
        <HouseStyleForm board={board.data} onSaved={() => void refreshed(preview)} />
      ) : null}
      <div className="button-row">
        <button ref={close} type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** On the board screen: how the board's documents will look, and where their look is changed. */
export function HouseStylePreview({ boardId }: { boardId: string }): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Preview house style
      </button>
      {open ? <PreviewDialog boardId={boardId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
