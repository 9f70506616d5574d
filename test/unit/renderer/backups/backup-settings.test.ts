import { describe, expect, it } from 'vitest';
import { backupFieldId, backupSettingsValues, checkBackupSettings, fieldForRefusal } from '../../../../renderer/src/features/backups/backup-settings-values';

const folderId = backupFieldId('secondFolder');
const budgetId = backupFieldId('budgetMb');

describe('the backup settings form', () => {
  it('starts from the saved settings, an unset folder as an empty field', () => {
    expect(backupSettingsValues({ budgetMb: 2048 })).toEqual({ secondFolder: '', budgetMb: '2048' });
    expect(backupSettingsValues({ secondFolder: 'E:\\Backups', budgetMb: 500 })).toEqual({ secondFolder: 'E:\\Backups', budgetMb: '500' });
  });

  it('sends no second folder when the field is left empty', () => {
    expect(checkBackupSettings({ secondFolder: '  ', budgetMb: '2048' })).toEqual({ ok: true, settings: { budgetMb: 2048 } });
  });

  it('accepts whole paths of every kind, trimmed, and a budget written with a thousands comma', () => {
    for (const folder of ['/media/clerk/USB', 'D:\\Minute Book backups', 'd:/backups', '\\\\council-files\\clerks']) {
      expect(checkBackupSettings({ secondFolder: ` ${folder} `, budgetMb: '4,096' })).toEqual({ ok: true, settings: { secondFolder: folder, budgetMb: 4096 } });
    }
  });

  it('refuses a path that is not whole with the contract’s own words, beside the folder field', () => {
    const result = checkBackupSettings({ secondFolder: 'backups', budgetMb: '2048' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.fieldId)).toEqual([folderId]);
    expect(result.errors[0]?.message).toContain('Give the whole path of the folder');
  });

  it('refuses a budget that is too small, too large or not a whole number, beside the budget field', () => {
    expect(checkBackupSettings({ secondFolder: '', budgetMb: '10' })).toEqual({ ok: false, errors: [{ fieldId: budgetId, message: 'Allow at least 50 MB for backups.' }] });
    expect(checkBackupSettings({ secondFolder: '', budgetMb: '2000000' })).toEqual({ ok: false, errors: [{ fieldId: budgetId, message: 'Allow at most 1,000,000 MB for backups.' }] });
    for (const typed of ['', 'lots', '1.5', '-100']) {
      const result = checkBackupSettings({ secondFolder: '', budgetMb: typed });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.fieldId)).toEqual([budgetId]);
    }
  });

  it('lists both problems, the folder first, as the fields are laid out', () => {
    const result = checkBackupSettings({ secondFolder: 'relative', budgetMb: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.fieldId)).toEqual([folderId, budgetId]);
  });

  it('puts a refusal from the backend beside the field its path names', () => {
    expect(fieldForRefusal('settings.budgetMb')).toBe(budgetId);
    expect(fieldForRefusal('settings.secondFolder')).toBe(folderId);
    expect(fieldForRefusal(undefined)).toBe(folderId);
  });
});
