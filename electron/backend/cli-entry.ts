/**
 * The built CLI's front door (dist/backend/cli.mjs, run by bin/minute-book.mjs). It runs the CLI bundle beside it
 * (cli.cjs: the CLI and every dependency in one file) through V8 with a code cache, so a one-off command such as
 * `minute-book render` does not parse and compile the same megabytes of JavaScript on every run.
 *
 * Node 22 caches compiled code itself (module.enableCompileCache); Node 20, which the CLI supports, does not, so
 * the cache is kept here: one file per kind of run (render to PDF, render to DOCX, serve...) in the user's cache
 * folder (never dist/ or the install folder), named for this build of the bundle, written after a successful run
 * when there was none or V8 rejected it (a new Node). Where the cache folder cannot be written the CLI simply runs
 * without one.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { cacheProfile, codeCacheFile, readCodeCache, removeOtherBuilds, userCacheDir, writeCodeCache } from './cli/code-cache';
import type { main as Main } from './cli';

type CliBundle = { readonly main: typeof Main };
type CommonJsWrapper = (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;

const argv = process.argv.slice(2);
const bundleFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli.cjs');
const cacheFile = codeCacheFile(userCacheDir(), bundleFile, cacheProfile(argv));
const cachedData = readCodeCache(cacheFile);
// The same wrapper Node puts round a CommonJS file, so the bundle sees require, module and __filename as usual.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundleFile, 'utf8')}\n})`, {
  filename: bundleFile,
  ...(cachedData === undefined ? {} : { cachedData }),
});
const bundle = { exports: {} as CliBundle };
(script.runInThisContext() as CommonJsWrapper)(bundle.exports, createRequire(bundleFile), bundle, bundleFile, path.dirname(bundleFile));

if (cachedData === undefined || script.cachedDataRejected === true) {
  // Made at exit, so it holds the code this run compiled as well as the bundle's top level; not after a failure,
  // which would have compiled only the way to its error message.
  process.once('exit', (code) => {
    if (code === 0 && writeCodeCache(cacheFile, script.createCachedData())) removeOtherBuilds(cacheFile);
  });
}

const code = await bundle.exports.main(argv);
if (code !== 0) process.exitCode = code;
