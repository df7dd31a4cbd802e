// Writes rendering-vectors.txt: reference strings for the Rendering tests, computed in JavaScript
// with the d3 v3.5.17 code paths the original uses (transcribed below) and V8's own Number->String.
// Run with the reference engine (Node 20): node make-rendering-vectors.js
// Lines are tab-separated; doubles are 16 hex digits of their IEEE-754 bits.
//   S <bits> <colorScale(x)>                       continuous colour scale
//   P <k> <hex>                                    heatmap palette shade k
//   W <bits> <String(linkWidthScale(|w|))>         link stroke width
//   Y <case> <candidates> <enabled> <hidden> <W bits>   a diagram case (comma-separated lists)
//   N <case> <id> <String(cx)> <String(cy)> <translate(...)>   drawn node
//   L <case> <k> <source> <dest> <d>               link k in creation order
//   K <case> <layer> <left css>                    +/- neuron control
//   H <case> <String(height)>                      SVG height
//   C <case> <thumb id|-> <left> <top> <weights link|-> <left> <top>   callouts (weights: 200000-chord arc length)
//   G <w> <h> <points> <train d> <test d>          loss chart; points "trainBits:testBits;..." ("-" = null)
"use strict";
const fs = require("fs");
const path = require("path");

let state = 0x9e3779b97f4a7c15n;
const mask = (1n << 64n) - 1n;
function next64() {
  state = (state + 0x9e3779b97f4a7c15n) & mask;
  let z = state;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
  return z ^ (z >> 31n);
}
const uniform = () => Number(next64() >> 11n) / 2 ** 53;
const buf = new DataView(new ArrayBuffer(8));
function toBits(x) { buf.setFloat64(0, x); return buf.getBigUint64(0).toString(16).padStart(16, "0"); }

// d3 v3.5.17: rgb hex, interpolateRgb, interpolateNumber, uninterpolate(Clamp), bisect, linear, range.
function d3_rgb_hex(v) { return v < 16 ? "0" + Math.max(0, v).toString(16) : Math.min(255, v).toString(16); }
function rgb(h) { return { r: parseInt(h.slice(1, 3), 16), g: parseInt(h.slice(3, 5), 16), b: parseInt(h.slice(5, 7), 16) }; }
function interpolateRgb(a, b) {
  a = rgb(a); b = rgb(b);
  const ar = a.r, ag = a.g, ab = a.b, br = b.r - ar, bg = b.g - ag, bb = b.b - ab;
  return t => "#" + d3_rgb_hex(Math.round(ar + br * t)) + d3_rgb_hex(Math.round(ag + bg * t)) + d3_rgb_hex(Math.round(ab + bb * t));
}
function interpolateNumber(a, b) { a = +a, b = +b; return t => a * (1 - t) + b * t; }
function uninterpolateNumber(a, b) { b = (b -= a = +a) || 1 / b; return x => (x - a) / b; }
function uninterpolateClamp(a, b) { b = (b -= a = +a) || 1 / b; return x => Math.max(0, Math.min(1, (x - a) / b)); }
function bisectRight(a, x, lo, hi) { while (lo < hi) { const mid = lo + hi >>> 1; if (x < a[mid]) hi = mid; else lo = mid + 1; } return lo; }
function linear(domain, range, clamp, interpolate) {
  const un = clamp ? uninterpolateClamp : uninterpolateNumber, interp = interpolate || interpolateNumber;
  const k = Math.min(domain.length, range.length) - 1;
  if (k === 1) { const u = un(domain[0], domain[1]), i = interp(range[0], range[1]); return x => i(u(x)); }
  const u = [], i = [];
  for (let j = 0; j < k; j++) { u.push(un(domain[j], domain[j + 1])); i.push(interp(range[j], range[j + 1])); }
  return x => { const j = bisectRight(domain, x, 1, k) - 1; return i[j](u[j](x)); };
}
function d3range(start, stop, step) {
  const range = [], k = integerScale(Math.abs(step)); let i = -1, j;
  start *= k, stop *= k, step *= k;
  while ((j = start + step * ++i) < stop) range.push(j / k);
  return range;
}
function integerScale(x) { let k = 1; while (x * k % 1) k *= 10; return k; }
function rangePoints(n, start, stop, padding) {
  const step = n < 2 ? (start = (start + stop) / 2, 0) : (stop - start) / (n - 1 + padding);
  start = start + step * padding / 2;
  return Array.from({ length: n }, (_, i) => start + step * i);
}
function diagonal(d) {
  const p0 = d.source, p3 = d.target, m = (p0.y + p3.y) / 2;
  const p = [p0, { x: p0.x, y: m }, { x: p3.x, y: m }, p3].map(q => [q.y, q.x]);
  return "M" + p[0] + "C" + p[1] + " " + p[2] + " " + p[3];
}
// SVG getPointAtLength on the diagonal's cubic, by a very fine chord sum (browsers flatten too).
function pointAtLength(d, fraction) {
  const x0 = d.source.y, y0 = d.source.x, x3 = d.target.y, y3 = d.target.x, m = (x0 + x3) / 2, n = 200000;
  const at = t => { const u = 1 - t; return { x: u * u * u * x0 + 3 * u * u * t * m + 3 * u * t * t * m + t * t * t * x3, y: (u * u * u + 3 * u * u * t) * y0 + (3 * u * t * t + t * t * t) * y3 }; };
  const lengths = [0];
  let p = at(0);
  for (let s = 1; s <= n; s++) { const q = at(s / n); lengths.push(lengths[s - 1] + Math.hypot(q.x - p.x, q.y - p.y)); p = q; }
  const target = fraction * lengths[n];
  let s = 1;
  while (s < n && lengths[s] < target) s++;
  return at((s - 1 + (target - lengths[s - 1]) / (lengths[s] - lengths[s - 1])) / n);
}
function line(points, fx, fy) {
  const pts = points.map((d, i) => [+fx(d, i), +fy(d, i)]);
  return pts.length ? "M" + (pts.length > 1 ? pts.join("L") : pts + "Z") : "";
}

const out = [];
const colours = ["#f59322", "#e8eaeb", "#0877bd"];
const colorScale = linear([-1, 0, 1], colours, true, interpolateRgb);
const specials = [-0.5, 0.5, -1, 1, 0, -0, 2, -2, Infinity, -Infinity, 1e-300, -1e-17, 0.25, -0.25];
for (const x of specials.concat(Array.from({ length: 300 }, () => (uniform() - 0.5) * 3))) out.push(["S", toBits(x), colorScale(x)]);
const tmpScale = linear([0, .5, 1], colours, true, interpolateRgb);
d3range(0, 1 + 1E-9, 1 / 30).forEach((a, k) => out.push(["P", k, tmpScale(a)]));
const linkWidthScale = linear([0, 5], [1, 10], true);
for (const w of [0, 0.5, -3, 5, 7, Infinity, 1e-9].concat(Array.from({ length: 100 }, () => (uniform() - 0.5) * 14))) out.push(["W", toBits(w), String(linkWidthScale(Math.abs(w)))]);

const ALL = ["x", "y", "xSquared", "ySquared", "xTimesY", "sinX", "sinY"];
const cases = [
  ["default", ALL, ["x", "y"], [4, 2], 450],
  ["one", ALL, ["x", "y"], [3], 450],
  ["none", ALL, ["x", "sinY"], [], 450],
  ["six", ALL, ALL, [8, 8, 8, 8, 8, 8], 517.5],
  ["odd", ALL.slice(0, 5), ["ySquared", "x", "xTimesY"], [5, 1, 7], 613.3],
  ["empty-layer", ALL, ["y"], [2, 0, 3], 480],
  ["narrow", ALL, ["x", "y"], [2, 2], 100],
];
for (const [name, cands, enabled, hidden, width] of cases) {
  out.push(["Y", name, cands.join(","), enabled.join(","), hidden.join(","), toBits(width)]);
  const sizes = [enabled.length, ...hidden, 1], H = hidden.length;
  const lefts = rangePoints(H, 118, width - 30, 0.7);
  const coord = {};
  cands.forEach((id, i) => { const cx = 30 / 2 + 50, cy = i * 55 + 15; coord[id] = { cx, cy }; out.push(["N", name, id, String(cx), String(cy), `translate(${cx - 15},${cy - 15})`]); });
  let ids = enabled, next = 1, k = 0, maxY = cands.length * 55;
  let idWithCallout = null, thumb = ["-", "", ""], weights = ["-", "", ""];
  for (let l = 1; l < sizes.length; l++) {
    const layerIds = [];
    const cx = l <= H ? lefts[l - 1] + 30 / 2 : width + 30 / 2;
    if (l <= H) { maxY = Math.max(maxY, sizes[l] * 55); out.push(["K", name, l, `${lefts[l - 1] - 10}px`]); }
    for (let i = 0; i < sizes[l]; i++) {
      const id = String(next++), cy = i * 55 + 30 / 2;
      coord[id] = { cx, cy };
      if (l <= H) out.push(["N", name, id, String(cx), String(cy), `translate(${cx - 15},${cy - 15})`]);
      if (l <= H && idWithCallout == null && i === sizes[l] - 1 && sizes[l + 1] <= sizes[l]) {
        thumb = [id, String(cx), String(20 + 3 + cy)];
        idWithCallout = id;
      }
      ids.forEach((src, j) => {
        const s = coord[src], d = coord[id], length = ids.length;
        const datum = { source: { y: s.cx + 30 / 2 + 2, x: s.cy }, target: { y: d.cx - 30 / 2, x: d.cy + ((j - (length - 1) / 2) / length) * 12 } };
        out.push(["L", name, k++, src, id, diagonal(datum)]);
        if (l <= H && weights[0] === "-" && i === sizes[l] - 1 && src === ids[ids.length - 1]
            && (src !== idWithCallout || sizes.length <= 5) && id !== idWithCallout && ids.length >= sizes[l]) {
          const p = pointAtLength(datum, 0.7);
          weights = [src + "-" + id, String(p.x + 3), String(p.y + 5)];
        }
      });
      layerIds.push(id);
    }
    ids = layerIds;
  }
  out.push(["H", name, String(maxY)]);
  out.push(["C", name, ...thumb, ...weights]);
}

// Loss chart with our fix: non-finite or null values are skipped and left out of the domain.
function chart(points, totalWidth, totalHeight) {
  const width = totalWidth - 2 - 0, height = totalHeight - 2 - 2;
  let min = Infinity, max = -Infinity;
  points.forEach(p => p.forEach(v => { if (v !== null && isFinite(v)) { min = Math.min(min, v); max = Math.max(max, v); } }));
  const x = linear([1, points.length], [0, width]), y = linear([min, max], [height, 0]);
  const data = points.map((p, i) => ({ x: i + 1, y: p }));
  return [0, 1].map(s => line(data.filter(d => d.y[s] !== null && isFinite(d.y[s])), d => x(d.x), d => y(d.y[s])));
}
function series(n, nullEvery) {
  return Array.from({ length: n }, (_, i) => {
    const t = 0.6 * Math.exp(-i / 7) + 0.05 * uniform(), v = t + 0.1 * uniform();
    return [t, nullEvery && i % nullEvery === 3 ? (i % 2 ? null : NaN) : v];
  });
}
const charts = [[[], 138, 55], [[[0.5, 0.52]], 138, 55], [[[0.25, 0.25], [0.25, 0.25]], 138, 55],
  [series(40, 0), 138, 55], [series(25, 5), 137.5, 55], [series(12, 0).map(p => [p[0], null]), 138, 55],
  [[[Infinity, 0.3], [NaN, 0.2], [0.4, -Infinity]], 138, 55], [series(300, 0), 138, 55]];
for (const [points, w, h] of charts) {
  const enc = points.map(p => p.map(v => v === null ? "-" : toBits(v)).join(":")).join(";");
  out.push(["G", toBits(w), toBits(h), enc, ...chart(points, w, h)]);
}

fs.writeFileSync(path.join(__dirname, "rendering-vectors.txt"), out.map(r => r.join("\t")).join("\n") + "\n");
console.log(out.length + " lines");
