/** Is it a PDF? By the %PDF- header, which may follow some junk bytes (allowed within the first 1024). */
const MAGIC = "%PDF-";
const HEAD = 1024;

export function isPdf(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, HEAD);
  outer: for (let i = 0; i + MAGIC.length <= n; i++) {
    for (let k = 0; k < MAGIC.length; k++) if (bytes[i + k] !== MAGIC.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}
