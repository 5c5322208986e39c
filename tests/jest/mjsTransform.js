/**
 * Jest transform for ESM-only packages (pdfjs-dist's .mjs builds): `import.meta.url` has no meaning in
 * Jest's CommonJS sandbox, so it becomes the file's URL before @swc/jest turns the module into CommonJS.
 */
const { pathToFileURL } = require("url");
const swcJest = require("@swc/jest");

const swc = swcJest.createTransformer({
  jsc: { parser: { syntax: "ecmascript" }, target: "es2022" },
});

module.exports = {
  process(src, filename, options) {
    const url = JSON.stringify(pathToFileURL(filename).href);
    return swc.process(src.replace(/\bimport\.meta\.url\b/g, url), filename, options);
  },
  getCacheKey(src, filename, options) {
    return "mjs1:" + swc.getCacheKey(src, filename, options);
  },
};
