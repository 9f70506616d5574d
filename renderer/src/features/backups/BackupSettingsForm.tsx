import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { BackupOverview, BackupSettings } from '../../../../shared/api/areas/backups';
import { useApiMutation } from '../../api/use-api-mutation';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/TextField';
import { formatCount } from './backup-words';
import { backupFieldId, backupSettingsValues, checkBackupSettings, fieldForRefusal, type BackupSettingsValues } from './backup-settings-values';

const savedWords = (settings: BackupSettings): string =>
  settings.secondFolder === undefined
    ? `Backup settings saved: no second folder; up to ${formatCount(settings.budgetMb)} MB for backups.`
    : `Backup settings saved: each backup is copied to ${settings.secondFolder}; up to ${formatCount(settings.budgetMb)} MB for backups.`;

/** The second folder and the space the backups may take, checked with the contract's schema before saving. */
export function BackupSettingsForm({ settings, onSaved }: { settings: BackupSettings; onSaved: (overview: BackupOverview, message: string) => void }): ReactNode {
  const submit = useApiMutation('backups.updateSettings');
  const [values, setValues] = useState<BackupSettingsValues>(() => backupSettingsValues(settings));
  const [checked, setChecked] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = (patch: Partial<BackupSettingsValues>): void => setValues((v) => ({ ...v, ...patch }));
  const errors: readonly FieldError[] = checked.length > 0 ? checked : submit.error ? [{ fieldId: fieldForRefusal(submit.error.apiError.path), message: submit.error.message }] : [];
  const errorFor = (name: 'secondFolder' | 'budgetMb'): string | undefined => errors.find((e) => e.fieldId === backupFieldId(name))?.message;

  /** True once saved. */
  const save = async (next: BackupSettingsValues): Promise<boolean> => {
    const result = checkBackupSettings(next);
    setChecked(result.ok ? [] : result.errors);
    setAttempt((n) => n + 1);
    if (!result.ok) return false;
    const overview = await submit.run({ settings: result.settings });
    if (overview === undefined) {
      setAttempt((n) => n + 1);
      return false;
    }
    setValues(backupSettingsValues(overview.settings));
    onSaved(overview, savedWords(overview.settings));
    return true;
  };

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    void save(values);
  };

  const clearFolder = (): void => {
    const next = { ...values, secondFolder: '' };
    setValues(next);
    // The button goes once the folder is cleared: focus moves to the emptied field rather than being lost.
    void save(next).then((saved) => {
      if (saved) document.getElementById(backupFieldId('secondFolder'))?.focus();
    });
  };

  return (
    <form className="form inline-form" aria-labelledby="backup-settings-heading" onSubmit={onSubmit} noValidate>
      <h3 id="backup-settings-heading">Change the backup settings</h3>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id={backupFieldId('secondFolder')}
        label="Second backup folder"
        hint="A network share or a USB disk, as its whole path: for example D:\Minute Book backups or \\council-files\clerks\Minute Book. Leave it empty to keep backups on this computer only."
        width="full"
        spellCheck={false}
        value={values.secondFolder}
        onChange={(secondFolder) => set({ secondFolder })}
        error={errorFor('secondFolder')}
      />
      <TextField
        id={backupFieldId('budgetMb')}
        label="Most space the backups may take (MB)"
        hint="At least 50 MB. When the backups reach it, the oldest monthly backups are removed first."
        width="short"
        inputMode="numeric"
        value={values.budgetMb}
        onChange={(budgetMb) => set({ budgetMb })}
        error={errorFor('budgetMb')}
      />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={submit.pending}>
          {submit.pending ? 'Saving…' : 'Save the backup settings'}
        </button>
        {settings.secondFolder !== undefined ? (
          <button type="button" className="button button--secondary" onClick={clearFolder} aria-disabled={submit.pending}>
            Stop copying to a second folder
          </button>
        ) : null}
      </div>
    </form>
  );
}
