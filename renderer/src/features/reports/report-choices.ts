import type { ReportFormat, ReportKind } from '../../../../shared/api/areas/reports';

export const REPORT_LABELS: Readonly<Record<ReportKind, { readonly label: string; readonly hint: string }>> = {
  annual: {
    label: 'Annual report',
    hint: 'Meetings held, attendance, the people involved, co-production ratings, reward in total, you said / we did and actions completed. Fit to publish.',
  },
  participation: {
    label: 'Participation',
    hint: 'Attendance by kind of member, experts by experience, new and returning people, papers on time, diversity in total.',
  },
  coproduction: {
    label: 'Co-production ratings',
    hint: 'How items, projects and workstreams were rated against the board’s criteria, and the trend.',
  },
  'you-said-we-did': { label: 'You said, we did', hint: 'What members raised and what became of it.' },
  reward: {
    label: 'Reward and expenses for finance',
    hint: 'Every claim in the period, with names: for the finance team only, not for publication.',
  },
};

export const REPORT_ORDER: readonly ReportKind[] = ['annual', 'participation', 'coproduction', 'you-said-we-did', 'reward'];

export const REPORT_FORMAT_LABELS: Readonly<Record<ReportFormat, string>> = {
  pdf: 'PDF',
  docx: 'Word (.docx)',
  csv: 'Spreadsheet (CSV)',
};
