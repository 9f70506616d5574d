import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { FALLBACK_FONTS } from '../../electron/backend/export/resources';
import { HOUSE_FONTS } from '../../shared/document/fonts';

const root = path.resolve(__dirname, '..', '..');

// electron-builder's own loader and schema check: what `electron-builder` runs before it downloads anything.
const load = (): Promise<Configuration> => getConfig(root, path.join(root, 'electron-builder.yml'), null);
const check = (config: Configuration): Promise<void> => validateConfiguration(config, new DebugLogger(false));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s configuration check', async () => {
    await expect(check(await load())).resolves.toBeUndefined();
  });

  it('is rejected by the same check when an option is misspelt or mistyped', async () => {
    const config = await load();
    await expect(check({ ...config, nsis: { ...config.nsis, oneClik: true } as Configuration['nsis'] })).rejects.toThrow(/configuration\.nsis/);
    await expect(check({ ...config, productNmae: 'Minute Book' } as Configuration)).rejects.toThrow(/unknown property 'productNmae'/);
    await expect(check({ ...config, nsis: { ...config.nsis, perMachine: 'no' } } as unknown as Configuration)).rejects.toThrow(
      /configuration\.nsis\.perMachine should be a boolean/,
    );
  });

  it('installs per user on Windows with no admin rights, and builds AppImage and deb on Linux', async () => {
    const config = await load();
    expect(config.appId).toBe('uk.org.minutebook.app');
    expect(config.productName).toBe('Minute Book');
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    expect(config.win?.requestedExecutionLevel).toBe('asInvoker');
    expect(JSON.stringify(config.win?.target)).toContain('nsis');
    expect(JSON.stringify(config.linux?.target)).toMatch(/AppImage.*deb/);
    expect(config.directories?.buildResources).toBe('resources');
    expect(config.extraMetadata?.['main']).toBe('dist/electron/main.cjs');
  });

  it('points at icons that exist in resources/ at the sizes the installers need', () => {
    const png = readFileSync(path.join(root, 'resources', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);

    const ico = readFileSync(path.join(root, 'resources', 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
  });

  it('packages every font the PDFs embed, with its licence, beside the app', async () => {
    const config = await load();
    const files = [
      ...Object.values(HOUSE_FONTS).flatMap((font) => Object.values(font.files)),
      ...Object.values(FALLBACK_FONTS).flatMap((font) => [font.regular, ...(font.bold === undefined ? [] : [font.bold])]),
      'LICENSE-Liberation.txt',
      'LICENSE-Noto.txt',
    ];
    // resources/ is copied to the installed app's resources/, where resources.ts looks first, through its filter.
    const entries = (Array.isArray(config.extraResources) ? config.extraResources : []).filter(
      (entry): entry is { from: string; to: string; filter: string[] } => typeof entry === 'object' && entry !== null && 'from' in entry,
    );
    const resources = entries.find((entry) => entry.from === 'resources' && entry.to === 'resources');
    expect(resources).toBeDefined();
    const filters = resources?.filter ?? [];
    const copied = (file: string): boolean =>
      filters.filter((f) => !f.startsWith('!')).some((f) => minimatch(file, f)) &&
      !filters.filter((f) => f.startsWith('!')).some((f) => minimatch(file, f.slice(1)));
    for (const file of files) {
      expect(existsSync(path.join(root, 'resources', 'fonts', file)), file).toBe(true);
      expect(copied(`fonts/${file}`), file).toBe(true);
    }
    expect(copied('icon.png')).toBe(false);
  });
});
