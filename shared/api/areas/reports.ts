import { z } from 'zod';
import { Id } from '../../model';
import { DateInput } from '../dates';
import type { ExportFile } from '../exports';

/** A board's reports over a period: what `minute-book report` and the board's Reports page produce. */
export const REPORT_KINDS = ['reward', 'participation', 'coproduction', 'you-said-we-did', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ['csv', 'docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The formats each report comes in; the first is the one most often wanted. */
export const REPORT_FORMATS_BY_KIND: Readonly<Record<ReportKind, readonly ReportFormat[]>> = {
  reward: ['csv', 'docx', 'pdf'],
  participation: ['pdf', 'docx', 'csv'],
  coproduction: ['pdf', 'docx', 'csv'],
  'you-said-we-did': ['pdf', 'docx', 'csv'],
  annual: ['pdf', 'docx'],
};

export const ReportRequest = z
  .object({
    boardId: Id,
    kind: z.enum(REPORT_KINDS),
    format: z.enum(REPORT_FORMATS),
    /** The period, inclusive; the current municipal year of the board when left out. */
    from: DateInput.optional(),
    to: DateInput.optional(),
  })
  .superRefine((request, ctx) => {
    if (!REPORT_FORMATS_BY_KIND[request.kind].includes(request.format)) {
      ctx.addIssue({
        code: 'custom',
        path: ['format'],
        message: `The ${request.kind} report comes as ${REPORT_FORMATS_BY_KIND[request.kind].join(', ')}, not ${request.format}.`,
      });
    }
    if (request.from !== undefined && request.to !== undefined && request.from > request.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The period must end on or after the day it starts.' });
    }
  });
export type ReportRequest = z.infer<typeof ReportRequest>;

export const REPORTS_INPUTS = {
  'reports.render': ReportRequest,
} as const;

export type ReportsOutputs = {
  'reports.render': ExportFile;
};
