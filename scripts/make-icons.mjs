#!/usr/bin/env node
// Draws the app icon (a dark teal minute book on white) and writes resources/icon.png (512×512) and
// resources/icon.ico (16–256 px). Node built-ins only, so anyone can regenerate it: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const WHITE = [255, 255, 255];
const EDGE = [200, 220, 220];
const TEAL = [15, 76, 92];
const SPINE = [9, 52, 64];
const RIBBON = [63, 167, 163];

// Shapes in a 512-unit square, painted in order. Each is [inside(x, y), colour].
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const ribbon = (x, y) => x >= 300 && x <= 332 && y >= 380 && y <= 460 && y <= 444 + Math.abs(x - 316);
const shapes = [
  [roundRect(8, 8, 504, 504, 100), EDGE],
  [roundRect(16, 16, 496, 496, 92), WHITE],
  [ribbon, RIBBON],
  [roundRect(128, 88, 384, 424, 28), TEAL],
  [(x, y) => roundRect(128, 88, 384, 424, 28)(x, y) && x < 172, SPINE],
  [roundRect(212, 150, 344, 226, 12), WHITE],
  [roundRect(212, 262, 344, 278, 8), WHITE],
  [roundRect(212, 302, 312, 318, 8), WHITE],
  [roundRect(212, 342, 328, 358, 8), WHITE],
];

/** RGBA pixels at `size`, 4×4 supersampled so the small Windows sizes stay clean. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  const scale = 512 / size;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const x = (px + (sx + 0.5) / n) * scale;
          const y = (py + (sy + 0.5) / n) * scale;
          let colour;
          for (const [inside, c] of shapes) if (inside(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
      }
      pixels[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  const pixels = render(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO of PNG entries, which Windows has read since Vista and electron-builder accepts (256 px needed). */
function ico(sizes) {
  const images = sizes.map((size) => ({ size, data: png(size) }));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

mkdirSync(path.join(root, 'resources'), { recursive: true });
writeFileSync(path.join(root, 'resources', 'icon.png'), png(512));
writeFileSync(path.join(root, 'resources', 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]));
console.log('Wrote resources/icon.png and resources/icon.ico');
