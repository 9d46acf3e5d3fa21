// Draws Rapport's icon (two linked speech rings on a rounded square) as PNGs, with no dependencies.
// Run once when the design changes: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const S = 4; // supersampling
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const u = (x + (sx + 0.5) / S) / size, v = (y + (sy + 0.5) / S) / size;
        const px = shade(u, v);
        if (px) { r += px[0] * px[3]; g += px[1] * px[3]; b += px[2] * px[3]; a += px[3]; }
      }
      const n = S * S;
      row.push(a ? Math.round(r / a) : 0, a ? Math.round(g / a) : 0, a ? Math.round(b / a) : 0, Math.round((a / n) * 255));
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// u, v in [0,1]; returns [r,g,b,alpha(0..1)] or null
function shade(u, v) {
  const rad = 0.22, m = 0.02;
  const qx = Math.max(Math.abs(u - 0.5) - (0.5 - m - rad), 0), qy = Math.max(Math.abs(v - 0.5) - (0.5 - m - rad), 0);
  if (Math.hypot(qx, qy) > rad) return null;
  const t = (u + v) / 2; // gradient teal -> deep blue
  const bg = [Math.round(14 + t * 10), Math.round(128 - t * 60), Math.round(140 + t * 40), 1];
  const ring = (cx, cy, r, w) => Math.abs(Math.hypot(u - cx, v - cy) - r) < w;
  if (ring(0.39, 0.47, 0.19, 0.055) || ring(0.61, 0.53, 0.19, 0.055)) return [255, 255, 255, 1];
  return bg;
}

for (const s of [16, 32, 48, 128]) writeFileSync(new URL(`../src/assets/icon-${s}.png`, import.meta.url), icon(s));
console.log('icons written');
