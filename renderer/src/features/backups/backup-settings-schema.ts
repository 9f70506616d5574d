import { z } from 'zod';
import { BackupSettings } from '../../../../shared/api/areas/backups';
import { optional, reworded } from '../../components/form/form-rules';
import { formatCount } from './backup-words';

const BUDGET_WORDS = 'Enter the most the backups may take in megabytes, as a whole number: for example 2048.';
const { secondFolder, budgetMb } = BackupSettings.shape;

/**
 * The backup settings form, checked with the contract's own schema, so the screen refuses exactly what the
 * backend would, each problem in words beside its field. An empty folder means "no second folder"; the budget may
 * be written with a thousands comma.
 */
export const backupSettingsSchema = z.object({
  secondFolder: optional(
    reworded(secondFolder.unwrap(), (issue) => {
      if (issue.code === 'custom') return issue.message;
      if (issue.code === 'too_big') return 'The path is too long: use at most 1,000 characters.';
      return 'Give the whole path of the folder, or leave it empty for none.';
    }),
  ),
  budgetMb: reworded(
    z
      .string()
      .transform((text) => text.trim().replace(/[,\s]/g, ''))
      .pipe(z.string().regex(/^\d+$/, BUDGET_WORDS))
      .transform(Number)
      .pipe(budgetMb.removeDefault()),
    (issue) => {
      if (issue.code === 'too_small') return issue.message;
      if (issue.code === 'too_big') return `Allow at most ${formatCount(1_000_000)} MB for backups.`;
      return BUDGET_WORDS;
    },
  ),
});

/** The settings form as typed: strings, so a half-typed number is kept as it is. */
export type BackupSettingsValues = z.input<typeof backupSettingsSchema>;

export const backupFieldId = (name: 'secondFolder' | 'budgetMb'): string => `backup-${name}`;

export const backupSettingsValues = (settings: BackupSettings): BackupSettingsValues => ({
  secondFolder: settings.secondFolder ?? '',
  budgetMb: String(settings.budgetMb),
});

/** Which field a problem belongs beside: the one its path names (in the form or the contract's input), else the folder. */
export function backupFieldFor(path: string | undefined): string {
  return path !== undefined && /(^|\.)budgetMb$/.test(path) ? backupFieldId('budgetMb') : backupFieldId('secondFolder');
}
