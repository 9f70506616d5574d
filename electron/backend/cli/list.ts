import type { ActionView, ResolutionView } from '../../../shared/api';
import { dueCell } from '../../../shared/domain/compose/action-words';
import type { Board, Meeting } from '../../../shared/model';
import type { Backend } from '../backend';
import { CliFailure, EXIT } from './exit-codes';
import { callApi } from './run-api';

export const LIST_KINDS = ['boards', 'meetings', 'actions', 'resolutions'] as const;
type ListKind = (typeof LIST_KINDS)[number];

type Row = { readonly id: string };
type Table = { readonly rows: readonly Row[]; readonly columns: readonly (readonly [string, (row: never) => string])[] };

const boardColumns = [
  ['Code', (b: Board) => b.shortCode],
  ['Name', (b: Board) => b.name],
  ['Kind', (b: Board) => b.kind],
  ['Quorum', (b: Board) => String(b.quorum)],
  ['Id', (b: Board) => b.id],
] as const;
const meetingColumns = [
  ['Date', (m: Meeting) => m.date],
  ['Time', (m: Meeting) => m.startTime],
  ['Status', (m: Meeting) => m.status],
  ['Title', (m: Meeting) => m.title ?? ''],
  ['Id', (m: Meeting) => m.id],
] as const;
const actionColumns = [
  ['Due', (a: ActionView) => dueCell(a.due)],
  ['Status', (a: ActionView) => (a.overdue ? `${a.status} (overdue)` : a.status)],
  ['Owner', (a: ActionView) => a.ownerLabel],
  ['Action', (a: ActionView) => a.text],
  ['Id', (a: ActionView) => a.id],
] as const;
const resolutionColumns = [
  ['Reference', (r: ResolutionView) => r.reference ?? '(not yet numbered)'],
  ['Date', (r: ResolutionView) => r.meetingDate],
  ['Kind', (r: ResolutionView) => r.kind],
  ['Item', (r: ResolutionView) => r.itemTitle],
  ['Id', (r: ResolutionView) => r.id],
] as const;

async function fetchTable(backend: Backend, kind: ListKind, boardId: string | undefined): Promise<Table> {
  const board = boardId === undefined ? {} : { boardId };
  switch (kind) {
    case 'boards':
      return { rows: await callApi(backend, 'boards.list', { includeArchived: true }), columns: boardColumns };
    case 'meetings':
      return { rows: await callApi(backend, 'meetings.list', board), columns: meetingColumns };
    case 'actions':
      return { rows: await callApi(backend, 'actions.list', board), columns: actionColumns };
    case 'resolutions':
      return { rows: await callApi(backend, 'resolutions.list', board), columns: resolutionColumns };
  }
}

const clip = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

function formatTable(table: Table): string {
  if (table.rows.length === 0) return 'Nothing to list.';
  const cells = table.rows.map((row) => table.columns.map(([, get]) => clip((get as (r: Row) => string)(row), 60)));
  const headers = table.columns.map(([name]) => name);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export async function listCommand(backend: Backend, kind: string | undefined, boardId: string | undefined, json: boolean): Promise<string> {
  if (kind === undefined || !(LIST_KINDS as readonly string[]).includes(kind)) {
    throw new CliFailure(EXIT.unusable, `Say what to list: ${LIST_KINDS.join(', ')}.`);
  }
  const table = await fetchTable(backend, kind as ListKind, boardId);
  return json ? JSON.stringify(table.rows, null, 2) : formatTable(table);
}
