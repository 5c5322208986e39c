// Draws the add-in icons (a ruled table with a check mark on our blue) as PNGs with no image library.
// Run once: node scripts/make-icons.js. The PNGs are committed in assets/.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
const BLUE = [0x1f, 0x5f, 0xa8, 255],
  WHITE = [255, 255, 255, 255],
  RED = [0xc0, 0x1f, 0x2a, 255],
  CLEAR = [0, 0, 0, 0];
function icon(u, v) {
  const m = 0.06;
  if (u < m || v < m || u > 1 - m || v > 1 - m) return CLEAR;
  // Sheet area with grid lines.
  const inSheet = u > 0.18 && u < 0.82 && v > 0.2 && v < 0.82;
  if (inSheet) {
    const line = 0.035;
    const onH = [0.2, 0.35, 0.5, 0.66, 0.82].some((y) => Math.abs(v - y) < line / 2);
    const onV = [0.18, 0.4, 0.61, 0.82].some((x) => Math.abs(u - x) < line / 2);
    // A red tick over the lower right: the checker's mark.
    const tick =
      Math.abs(v - (0.72 - (u - 0.55) * 0.0)) < 0 ||
      (u > 0.5 && u < 0.62 && Math.abs(v - (0.6 + (u - 0.5))) < 0.045) ||
      (u >= 0.6 && u < 0.8 && Math.abs(v - (0.7 - (u - 0.6) * 1.4)) < 0.045);
    if (tick) return RED;
    return onH || onV ? BLUE : WHITE;
  }
  return BLUE;
}
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size, icon));
}
fs.writeFileSync(path.join(__dirname, "..", "assets", "logo-filled.png"), png(300, icon));
console.log("icons written");
