/** pdfjs-dist ships no types for its worker module; it is only loaded, never called, here. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs";
