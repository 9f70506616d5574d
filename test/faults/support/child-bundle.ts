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
 * Bundles a child process's TypeScript entry into one plain JavaScript file in `outDir`, without the document
 * libraries. It starts in about a quarter of the time `node --import tsx` takes, which matters when a test starts
 * hundreds of children; and one file in a temporary folder can be run by a user who cannot read the repository.
 */
export async function bundleChild(entry: string, outDir: string): Promise<string> {
  fs.mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Bundled CommonJS dependencies still call require().
    banner: { js: "import { createRequire as __faultRequire } from 'node:module'; const require = __faultRequire(import.meta.url);" },
    plugins: [withoutDocumentLibraries],
    // Smaller to parse at each of the hundreds of starts; names kept, so a failing child's stack still reads.
    minify: true,
    keepNames: true,
  });
  return outfile;
}
