#!/usr/bin/env node
// Writes jsmath-vectors.txt next to this script: lines "fn inputHex outputHex" (IEEE-754 bits,
// 16 lowercase hex digits) giving what this Node.js (reference: v20.20.2, V8 11.3) returns for
// Math.exp/log/sin/cos/tanh/expm1. Deterministic: same engine, same file.
// Usage: node make-jsmath-vectors.js
'use strict';
const fs = require('fs');
const path = require('path');

const PER_FUNCTION = 3000;

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const bitsOf = (x) => { f64[0] = x; return u64[0]; };
const fromBits = (b) => { u64[0] = BigInt.asUintN(64, b); return f64[0]; };
const hex = (x) => bitsOf(x).toString(16).padStart(16, '0');
const fromWords = (hi, lo) => fromBits((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));

// mulberry32: a small seeded generator, so the table is reproducible.
let seed = 0x2f6b2a1d;
function rand32() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}
const uniform = () => (rand32() * 4294967296 + rand32()) / 18446744073709551616;
const between = (a, b) => a + (b - a) * uniform();
const randomBits = () => fromWords(rand32(), rand32());
// |x| log-uniform over [2^lo, 2^hi), random sign unless positive.
function logUniform(lo, hi, positive) {
  const x = Math.pow(2, between(lo, hi)) * (1 + uniform() * 1e-9);
  return positive || rand32() & 1 ? x : -x;
}

// x and its neighbours up to k ulps either side (finite results only).
function around(x, k = 2) {
  const out = [x];
  const b = bitsOf(x);
  for (let i = 1n; i <= BigInt(k); i++) {
    out.push(fromBits(b + i), fromBits(b - i));
  }
  return out.filter((v) => !Number.isNaN(v) || Number.isNaN(x));
}
const signed = (xs) => xs.flatMap((x) => [x, -x]);
// Random doubles sharing the high word of the boundary b, on both sides of b: fdlibm classifies
// them by that high word, so they test that a port branches exactly where fdlibm does.
function sameHighWord(b, count) {
  const hi = Number(bitsOf(b) >> 32n);
  const lo = Number(bitsOf(b) & 0xffffffffn);
  return Array.from({ length: count }, (_, i) =>
    fromWords(hi, i % 2 ? lo + (rand32() % (0xffffffff - lo)) : rand32() % (lo + 1)));
}
// fdlibm branches on the high word alone, so a threshold's high word spans values on both sides
// of the mathematical boundary: take low words 0, 1, all-ones and a few random ones, plus the
// largest double below that high word.
const highWordEdges = (hi) => [
  fromWords(hi, 0), fromWords(hi, 1), fromWords(hi, 0xffffffff), fromWords(hi - 1, 0xffffffff),
  ...Array.from({ length: 6 }, () => fromWords(hi, rand32())),
];

const LN2 = Math.LN2;
const COMMON = [
  NaN, -NaN, fromBits(0xfff8000000000000n), fromBits(0x7ff8000000000123n), fromBits(0xfff0000000000001n),
  Infinity, -Infinity, 0, -0, 5e-324, -5e-324, fromBits(0x000fffffffffffffn), -fromBits(0x000fffffffffffffn),
  2.2250738585072014e-308, -2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE,
  ...signed([1, 0.5, 2, 3, 10, 100, 1e-10, 1e-300, 1e300, Math.PI, Math.E]),
];

function expEdges() {
  return [
    ...signed(around(709.782712893383973096, 4)), ...around(-745.13321910194110842, 4),
    ...signed(highWordEdges(0x40862e42)), ...signed(highWordEdges(0x3fd62e42)), ...signed(highWordEdges(0x3fd62e43)),
    ...signed(highWordEdges(0x3ff0a2b2)), ...signed(highWordEdges(0x3e300000)),
    ...signed(around(LN2 / 2, 3)), ...signed(around(1.5 * LN2, 3)), ...signed(around(2 ** -28, 2)),
    ...signed(sameHighWord(LN2 / 2, 40)), ...signed(sameHighWord(1.5 * LN2, 20)),
    ...sameHighWord(709.782712893383973096, 20), ...around(1, 3), ...around(-1, 3), ...around(-1021 * LN2, 3), ...around(-1022 * LN2, 3),
    ...around(-708.3964185322641, 3), ...around(-744.44007192138126, 3), ...around(1023.5 * LN2, 3),
    ...Array.from({ length: 60 }, () => between(709.43, 709.79)),
    ...Array.from({ length: 60 }, () => between(-745.2, -707)),
    ...Array.from({ length: 40 }, (_, i) => (i - 20) * LN2),
  ];
}

function expm1Edges() {
  return [
    ...signed(highWordEdges(0x4043687a)), ...signed(around(56 * LN2, 3)), ...signed(around(709.782712893383973096, 4)),
    ...signed(highWordEdges(0x40862e42)), ...signed(highWordEdges(0x3fd62e42)), ...signed(highWordEdges(0x3ff0a2b2)),
    ...signed(highWordEdges(0x3c900000)), ...signed(around(2 ** -54, 2)), ...signed(around(LN2 / 2, 3)),
    ...signed(around(1.5 * LN2, 3)), ...around(-0.25, 2),
    ...signed(sameHighWord(LN2 / 2, 40)), ...signed(sameHighWord(1.5 * LN2, 20)), ...signed(sameHighWord(56 * LN2, 20)),
    ...sameHighWord(709.782712893383973096, 20),
    ...Array.from({ length: 60 }, () => between(709.43, 709.79)),
    ...Array.from({ length: 60 }, (_, i) => (i - 10) * LN2 + between(-0.3, 0.3)),
    ...Array.from({ length: 40 }, () => between(-1.04, -0.34)),
  ];
}

function tanhEdges() {
  return [
    ...signed(highWordEdges(0x3e300000)), ...signed(highWordEdges(0x3ff00000)), ...signed(highWordEdges(0x40360000)),
    ...signed(around(2 ** -28, 3)), ...signed(around(2 ** -55, 3)), ...signed(around(1, 3)), ...signed(around(22, 3)),
    ...signed(around(19.0615, 2)), ...signed(around(0.5 * 56 * LN2, 2)),
    ...signed(sameHighWord(LN2 / 4, 20)), ...signed(sameHighWord(0.75 * LN2, 20)),
  ];
}

function logEdges() {
  const out = [
    ...around(1, 40), ...around(Math.SQRT2, 3), ...around(Math.SQRT1_2, 3), ...around(2, 3), ...around(0.5, 3),
    ...around(1 + 2 ** -20, 3), ...around(1 - 2 ** -20, 3), ...around(Number.MAX_VALUE, 3),
    ...around(2.2250738585072014e-308, 3), ...around(5e-324, 3), ...around(Math.E, 3),
    -1, -0.5, -1e-300, -Infinity, -5e-324,
  ];
  // The branch points of the kernel in the mantissa's high bits, at several exponents.
  for (const m of [0x6a09e, 0x6a09f, 0x6147a, 0x6147b, 0x6b851, 0x6b850, 0xffffe, 0xfffff, 0x00001]) {
    for (const e of [0x3fe, 0x3ff, 0x400, 0x3f0, 0x001]) out.push(fromWords((e << 20) | m, 0), fromWords((e << 20) | m, 0xffffffff));
  }
  for (let i = 0; i < 150; i++) out.push(fromBits(BigInt(rand32()) << BigInt(rand32() % 21))); // subnormals
  return out;
}

function trigEdges() {
  const out = [
    ...signed(highWordEdges(0x3fe921fb)), ...signed(highWordEdges(0x4002d97c)), ...signed(highWordEdges(0x413921fb)),
    ...signed(highWordEdges(0x3e400000)), ...signed(highWordEdges(0x3fd33333)), ...signed(highWordEdges(0x3fe90000)),
    ...signed(highWordEdges(0x3ff921fb)), ...signed(highWordEdges(0x7fefffff)),
    ...signed(sameHighWord(Math.PI / 4, 20)), ...signed(sameHighWord(3 * Math.PI / 4, 20)),
    ...signed(sameHighWord(Math.PI / 2, 20)), ...signed(sameHighWord(2 ** 19 * Math.PI / 2, 20)),
    ...signed([1e22, 1e300, 2 ** 60, 2 ** 120, 2 ** 1000, 6381956970095103 * 2 ** 797, 5.319372648326541e+255]),
  ];
  for (let k = 1; k <= 64; k++) out.push(...signed(around(k * Math.PI / 4, 1)));
  for (const k of [2 ** 19, 2 ** 20, 2 ** 20 + 1, 2 ** 27, 2 ** 30, 2 ** 40]) out.push(...signed(around(k * Math.PI / 2, 1)));
  for (let i = 0; i < 150; i++) out.push(logUniform(20, 1024));
  return out;
}

const plans = {
  exp: { edges: expEdges, random: [() => between(-30, 30), () => between(-5, 5), () => between(-30, 0), () => between(-745.2, 709.8), () => logUniform(-60, 0)] },
  expm1: { edges: expm1Edges, random: [() => between(-30, 30), () => between(-1, 1), () => between(-45, 45), () => logUniform(-60, 0), () => between(-745, 710)] },
  tanh: { edges: tanhEdges, random: [() => between(-30, 30), () => between(-3, 3), () => between(-1, 1), () => logUniform(-60, 0), () => between(-25, 25)] },
  log: { edges: logEdges, random: [() => uniform() || 1, () => between(0.999, 1.001), () => logUniform(-1074, 1024, true), () => between(1, 1e6), () => logUniform(-40, 0, true)] },
  sin: { edges: trigEdges, random: [() => between(-50, 50), () => between(0, 2 * Math.PI), () => between(0, 2 * Math.PI) * between(0, 10), () => logUniform(-30, 30), () => between(-1e6, 1e6)] },
  cos: { edges: trigEdges, random: [() => between(-50, 50), () => between(0, 2 * Math.PI), () => between(0, 2 * Math.PI) * between(0, 10), () => logUniform(-30, 30), () => between(-1e6, 1e6)] },
};

const lines = [];
for (const [fn, plan] of Object.entries(plans)) {
  const seen = new Set();
  const inputs = [];
  const add = (x) => {
    const key = hex(x);
    if (!seen.has(key) && inputs.length < PER_FUNCTION) { seen.add(key); inputs.push(x); }
  };
  [...COMMON, ...plan.edges()].forEach(add);
  for (let i = 0; i < 200; i++) add(randomBits());
  for (let i = 0; inputs.length < PER_FUNCTION; i++) add(plan.random[i % plan.random.length]());
  for (const x of inputs) lines.push(`${fn} ${hex(x)} ${hex(Math[fn](x))}`);
}

const out = path.join(__dirname, 'jsmath-vectors.txt');
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${lines.length} vectors to ${out} (node ${process.version}, v8 ${process.versions.v8})`);
