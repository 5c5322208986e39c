/** The pdf.js worker, built by webpack from this entry: the polyfill first, then pdf.js's worker. */
import "./withResolvers";
import "pdfjs-dist/legacy/build/pdf.worker.mjs";
