import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { HOUSE_FONTS } from '../../../../shared/document/fonts';
import { useApiQuery } from '../../api/use-api-query';
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
      {preview.status === 'loading' ? <LoadingMessage>Laying out the preview…</LoadingMessage> : null}
      {preview.status === 'error' ? <ErrorAlert error={preview.error} context="The preview could not be made." onRetry={preview.reload} /> : null}
      {preview.status === 'ready' ? (
        <>
          <dl className="house-style-facts">
            <dt>Organisation</dt>
            <dd>{preview.value.doc.style.organisation}</dd>
            <dt>Font</dt>
            <dd>{HOUSE_FONTS[preview.value.doc.style.font].label}</dd>
            <dt>Paper and margins</dt>
            <dd>
              A4; top {preview.value.doc.style.marginsMm.top} mm, right {preview.value.doc.style.marginsMm.right} mm, bottom{' '}
              {preview.value.doc.style.marginsMm.bottom} mm, left {preview.value.doc.style.marginsMm.left} mm
            </dd>
            <dt>Logo</dt>
            <dd>{preview.value.doc.style.logo === undefined ? 'None' : `Yes, described as “${preview.value.doc.style.logo.alt}”`}</dd>
          </dl>
          <p className="quiet">
            {preview.value.meetingId === undefined ? 'Sample text, as the board has no meetings yet.' : 'The public agenda of the board’s next meeting, as it will be printed.'}
          </p>
          <DocPreview doc={preview.value.doc} label="Preview of the first page in the board’s house style" />
        </>
      ) : null}
      {board.status === 'ready' ? (
        // The form keeps what was saved, so only the preview needs to be laid out again.
        <HouseStyleForm board={board.value} onSaved={preview.reload} />
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
