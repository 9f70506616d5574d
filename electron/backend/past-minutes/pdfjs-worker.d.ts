// pdf.js ships no types for its worker's module; Minute Book only hands it to pdf.js (see load-pdfjs.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
