import { BackupSettings } from '../../../../shared/api/areas/backups';
import type { FieldError } from '../../components/form/field-error';
import { formatCount } from './backup-words';

/** The settings form as typed: strings, so a half-typed number is kept as it is. */
export type BackupSettingsValues = {
  /** '' for no second folder. */
  readonly secondFolder: string;
  readonly budgetMb: string;
};

export const backupFieldId = (name: 'secondFolder' | 'budgetMb'): string => `backup-${name}`;

export const backupSettingsValues = (settings: BackupSettings): BackupSettingsValues => ({
  secondFolder: settings.secondFolder ?? '',
  budgetMb: String(settings.budgetMb),
});

export type CheckedSettings = { readonly ok: true; readonly settings: BackupSettings } | { readonly ok: false; readonly errors: readonly FieldError[] };

const BUDGET_WORDS = 'Enter the most the backups may take in megabytes, as a whole number: for example 2048.';

/**
 * Checks the form with the contract's own schema, so the screen refuses exactly what the backend would, and puts
 * each problem in words beside its field. An empty folder means "no second folder".
 */
export function checkBackupSettings(values: BackupSettingsValues): CheckedSettings {
  const folder = values.secondFolder.trim();
  const budgetText = values.budgetMb.trim().replace(/[,\s]/g, '');
  const budget = /^\d+$/.test(budgetText) ? Number(budgetText) : Number.NaN;
  const errors: FieldError[] = [];
  if (Number.isNaN(budget)) errors.push({ fieldId: backupFieldId('budgetMb'), message: BUDGET_WORDS });
  const parsed = BackupSettings.safeParse({ ...(folder === '' ? {} : { secondFolder: folder }), budgetMb: Number.isNaN(budget) ? 2048 : budget });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'secondFolder' ? 'secondFolder' : 'budgetMb';
      const message = field === 'secondFolder' ? folderMessage(issue.code, issue.message) : budgetMessage(issue.code, issue.message);
      if (!errors.some((e) => e.fieldId === backupFieldId(field))) errors.push({ fieldId: backupFieldId(field), message });
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: order(errors) };
  return { ok: true, settings: parsed.data };
}

/** The folder's problem first, as the fields are laid out. */
const order = (errors: readonly FieldError[]): FieldError[] => [...errors].sort((a, b) => (a.fieldId === backupFieldId('secondFolder') ? -1 : b.fieldId === backupFieldId('secondFolder') ? 1 : 0));

function folderMessage(code: string, message: string): string {
  if (code === 'custom') return message;
  if (code === 'too_big') return 'The path is too long: use at most 1,000 characters.';
  return 'Give the whole path of the folder, or leave it empty for none.';
}

function budgetMessage(code: string, message: string): string {
  if (code === 'too_small') return message;
  if (code === 'too_big') return `Allow at most ${formatCount(1_000_000)} MB for backups.`;
  return BUDGET_WORDS;
}

/** Which field a refusal from the backend belongs beside: the one its path names, else the folder. */
export function fieldForRefusal(path: string | undefined): string {
  return path !== undefined && /(^|\.)budgetMb$/.test(path) ? backupFieldId('budgetMb') : backupFieldId('secondFolder');
}
