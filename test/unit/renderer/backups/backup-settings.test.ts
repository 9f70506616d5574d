import { describe, expect, it } from 'vitest';
import {
  backupFieldFor,
  backupFieldId,
  backupSettingsSchema,
  backupSettingsValues,
} from '../../../../renderer/src/features/backups/backup-settings-schema';

const folderId = backupFieldId('secondFolder');
const budgetId = backupFieldId('budgetMb');

/** The problems the form would show, each beside its field, in the order of the fields. */
const problems = (values: { secondFolder: string; budgetMb: string }): { fieldId: string; message: string }[] =>
  (backupSettingsSchema.safeParse(values).error?.issues ?? []).map((issue) => ({
    fieldId: backupFieldFor(issue.path.join('.')),
    message: issue.message,
  }));

describe('the backup settings form, from the contract’s backup settings', () => {
  it('starts from the saved settings, an unset folder as an empty field', () => {
    expect(backupSettingsValues({ budgetMb: 2048 })).toEqual({ secondFolder: '', budgetMb: '2048' });
    expect(backupSettingsValues({ secondFolder: 'E:\\Backups', budgetMb: 500 })).toEqual({ secondFolder: 'E:\\Backups', budgetMb: '500' });
  });

  it('sends no second folder when the field is left empty', () => {
    expect(backupSettingsSchema.parse({ secondFolder: '  ', budgetMb: '2048' })).toEqual({ secondFolder: undefined, budgetMb: 2048 });
  });

  it('accepts whole paths of every kind, trimmed, and a budget written with a thousands comma', () => {
    for (const folder of ['/media/clerk/USB', 'D:\\Minute Book backups', 'd:/backups', '\\\\council-files\\clerks']) {
      expect(backupSettingsSchema.parse({ secondFolder: ` ${folder} `, budgetMb: '4,096' })).toEqual({ secondFolder: folder, budgetMb: 4096 });
    }
  });

  it('refuses a path that is not whole with the contract’s own words, beside the folder field', () => {
    const found = problems({ secondFolder: 'backups', budgetMb: '2048' });
    expect(found.map((e) => e.fieldId)).toEqual([folderId]);
    expect(found[0]?.message).toContain('Give the whole path of the folder');
  });

  it('refuses a budget that is too small, too large or not a whole number, beside the budget field', () => {
    expect(problems({ secondFolder: '', budgetMb: '10' })).toEqual([{ fieldId: budgetId, message: 'Allow at least 50 MB for backups.' }]);
    expect(problems({ secondFolder: '', budgetMb: '2000000' })).toEqual([{ fieldId: budgetId, message: 'Allow at most 1,000,000 MB for backups.' }]);
    for (const typed of ['', 'lots', '1.5', '-100'])
      expect(problems({ secondFolder: '', budgetMb: typed }).map((e) => e.fieldId)).toEqual([budgetId]);
  });

  it('lists both problems, the folder first, as the fields are laid out', () => {
    expect(problems({ secondFolder: 'relative', budgetMb: 'x' }).map((e) => e.fieldId)).toEqual([folderId, budgetId]);
  });

  it('puts a refusal from the backend beside the field its path names', () => {
    expect(backupFieldFor('settings.budgetMb')).toBe(budgetId);
    expect(backupFieldFor('settings.secondFolder')).toBe(folderId);
    expect(backupFieldFor(undefined)).toBe(folderId);
  });
});
