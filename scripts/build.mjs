#!/usr/bin/env node
// Builds everything the app runs from into dist/: the CLI, Electron's main and preload, and the renderer.
// Bundles are independent, so they are built side by side. The build goes to a folder of its own and replaces
// dist/ in one rename at the end, so a server or test running from dist/ never sees it half built.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const building = path.join(root, `dist.building-${process.pid}`);
const rel = (file) => file.replace(/^dist\//, `${path.basename(building)}/`);
const started = performance.now();
// Vite resolves its config's relative paths from here.
process.chdir(root);

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
};

// Code bundled to CommonJS still sees a real import.meta.url (esbuild would leave it empty).
const importMetaUrlShim = {
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};

/**
 * An esbuild plugin that puts `contents` in place of every module whose import path matches `filter`: for a
 * dependency's dependency that costs time at every start and that Minute Book never uses.
 */
function without(name, filter, contents) {
  return {
    name: `without-${name}`,
    setup(build) {
      build.onResolve({ filter }, () => ({ path: name, namespace: `without-${name}` }));
      build.onLoad({ filter: /.*/, namespace: `without-${name}` }, () => ({ contents, loader: 'js' }));
    },
  };
}

// fontkit (under pdfkit) loads a Brotli decoder for WOFF2 fonts, which unpacks its dictionary as it loads: a
// tenth of a second at every start. The exports embed only the TTF fonts in resources/, so the CLI goes without.
const withoutBrotli = without(
  'brotli',
  /^brotli(\/decompress(\.js)?)?$/,
  "export default function decompress() { throw new Error('WOFF2 fonts are not supported: use the TTF fonts in resources/fonts.'); }",
);

// pdfkit loads an AES cipher for encrypted PDFs, which builds its tables as it loads: tens of milliseconds at
// every start. Minute Book never encrypts a PDF (public documents are published; PDF/A forbids encryption).
const withoutAes = without(
  'aes',
  /^@noble\/ciphers\/aes(\.js)?$/,
  "const refuse = () => { throw new Error('Minute Book does not encrypt PDFs.'); };\nexport const cbc = refuse;\nexport const ecb = refuse;",
);

const targets = [
  {
    name: 'CLI',
    entry: 'electron/backend/cli.ts',
    // The CLI and every dependency in one CommonJS file, which the entry below runs with a V8 code cache: a
    // one-off command then neither resolves hundreds of files in node_modules nor compiles them afresh.
    // Comments and white space go (a third less to read and parse at every start); names stay, for stack traces.
    options: {
      outfile: 'dist/backend/cli.cjs',
      format: 'cjs',
      target: 'node20',
      minifyWhitespace: true,
      minifySyntax: true,
      plugins: [withoutBrotli, withoutAes],
      // The readers of past minutes' files (pdf.js, mammoth: half again the bundle's size) are needed by
      // import-minutes alone, so they stay in node_modules and are required when a file is first read, rather than
      // read and compiled at every start. The bundle runs in a vm.Script (see cli-entry.ts), which cannot import():
      // dynamic imports become require() (pdf.js is ESM, which Node 20.19+ requires as it would CommonJS).
      external: ['pdfjs-dist', 'mammoth'],
      supported: { 'dynamic-import': false },
      ...importMetaUrlShim,
    },
  },
  {
    name: 'CLI entry',
    entry: 'electron/backend/cli-entry.ts',
    // Small and dependency-free: it loads cli.cjs beside it through the code cache.
    options: { outfile: 'dist/backend/cli.mjs', format: 'esm', target: 'node20', packages: 'external' },
  },
  {
    name: 'Electron main',
    entry: 'electron/main/index.ts',
    // Everything but electron is bundled: the packaged app then needs no node_modules lookups, and ESM-only
    // dependencies (lowdb) work from CommonJS.
    options: { outfile: 'dist/electron/main.cjs', format: 'cjs', target: 'node22', external: ['electron'], ...importMetaUrlShim },
  },
  {
    name: 'Electron preload',
    entry: 'electron/preload/index.ts',
    // A sandboxed preload may require only 'electron': it must be one self-contained CommonJS file.
    options: { outfile: 'dist/electron/preload.cjs', format: 'cjs', target: 'chrome140', external: ['electron'] },
  },
];

const missing = targets.filter((t) => !existsSync(path.join(root, t.entry))).map((t) => t.entry);
if (!existsSync(path.join(root, 'vite.config.ts'))) missing.push('vite.config.ts');
if (missing.length > 0) {
  console.error(`Cannot build: missing ${missing.join(', ')}`);
  process.exit(1);
}

await rm(building, { recursive: true, force: true });

const timed = async (name, work) => {
  const t0 = performance.now();
  await work();
  return `${name} ${Math.round(performance.now() - t0)} ms`;
};

try {
  const results = await Promise.all([
    ...targets.map((t) => timed(t.name, () => esbuild({ ...common, entryPoints: [t.entry], ...t.options, outfile: rel(t.options.outfile) }))),
    timed('renderer', async () => {
      const { build: viteBuild } = await import('vite');
      await viteBuild({
        configFile: path.join(root, 'vite.config.ts'),
        logLevel: 'warn',
        mode: 'production',
        build: { outDir: path.join(building, 'renderer') },
      });
    }),
  ]);
  // pdfkit, bundled into main.cjs and cli.cjs, reads the sRGB profile that PDF/A files embed from a data/ folder
  // beside itself.
  for (const bundleDir of ['electron', 'backend']) {
    await mkdir(path.join(building, bundleDir, 'data'), { recursive: true });
    await copyFile(
      path.join(root, 'node_modules', 'pdfkit', 'js', 'data', 'sRGB_IEC61966_2_1.icc'),
      path.join(building, bundleDir, 'data', 'sRGB_IEC61966_2_1.icc'),
    );
  }
  const old = path.join(root, `dist.old-${process.pid}`);
  if (existsSync(dist)) await rename(dist, old);
  await rename(building, dist);
  await rm(old, { recursive: true, force: true });
  console.log(`Built dist/ in ${Math.round(performance.now() - started)} ms (${results.join(', ')}).`);
} catch (error) {
  // esbuild and Vite have already printed the details.
  console.error(`Build failed${error instanceof Error && !error.message.startsWith('Build failed') ? `: ${error.message}` : '.'}`);
  await rm(building, { recursive: true, force: true });
  process.exit(1);
}
