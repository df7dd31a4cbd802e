// Writes jsnumber-vectors.txt: JavaScript number<->string reference cases for JsNumberTests.
// Run with the reference engine (Node 20): node make-jsnumber-vectors.js
// Line formats (tab-separated; doubles as 16 hex digits of their IEEE-754 bits; strings as JSON):
//   S <bits> <String(x)>
//   F <bits> <digits> <x.toFixed(digits)>
//   P <bits> <precision> <x.toPrecision(precision)>
//   N <JSON input> <bits of Number(input), or NaN>
//   W <comma-separated code points c (BMP) for which Number(c + "1" + c) is 1: JS whitespace>
"use strict";
const fs = require("fs");
const path = require("path");

// splitmix64: deterministic, independent of Math.random.
let state = 0x9e3779b97f4a7c15n;
const mask = (1n << 64n) - 1n;
function next64() {
  state = (state + 0x9e3779b97f4a7c15n) & mask;
  let z = state;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
  return z ^ (z >> 31n);
}
const randInt = (n) => Number(next64() % BigInt(n));
const pick = (items) => items[randInt(items.length)];

const buf = new DataView(new ArrayBuffer(8));
function fromBits(bits) { buf.setBigUint64(0, bits); return buf.getFloat64(0); }
function toBits(x) { buf.setFloat64(0, x); return buf.getBigUint64(0).toString(16).padStart(16, "0"); }
function bitsOrNaN(x) { return Number.isNaN(x) ? "NaN" : toBits(x); }

function randomDouble() {
  switch (randInt(8)) {
    case 0: return fromBits(next64());                                  // any bit pattern
    case 1: return fromBits(next64() & 0x000fffffffffffffn);            // subnormal
    case 2: return (randInt(2) ? -1 : 1) * randInt(1000000);            // small integer
    case 3: return Number(next64() >> BigInt(randInt(64)));             // integer, rounded
    case 4: return randInt(100000) / Math.pow(10, randInt(8));          // short decimal
    case 5: return randInt(4096) / Math.pow(2, randInt(12));            // binary fraction, ties
    case 6: {                                                           // near 1e-7 .. 1e22
      const e = randInt(30) - 8;
      return (1 + randInt(1000) / 1000) * Math.pow(10, e) * (randInt(2) ? -1 : 1);
    }
    default: {                                                          // any finite magnitude
      const exp = BigInt(randInt(2046) + 1) << 52n;
      const sign = BigInt(randInt(2)) << 63n;
      return fromBits(sign | exp | (next64() & 0x000fffffffffffffn));
    }
  }
}

const special = [
  0, -0, NaN, Infinity, -Infinity, 1, -1, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 0.5, 1.5, 2.5,
  -0.5, -1.5, -2.5, 0.125, 0.375, 1.005, 1.45, 1.55, 8.345, 1e21, 999999999999999900000,
  1e21 - 65536, -1e21, 1e-6, 1e-7, 9.99e-7, 0.000001, 1.5e-7, 123e-20, 5e-324, -5e-324,
  2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 9007199254740992,
  9007199254740993, 4294967296, 0.03, 0.00001, 0.001, 3, 1e15, 1e16, 1e17, 123456789012345680000,
  0.000001234, 1.234e-7, 100, 1e100, 1.2e+21, 5e-7, 0.5e-6, 12.5, 0.05, 0.0005, 99.995, 1.0000005,
];

const lines = [];
const doubles = [...special];
for (let i = 0; i < 3000; i++) doubles.push(randomDouble());
for (const x of doubles) lines.push(["S", toBits(x), String(x)].join("\t"));
for (const x of doubles) {
  const f = randInt(4) === 0 ? randInt(101) : randInt(21);
  lines.push(["F", toBits(x), f, x.toFixed(f)].join("\t"));
}
for (const x of special) for (const f of [0, 1, 2, 3, 5, 20, 100]) lines.push(["F", toBits(x), f, x.toFixed(f)].join("\t"));
for (const x of doubles) {
  const p = randInt(4) === 0 ? 1 + randInt(100) : 1 + randInt(21);
  lines.push(["P", toBits(x), p, x.toPrecision(p)].join("\t"));
}
for (const x of special) for (const p of [1, 2, 3, 7, 21, 100]) lines.push(["P", toBits(x), p, x.toPrecision(p)].join("\t"));

const hostile = [
  "", " ", "\t\n", "0", "-0", "+0", "00", "010", ".5", "5.", "+.5", "-.5", ".", "+.", "-", "+", "1e", "1e+",
  "1e-3", "1E+3", "1.e5", ".e5", "e5", "1e5.5", "1_000", "--1", "+-1", "1,5", "1.5.5", "Infinity",
  "+Infinity", "-Infinity", "infinity", "INFINITY", "Infinityx", " Infinity ", "inf", "NaN", "nan",
  "0x", "0x10", "0X1f", "-0x10", "+0x10", "0x1.5", "0xg", "0o17", "0O17", "0o8", "0b101", "0B11",
  "0b102", "0b", "0o", " 0x10 ", "0x20000000000001", "0x20000000000003", "0x1fffffffffffff",
  "0x" + "f".repeat(256), "0x" + "f".repeat(255), "0x" + "1".repeat(300), "0b" + "1".repeat(1100),
  "0o" + "7".repeat(400), "9007199254740993", "9007199254740995", "1e999999", "-1e999999",
  "1e-999999", "-1e-999999", "1e99999999999999999999", "0e99999999999999999999", "1" + "0".repeat(400),
  "0." + "0".repeat(400) + "1", "1".repeat(10000), "0." + "9".repeat(10000), "1".repeat(10000) + "e-10000",
  "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308",
  "\u00a01\u00a0", "\ufeff1", "\u20281\u2029", "\u30001", "\u180e1", "\u200b1", "\u00851", "1\u0000",
  "١", "１", "1 2", "12abc", "abc", "true", "null", "undefined", "0.0000001", "1e-7", "  -12.5e+2  ",
  "0x10n", "10n", "1e1000", "-1e1000", "4.9e-324", "5e-325", "0.1e-999999", "123456789012345678901234567890",
];
for (const s of hostile) lines.push(["N", JSON.stringify(s), bitsOrNaN(Number(s))].join("\t"));
const alphabet = ["0", "1", "5", "9", ".", "e", "E", "+", "-", "x", "o", "b", "_", " ", "\t", "\u00a0", "a", "I", "n"];
for (let i = 0; i < 1500; i++) {
  let s;
  if (randInt(2)) {
    s = String(randomDouble());
    const edits = randInt(3);
    for (let j = 0; j < edits; j++) {
      const at = randInt(s.length + 1);
      s = s.slice(0, at) + pick(alphabet) + s.slice(at + randInt(2));
    }
  } else {
    s = "";
    const len = randInt(8);
    for (let j = 0; j < len; j++) s += pick(alphabet);
  }
  lines.push(["N", JSON.stringify(s), bitsOrNaN(Number(s))].join("\t"));
}
for (let i = 0; i < 300; i++) {
  const prefix = pick(["0x", "0X", "0o", "0b"]);
  const digits = prefix[1].toLowerCase() === "x" ? "0123456789abcdefABCDEF" : prefix[1].toLowerCase() === "o" ? "01234567" : "01";
  let s = prefix;
  const len = 1 + randInt(80);
  for (let j = 0; j < len; j++) s += pick(digits.split(""));
  lines.push(["N", JSON.stringify(s), bitsOrNaN(Number(s))].join("\t"));
}

const spaces = [];
for (let c = 0; c < 0x10000; c++) if (Number(String.fromCharCode(c) + "1" + String.fromCharCode(c)) === 1) spaces.push(c);
lines.push(["W", spaces.join(",")].join("\t"));

fs.writeFileSync(path.join(__dirname, "jsnumber-vectors.txt"), lines.join("\n") + "\n");
console.log(`wrote ${lines.length} vectors`);
