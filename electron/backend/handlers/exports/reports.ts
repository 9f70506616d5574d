import { MEDIA_TYPES } from '../../../../shared/api/exports';
import { cleanFileName } from '../../../../shared/domain/file-names';
import { reportPeriod } from '../../../../shared/domain/reports/report-period';
import { renderCsv } from '../../export/csv';
import { documentRun, runExport, text } from './export-prepare';
import type { HandlerMap } from '../handler-context';
import { requireBoard, today } from '../lookup';
import { reportContent } from './report-documents';

const WORDS = {
  reward: 'reward and expenses',
  participation: 'participation',
  coproduction: 'co-production ratings',
  'you-said-we-did': 'you said we did',
  annual: 'annual report',
} as const;

/** "RCPB 2025-05-01 to 2026-04-30 annual report.pdf". */
const fileName = (shortCode: string, from: string, to: string, kind: keyof typeof WORDS, format: string): string =>
  cleanFileName(`${shortCode} ${from} to ${to} ${WORDS[kind]}.${format}`, WORDS[kind]);

export const reportsHandlers: HandlerMap<'reports.render'> = {
  'reports.render': async (input, ctx) => {
    const board = requireBoard(ctx, input.boardId, 'boardId');
    const period = reportPeriod(board, today(ctx), input.from, input.to);
    const content = await reportContent(ctx, input.kind, board, period);
    const name = fileName(board.shortCode, period.from, period.to, input.kind, input.format);
    if (input.format === 'csv' && content.sheet !== undefined) {
      const sheet = content.sheet;
      return runExport(ctx, { fileName: name, mediaType: MEDIA_TYPES.csv, run: async () => text(await renderCsv(sheet())) });
    }
    const format = input.format === 'docx' ? 'docx' : 'pdf';
    return runExport(ctx, {
      fileName: name,
      mediaType: MEDIA_TYPES[format],
      run: documentRun(content.doc(), format, new Date(ctx.clock.now()), false),
    });
  },
};
