import { useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { EASY_READ_KINDS, type ExportFormat } from '../../../../shared/api/exports';
import type { MeetingDetail } from '../../../../shared/api/views';
import { formatLongDate } from '../../../../shared/domain';
import { useApi } from '../../api/ApiProvider';
import { toApiCallError, type ApiCallError } from '../../api/api-call-error';
import { useAnnounce } from '../../components/Announcer';
import { CheckboxField } from '../../components/form/CheckboxField';
import { RadioGroup } from '../../components/form/RadioGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useModalDialog } from '../../components/use-modal-dialog';
import {
  archiveAllowed,
  decisionLabel,
  FORMAT_LABELS,
  formatsFor,
  KIND_LABELS,
  kindsFor,
  requestFor,
  type DialogKind,
  type ExportChoices,
} from './export-choices';
import { ExportReadabilityCheck } from '../plain-english/ExportReadabilityCheck';
import { ExportProgressView } from './ExportProgressView';
import { inDesktopApp, saveFile } from './save-file';
import { useExportJob } from './use-export-job';
import './exports.css';

/**
 * Exports a meeting's documents: which document, which format, public or private. A native modal <dialog>, so
 * focus stays inside and Escape closes it; the agenda pack shows its progress while it builds.
 */
export function ExportDialog({ detail, onClose }: { detail: MeetingDetail; onClose: () => void }): ReactNode {
  const { call } = useApi();
  const announce = useAnnounce();
  const firstField = useRef<HTMLDivElement>(null);
  const dialog = useModalDialog(() => firstField.current?.querySelector<HTMLInputElement>('input:checked'));
  const titleId = useId();
  const desktop = inDesktopApp();
  const kinds = kindsFor(detail);
  const [choices, setChoices] = useState<ExportChoices>({
    kind: kinds.includes('minutes') ? 'minutes' : 'agenda',
    format: 'pdf',
    // Public is the version that may be published: the safe default.
    audience: 'public',
    resolution: detail.resolutions[0]?.id ?? '',
    archive: false,
  });
  const [openAfter, setOpenAfter] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<ApiCallError | null>(null);
  const job = useExportJob();
  const running = job.state.phase === 'running';

  const choose = (next: Partial<ExportChoices>): void => {
    setSaved(null);
    setSaveError(null);
    job.reset();
    setChoices((current) => {
      const merged = { ...current, ...next };
      const formats = formatsFor(merged.kind);
      return formats.includes(merged.format) ? merged : { ...merged, format: formats[0] ?? 'pdf' };
    });
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (running) return;
    setSaved(null);
    setSaveError(null);
    const file = await job.start(requestFor(detail, choices));
    if (file === undefined) return;
    try {
      const result = await saveFile(call, file, openAfter);
      if (!result.saved) {
        setSaved('Not saved: the Save As dialog was cancelled.');
        return;
      }
      const pages = file.pages === undefined ? '' : ` (${file.pages} ${file.pages === 1 ? 'page' : 'pages'})`;
      const message = desktop ? `Saved ${result.where ?? file.fileName}${pages}.` : `Downloaded ${file.fileName}${pages}.`;
      setSaved(message);
      announce(message);
    } catch (thrown) {
      setSaveError(toApiCallError('files.saveAs', thrown));
    }
  };

  const formats = formatsFor(choices.kind);
  return (
    <dialog
      ref={dialog}
      className="dialog export-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!running) onClose();
      }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={titleId} className="dialog__title">
          Export documents
        </h2>
        <p className="quiet">
          {detail.board.name}, {formatLongDate(detail.meeting.date)}
        </p>
        <div ref={firstField}>
          <RadioGroup<DialogKind>
            legend="Document"
            name="export-kind"
            value={choices.kind}
            choices={kinds.map((kind) => ({ value: kind, label: KIND_LABELS[kind].label, hint: KIND_LABELS[kind].hint }))}
            onChange={(kind) => choose({ kind })}
          />
        </div>
        {choices.kind === 'actions' ? (
          <TextField
            label="As at (optional)"
            hint="The log as it stood at the end of this day: each status then, later updates left out. Leave empty for today."
            type="date"
            value={choices.asAt ?? ''}
            onChange={(asAt) => choose({ asAt })}
            width="medium"
          />
        ) : null}
        {choices.kind === 'extract' ? (
          <SelectField
            label="Decision"
            value={choices.resolution}
            choices={detail.resolutions.map((r) => ({ value: r.id, label: decisionLabel(r) }))}
            onChange={(resolution) => choose({ resolution })}
          />
        ) : null}
        <RadioGroup<ExportFormat>
          legend="Format"
          name="export-format"
          inline
          value={choices.format}
          choices={formats.map((format) => ({ value: format, label: FORMAT_LABELS[format] }))}
          onChange={(format) => choose({ format })}
        />
        {EASY_READ_KINDS.includes(choices.kind) ? (
          <p className="quiet">Easy-read documents are always the public version.</p>
        ) : (
          <RadioGroup<'public' | 'private'>
            legend="Version"
            name="export-audience"
            value={choices.audience}
            choices={[
              {
                value: 'public',
                label: 'Public',
                hint: 'To publish: exempt items say only that they were taken in private, and people who have not agreed to be named appear by their role.',
              },
              { value: 'private', label: 'Private', hint: 'The full record, exempt items included. Not for publication.' },
            ]}
            onChange={(audience) => choose({ audience })}
          />
        )}
        {archiveAllowed(detail, choices.kind, choices.format) ? (
          <CheckboxField
            label="Archive copy (PDF/A)"
            hint="For the permanent record of signed minutes."
            checked={choices.archive}
            onChange={(archive) => choose({ archive })}
          />
        ) : null}
        {desktop ? <CheckboxField label="Open the file after saving" checked={openAfter} onChange={setOpenAfter} /> : null}

        <ExportReadabilityCheck meetingId={detail.meeting.id} kind={requestFor(detail, choices).kind} audience={choices.audience} />
        <ExportProgressView state={job.state} saved={saved} saveError={saveError} />

        <div className="button-row">
          <button type="submit" className="button" aria-disabled={running}>
            {running ? 'Exporting…' : desktop ? 'Export and save' : 'Export and download'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={running}>
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
