import type { ReactNode } from 'react';
import type { BackupOverview, BackupSettings } from '../../../../shared/api/areas/backups';
import { useApiMutation } from '../../api/use-api-mutation';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/TextField';
import { formatCount } from './backup-words';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { backupFieldFor, backupFieldId, backupSettingsSchema, backupSettingsValues } from './backup-settings-schema';

const savedWords = (settings: BackupSettings): string =>
  settings.secondFolder === undefined
    ? `Backup settings saved: no second folder; up to ${formatCount(settings.budgetMb)} MB for backups.`
    : `Backup settings saved: each backup is copied to ${settings.secondFolder}; up to ${formatCount(settings.budgetMb)} MB for backups.`;

/** The second folder and the space the backups may take, checked with the contract's schema before saving. */
export function BackupSettingsForm({
  settings,
  onSaved,
}: {
  settings: BackupSettings;
  onSaved: (overview: BackupOverview, message: string) => void;
}): ReactNode {
  const submit = useApiMutation('backups.updateSettings');
  const form = useClerkForm(backupSettingsSchema, backupSettingsValues(settings));
  const {
    errors,
    errorFor: errorAt,
    attempt,
  } = useFormErrors(form, backupFieldFor, { error: submit.error, fieldForPath: backupFieldFor, fallbackId: backupFieldId('secondFolder') });
  const errorFor = (name: 'secondFolder' | 'budgetMb'): string | undefined => errorAt(backupFieldId(name));
  const values = form.watch();

  /** True once saved. */
  const save = async (checked: BackupSettings): Promise<boolean> => {
    const overview = await submit.run({ settings: checked });
    if (overview === undefined) return false;
    form.reset(backupSettingsValues(overview.settings), { keepSubmitCount: true });
    onSaved(overview, savedWords(overview.settings));
    return true;
  };

  const clearFolder = (): void => {
    form.setValue('secondFolder', '');
    // The button goes once the folder is cleared: focus moves to the emptied field rather than being lost.
    void form.handleSubmit(async (checked) => {
      if (await save(checked)) document.getElementById(backupFieldId('secondFolder'))?.focus();
    })();
  };

  return (
    <form className="form inline-form" aria-labelledby="backup-settings-heading" onSubmit={(event) => void form.handleSubmit(save)(event)} noValidate>
      <h3 id="backup-settings-heading">Change the backup settings</h3>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id={backupFieldId('secondFolder')}
        label="Second backup folder"
        hint="A network share or a USB disk, as its whole path: for example D:\Minute Book backups or \\council-files\clerks\Minute Book. Leave it empty to keep backups on this computer only."
        width="full"
        spellCheck={false}
        value={values.secondFolder}
        onChange={(secondFolder) => form.setValue('secondFolder', secondFolder)}
        error={errorFor('secondFolder')}
      />
      <TextField
        id={backupFieldId('budgetMb')}
        label="Most space the backups may take (MB)"
        hint="At least 50 MB. When the backups reach it, the oldest monthly backups are removed first."
        width="short"
        inputMode="numeric"
        value={values.budgetMb}
        onChange={(budgetMb) => form.setValue('budgetMb', budgetMb)}
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
