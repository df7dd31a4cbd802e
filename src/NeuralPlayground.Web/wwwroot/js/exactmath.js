// tanh and exp over whole layers, for the exact training kernels (BrowserMath.cs, ArrayMath.cs).
// These are Core's ports of fdlibm (JsMath.Tanh, JsMath.Exp, the reference the golden numbers
// match), written again with the same constants and the same floating-point operations in the same
// order: JavaScript rounds each operation to double and never fuses, as .NET does, so the results
// are the same bits. The browser's own Math.tanh and Math.exp are not used: Chromium's differ from
// fdlibm's in the last bit on some inputs. .NET checks these against its ports when the page first
// goes idle (ArrayMath.TryUseHost, 2,048 probes each) and keeps its ports if any probe differs.
// Compiled by the browser's JIT, they take ~27 ns a value, against ~60 ns for the ports in .NET's
// interpreter.

const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e+00;
const OVERFLOW = 7.09782712893383973096e+02;
const UNDERFLOW = -7.45133219101941108420e+02;
const P1 = 1.66666666666666019037e-01;
const P2 = -2.77777777770155933842e-03;
const P3 = 6.61375632143793436117e-05;
const P4 = -1.65339022054652515390e-06;
const P5 = 4.13813679705723846039e-08;
const Q1 = -3.33333333333331316428e-02;
const Q2 = 1.58730158725481460165e-03;
const Q3 = -7.93650757867487942473e-05;
const Q4 = 4.00821782732936239552e-06;
const Q5 = -2.01099218183624371326e-07;
const TWO_M1000 = 9.33263618503218878990e-302;
const TWO_1023 = 8.988465674311579539e307;

// One double seen as two 32-bit words (little-endian: [1] is the high word).
const word = new Float64Array(1);
const words = new Int32Array(word.buffer);

function highWord(x) {
  word[0] = x;
  return words[1];
}

function fromHighWord(high) {
  words[0] = 0;
  words[1] = high;
  return word[0];
}

// JsMath.Tanh: fdlibm s_tanh.c with its expm1 written out for a = ±2|x|.
export function tanh(x) {
  const jx = highWord(x);
  const ix = jx & 0x7FFFFFFF;
  if (ix >= 0x40360000) {
    if (ix >= 0x7FF00000) {
      return jx >= 0 ? (1.0 / x) + 1.0 : (1.0 / x) - 1.0;
    }
    return jx >= 0 ? 1.0 : -1.0;
  }
  if (ix < 0x3E300000) {
    return x;
  }
  const large = ix >= 0x3FF00000;
  let a = large ? 2.0 * Math.abs(x) : -2.0 * Math.abs(x);
  let c = 0.0;
  let k = 0;
  if (ix + 0x100000 > 0x3FD62E42) {
    k = Math.trunc((INV_LN2 * a) + (large ? 0.5 : -0.5));
    const hi = a - (k * LN2_HI);
    const lo = k * LN2_LO;
    a = hi - lo;
    c = (hi - a) - lo;
  }
  const hfx = 0.5 * a;
  const hxs = a * hfx;
  const r1 = 1.0 + (hxs * (Q1 + (hxs * (Q2 + (hxs * (Q3 + (hxs * (Q4 + (hxs * Q5)))))))));
  const tt = 3.0 - (r1 * hfx);
  let e = hxs * ((r1 - tt) / (6.0 - (a * tt)));
  let t;
  if (k === 0) {
    t = a - ((a * e) - hxs);
  } else {
    const twopk = fromHighWord(0x3FF00000 + (k << 20));
    e = (a * (e - c)) - c;
    e -= hxs;
    if (k === -1) {
      t = (0.5 * (a - e)) - 0.5;
    } else if (k <= -2 || k > 56) {
      t = ((1.0 - (e - a)) * twopk) - 1.0;
    } else if (k < 20) {
      t = (fromHighWord(0x3FF00000 - (0x200000 >> k)) - (e - a)) * twopk;
    } else {
      t = ((a - (e + fromHighWord((0x3FF - k) << 20))) + 1.0) * twopk;
    }
  }
  const z = large ? 1.0 - (2.0 / (t + 2.0)) : -t / (t + 2.0);
  return jx >= 0 ? z : -z;
}

// JsMath.Exp: fdlibm e_exp.c with its three reductions as one path, and V8's exact e¹.
export function exp(x) {
  const hx = highWord(x) & 0x7FFFFFFF;
  if (hx >= 0x40862E42 && (hx >= 0x7FF00000 || x > OVERFLOW || x < UNDERFLOW)) {
    if (hx >= 0x7FF00000) {
      return Number.isNaN(x) ? x + x : (x > 0.0 ? x : 0.0);
    }
    return x > OVERFLOW ? Infinity : 0.0;
  }
  if (hx < 0x3E300000) {
    return 1.0 + x;
  }
  if (x === 1.0) {
    return Math.E;
  }
  let k = Math.trunc((INV_LN2 * x) + (x < 0 ? -0.5 : 0.5));
  if (hx <= 0x3FD62E42) {
    k = 0;
  }
  const hi = x - (k * LN2_HI);
  const lo = k * LN2_LO;
  x = hi - lo;
  const tt = x * x;
  const c = x - (tt * (P1 + (tt * (P2 + (tt * (P3 + (tt * (P4 + (tt * P5)))))))));
  const y = 1.0 - ((lo - ((x * c) / (2.0 - c))) - hi);
  if (k >= -1021) {
    return k === 1024 ? y * 2.0 * TWO_1023 : y * fromHighWord(0x3FF00000 + (k << 20));
  }
  return y * fromHighWord(0x3FF00000 + ((k + 1000) << 20)) * TWO_M1000;
}

// f in place over count doubles at a byte address of .NET's memory. The heap view is fetched per
// call: it is replaced when the memory grows.
let dotnetRuntime = null;

function heap() {
  dotnetRuntime ??= globalThis.getDotnetRuntime(0);
  return dotnetRuntime.localHeapViewF64();
}

export function tanhAt(address, count) {
  const values = heap();
  const end = (address >>> 3) + count;
  for (let i = address >>> 3; i < end; i++) {
    values[i] = tanh(values[i]);
  }
}

export function expAt(address, count) {
  const values = heap();
  const end = (address >>> 3) + count;
  for (let i = address >>> 3; i < end; i++) {
    values[i] = exp(values[i]);
  }
}
