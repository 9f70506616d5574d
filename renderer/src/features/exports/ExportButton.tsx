import { useState } from 'react';
import type { ReactNode } from 'react';
import type { MeetingDetail } from '../../../../shared/api/views';
import { ExportDialog } from './ExportDialog';

/** The meeting screen's way into the export dialog. */
export function ExportButton({ detail }: { detail: MeetingDetail }): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Export documents
      </button>
      {open ? <ExportDialog detail={detail} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
