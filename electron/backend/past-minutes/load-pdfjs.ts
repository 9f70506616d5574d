/*
 * pdf.js, loaded on first use: it is large, and only reading a PDF needs it. In Node it has no web worker, so it
 * runs its worker's code on the main thread; it finds that code on `globalThis.pdfjsWorker`, which is set here from
 * a static import path, so a bundle (the CLI's, the app's) carries it too rather than looking for a file beside
 * itself that is not there.
 */

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const holder = globalThis as { pdfjsWorker?: unknown };
    holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  })().catch((error: unknown) => {
    // Try again next time rather than remember the failure for the life of the process.
    loading = null;
    throw error;
  });
  return loading;
}
