import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { REPORT_FORMATS_BY_KIND, type ReportFormat, type ReportKind } from '../../../../shared/api/areas/reports';
import { londonDateOf } from '../../../../shared/domain';
import { municipalYearPeriod } from '../../../../shared/domain/reports/report-period';
import { useApi } from '../../api/ApiProvider';
import { toApiCallError, type ApiCallError } from '../../api/api-call-error';
import { useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RadioGroup } from '../../components/form/RadioGroup';
import { TextField } from '../../components/form/TextField';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { inDesktopApp, saveFile } from '../exports/save-file';
import '../exports/exports.css';
import { REPORT_FORMAT_LABELS, REPORT_LABELS, REPORT_ORDER } from './report-choices';
import { useScreenTitle } from '../../routing/use-screen-title';

type Choices = { readonly kind: ReportKind; readonly format: ReportFormat; readonly from: string; readonly to: string };

/** A board's reports over a period: chosen here, made by the backend, then saved or downloaded. */
export function ReportsScreen({ boardId }: { boardId: string }): ReactNode {
  const board = useApiQuery('boards.get', { id: boardId });
  useScreenTitle({ board: board.data });
  return (
    <>
      <ScreenCrumbs known={{ board: board.data }} />
      <PageHeading caption={board.data?.name}>Reports</PageHeading>
      {board.isPending ? <LoadingMessage>Loading the board…</LoadingMessage> : null}
      {board.isLoadingError ? <ErrorAlert error={board.error} context="The board could not be shown." onRetry={() => void board.refetch()} /> : null}
      {board.data !== undefined ? <ReportForm boardId={boardId} period={municipalYearPeriod(board.data, londonDateOf(new Date()))} /> : null}
    </>
  );
}

function ReportForm({ boardId, period }: { boardId: string; period: { from: string; to: string } }): ReactNode {
  const { call } = useApi();
  const announce = useAnnounce();
  const desktop = inDesktopApp();
  const [choices, setChoices] = useState<Choices>({ kind: 'annual', format: 'pdf', ...period });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);

  const choose = (next: Partial<Choices>): void => {
    setDone(null);
    setError(null);
    setChoices((current) => {
      const merged = { ...current, ...next };
      const formats = REPORT_FORMATS_BY_KIND[merged.kind];
      return formats.includes(merged.format) ? merged : { ...merged, format: formats[0] ?? 'pdf' };
    });
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const file = await call('reports.render', {
        boardId,
        kind: choices.kind,
        format: choices.format,
        ...(choices.from === '' ? {} : { from: choices.from }),
        ...(choices.to === '' ? {} : { to: choices.to }),
      });
      const result = await saveFile(call, file, false);
      const pages = file.pages === undefined ? '' : ` (${file.pages} ${file.pages === 1 ? 'page' : 'pages'})`;
      const message = !result.saved
        ? 'Not saved: the Save As dialog was cancelled.'
        : desktop
          ? `Saved ${result.where ?? file.fileName}${pages}.`
          : `Downloaded ${file.fileName}${pages}.`;
      setDone(message);
      announce(message);
    } catch (thrown) {
      setError(toApiCallError('reports.render', thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" aria-label="Make a report" onSubmit={(event) => void submit(event)} noValidate>
      <RadioGroup<ReportKind>
        legend="Report"
        name="report-kind"
        value={choices.kind}
        choices={REPORT_ORDER.map((kind) => ({ value: kind, label: REPORT_LABELS[kind].label, hint: REPORT_LABELS[kind].hint }))}
        onChange={(kind) => choose({ kind })}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Period</legend>
        <p className="quiet">This municipal year unless you choose other dates. Both days are included.</p>
        <TextField label="From" type="date" width="medium" value={choices.from} onChange={(from) => choose({ from })} />
        <TextField label="To" type="date" width="medium" value={choices.to} onChange={(to) => choose({ to })} />
      </fieldset>
      <RadioGroup<ReportFormat>
        legend="Format"
        name="report-format"
        inline
        value={choices.format}
        choices={REPORT_FORMATS_BY_KIND[choices.kind].map((format) => ({ value: format, label: REPORT_FORMAT_LABELS[format] }))}
        onChange={(format) => choose({ format })}
      />
      {error ? <ErrorAlert error={error} context="The report could not be made." /> : null}
      {done ? (
        <div role="status" className="export-outcome">
          <p>{done}</p>
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? 'Making the report…' : desktop ? 'Make the report and save' : 'Make the report and download'}
        </button>
      </div>
    </form>
  );
}
