import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** The document libraries: a fault child never renders a document, and loading them is most of its start-up. */
const DOCUMENT_LIBRARIES = /^(docx|pdf-lib|pdfkit|fontkit|brotli|pako|ics|csv-stringify|linebreak|@pdf-lib\/.*|@noble\/.*)(\/.*)?$/;

/** Any use of a left-out library fails loudly; merely importing one (as the handlers do) costs nothing. */
const ABSENT_LIBRARY = `
const absent = new Proxy(function absent() { throw new Error('This library is left out of the fault-suite child.'); }, {
  get: (_target, key) => (key === '__esModule' ? false : absent),
  apply: () => absent,
  construct: () => absent,
});
module.exports = absent;`;

const withoutDocumentLibraries: Plugin = {
  name: 'without-document-libraries',
  setup(builder) {
    builder.onResolve({ filter: DOCUMENT_LIBRARIES }, (args) => ({ path: args.path, namespace: 'absent-library' }));
    builder.onLoad({ filter: /.*/, namespace: 'absent-library' }, () => ({ contents: ABSENT_LIBRARY, loader: 'js' }));
  },
};

/**
 * What `node` runs: it loads the bundle through V8's code cache, kept beside it. The first child to end by itself
 * (the kill test's counting run) writes the cache, with every function it ran compiled; each later child starts
 * from it instead of compiling the bundle again, which is most of a child's start-up. A cache that does not fit
 * this Node is refused by V8 and the bundle compiled as usual, so the cache can only save time, never change a run.
 */
const LOADER = `'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const bundle = path.join(__dirname, BUNDLE_NAME);
const cacheFile = bundle + '.v8cache';
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  process.once('exit', () => {
    const temporary = cacheFile + '.' + process.pid;
    try { fs.writeFileSync(temporary, script.createCachedData()); fs.renameSync(temporary, cacheFile); } catch { fs.rmSync(temporary, { force: true }); }
  });
}
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, Module.createRequire(bundle), module_, bundle, path.dirname(bundle));
`;

/**
 * Bundles a child process's TypeScript entry into one plain JavaScript file in `outDir`, without the document
 * libraries, and returns the loader to run it with (see `LOADER`). Started so, a child takes a fraction of the time
 * `node --import tsx` takes, which matters when a test starts hundreds of them; and files in a temporary folder can
 * be run by a user who cannot read the repository.
 */
export async function bundleChild(entry: string, outDir: string): Promise<string> {
  fs.mkdirSync(outDir, { recursive: true });
  const name = path.basename(entry, '.ts');
  const bundle = path.join(outDir, `${name}.bundle.cjs`);
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    // Code bundled to CommonJS still sees a real import.meta.url (esbuild would leave it empty).
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl', 'import.meta.dirname': '__dirname' },
    plugins: [withoutDocumentLibraries],
    // Smaller to parse; names kept, so a failing child's stack still reads.
    minify: true,
    keepNames: true,
  });
  const loader = path.join(outDir, `${name}.cjs`);
  fs.writeFileSync(loader, LOADER.replace('BUNDLE_NAME', JSON.stringify(path.basename(bundle))));
  return loader;
}
