// The page's JavaScript: the animation-frame loop, pixel pushes, and the URL hash (links.js strokes the diagram's links).
import { paintLinks } from "./links.js";

let exports = null;
let canvases = null;
let canvasKey = "";
let lastHash = null;
let linkCanvas = null;
let linkContext = null;

async function interop() {
  if (!exports) {
    const { getAssemblyExports } = await globalThis.getDotnetRuntime(0);
    exports = (await getAssemblyExports("NeuralPlayground.Web.dll")).NeuralPlayground.Web.Session.PlaygroundInterop;
  }
  return exports;
}

export async function start() {
  const api = await interop();
  const tick = (time) => {
    try {
      api.Frame(time);
    } finally {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
  // Safari has no requestIdleCallback: there the same work waits half a second instead.
  const whenIdle = globalThis.requestIdleCallback ?? ((work) => setTimeout(work, 500));
  whenIdle(() => {
    api.Idle();
    startGridWorker();
  }, { timeout: 2000 });
  document.addEventListener('keydown', (event) => undoKeys(event, api));
  const resized = () => api.Resized(window.innerWidth);
  resized();
  window.addEventListener("resize", resized);
  window.addEventListener("hashchange", () => {
    if (location.hash !== lastHash) {
      lastHash = location.hash;
      api.HashChanged(location.href);
    }
  });
}

// Whole layers of the exact tanh and exp (BrowserMath.cs).
export { tanhAt, expAt } from "./exactmath.js";

export function markExactMath(functions) {
  document.documentElement.dataset.exactMath = functions;
}

// Rewrites the hash without adding a history entry.
export function replaceHash(hash) {
  lastHash = "#" + hash;
  if (location.hash !== lastHash) {
    history.replaceState(history.state, "", lastHash);
  }
}

// Dataset thumbnails: squares = x, y, 0xRRGGBB per 4 × 4 square on a 100 × 100 plane, fitted into
// the canvas like an SVG viewBox, in device pixels. A ResizeObserver reports the canvas's size after
// the browser's own layout (so start-up forces no extra layout) and again when it changes.
let datasetObserver = null;

export function drawDataset(name, squares) {
  const canvas = document.querySelector(`canvas[data-dataset="${name}"]`);
  if (!canvas) {
    return;
  }
  canvas.squares = squares.slice();
  if (canvas.pixelSize) {
    paintDataset(canvas);
  }
  if (!datasetObserver) {
    datasetObserver = new ResizeObserver(entries => {
      for (const entry of entries) {
        const box = entry.contentBoxSize[0];
        sizeDataset(entry.target, box.inlineSize, box.blockSize);
      }
    });
    // A zoom changes the device pixel ratio, not the CSS size the observer watches.
    window.addEventListener("resize", () => {
      for (const c of document.querySelectorAll("canvas[data-dataset]")) {
        sizeDataset(c, c.clientWidth, c.clientHeight);
      }
    });
  }
  datasetObserver.observe(canvas);
}

function sizeDataset(canvas, cssWidth, cssHeight) {
  const ratio = window.devicePixelRatio || 1;
  const size = [Math.round(cssWidth * ratio), Math.round(cssHeight * ratio)];
  if (canvas.squares && (!canvas.pixelSize || size[0] !== canvas.pixelSize[0] || size[1] !== canvas.pixelSize[1])) {
    canvas.pixelSize = size;
    paintDataset(canvas);
  }
}

function paintDataset(canvas) {
  const [width, height] = canvas.pixelSize;
  const squares = canvas.squares;
  canvas.width = width;
  canvas.height = height;
  const scale = Math.min(width, height) / 100;
  const c = canvas.getContext("2d");
  c.setTransform(scale, 0, 0, scale, (width - 100 * scale) / 2, (height - 100 * scale) / 2);
  for (let i = 0; i < squares.length; i += 3) {
    c.fillStyle = "#" + squares[i + 2].toString(16).padStart(6, "0");
    c.fillRect(squares[i], squares[i + 1], 4, 4);
  }
}

function lookup(key) {
  if (key !== canvasKey || !canvases || canvases.some(c => c.canvas && !c.canvas.isConnected)) {
    canvasKey = key;
    canvases = key.split(",").map((id, k) => {
      const canvas = document.querySelector(`canvas[data-heatmap="${id}"]`);
      const side = k === 0 ? 100 : 10;
      if (!canvas) {
        return { canvas: null, side };
      }
      const context = canvas.getContext("2d");
      const image = context.createImageData(side, side);
      return { canvas, side, context, image, view: new Uint8Array(image.data.buffer) };
    });
  }
  return canvases;
}

// pixels: the 100×100 RGBA image of canvas key[0], then a 10×10 RGBA image for each further key.
// links: the dash offset, then x1, y1, x2, y2, width and 0xRRGGBB colour (−1: dead) per link.
export function drawFrame(pixels, key, links) {
  drawLinks(links.slice());
  // One copy out of the .NET heap per frame (MemoryView.copyTo cannot take a sub-range).
  drawPixels(pixels.slice(), key);
}

function drawPixels(bytes, key) {
  let offset = 0;
  for (const c of lookup(key)) {
    const length = c.side * c.side * 4;
    if (c.canvas) {
      c.view.set(bytes.subarray(offset, offset + length));
      c.context.putImageData(c.image, 0, 0);
    }
    offset += length;
  }
}

// Posts frames to a worker one at a time: while it works on one, only the newest waits. done()
// is called when the worker answers; busy is true from a send until the last answer.
function latestOnly(post) {
  let pending = null;
  const queue = {
    busy: false,
    send(message) {
      if (queue.busy) {
        pending = message;
      } else {
        queue.busy = true;
        post(message);
      }
    },
    done() {
      queue.busy = pending !== null;
      if (pending) {
        const next = pending;
        pending = null;
        post(next);
      }
    },
  };
  return queue;
}

// The heatmaps are computed off the main thread once the grid worker runs (gridworker.js, started
// when the page first goes idle): requestFrame draws the links now and posts the parameters; the
// pixels come back a few milliseconds later. playgroundFramePending is true from a request until
// its pixels are drawn (browser tests wait on it).
let gridWorker = null;
let gridQueue = null;

export function startGridWorker() {
  // A second core is what the worker brings; with one, it would only add a second runtime's memory.
  if (gridWorker || !globalThis.Worker || (navigator.hardwareConcurrency || 2) < 2) {
    return;
  }
  let dotnetUrl;
  try {
    dotnetUrl = import.meta.resolve("../_framework/dotnet.js");
  } catch {
    return;
  }
  const script = new URL("./gridworker.js", import.meta.url);
  script.searchParams.set("dotnet", dotnetUrl);
  gridWorker = new Worker(script, { type: "module" });
  const queue = latestOnly((message) => gridWorker.postMessage(message, [message.weights.buffer, message.biases.buffer]));
  const stop = () => {
    const unfinished = queue.busy;
    gridQueue = null;
    globalThis.playgroundFramePending = false;
    gridWorker.terminate();
    delete document.documentElement.dataset.gridWorker;
    if (unfinished && exports) {
      exports.Redraw();
    }
  };
  gridWorker.onerror = stop;
  gridWorker.onmessage = (event) => {
    const message = event.data;
    if (message.ready) {
      gridQueue = queue;
      document.documentElement.dataset.gridWorker = "on";
    } else if (message.failed) {
      console.warn("Grid worker stopped; heatmaps are computed on the page:", message.failed);
      stop();
    } else {
      drawPixels(message.pixels, message.key);
      queue.done();
      globalThis.playgroundFramePending = queue.busy;
    }
  };
}

export function requestFrame(structure, weights, biases, selected, discretize, key, links) {
  if (!gridQueue) {
    return false;
  }
  drawLinks(links.slice());
  gridQueue.send({ structure, weights: weights.slice(), biases: biases.slice(), selected, discretize, key });
  globalThis.playgroundFramePending = true;
  return true;
}

// The links are stroked off the main thread when the browser can (their raster is most of a
// frame's paint), else here: links.js draws them either way.
let linkWorker = null;
let linkQueue = null;

function drawLinks(links) {
  if (!linkCanvas || !linkCanvas.isConnected) {
    linkCanvas = document.querySelector("canvas[data-links]");
    linkContext = null;
    if (linkWorker) {
      linkWorker.terminate();
      linkWorker = null;
    }
    if (!linkCanvas) {
      return;
    }
    if (linkCanvas.transferControlToOffscreen && globalThis.Worker) {
      const offscreen = linkCanvas.transferControlToOffscreen();
      const worker = new Worker(new URL("./links.js", import.meta.url), { type: "module" });
      const queue = latestOnly((message) => worker.postMessage(message, [message.links.buffer]));
      worker.onmessage = () => queue.done();
      worker.postMessage({ canvas: offscreen }, [offscreen]);
      linkWorker = worker;
      linkQueue = queue;
    } else {
      linkContext = linkCanvas.getContext("2d");
    }
  }
  const message = {
    links,
    width: parseFloat(linkCanvas.style.width) || 0,
    height: parseFloat(linkCanvas.style.height) || 0,
    ratio: window.devicePixelRatio || 1,
  };
  if (linkWorker) {
    linkQueue.send(message);
  } else if (linkContext) {
    paintLinks(linkContext, message);
  }
}

// ---- Export (issue 5): downloads and the clipboard ----

function offer(fileName, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function download(fileName, mimeType, content) {
  offer(fileName, new Blob([content], { type: mimeType }));
}

export function downloadSvgAsPng(fileName, svg, scale) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    canvas.toBlob((blob) => offer(fileName, blob), 'image/png');
  };
  image.onerror = () => URL.revokeObjectURL(url);
  image.src = url;
}

export function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).catch(() => copyByTextarea(text));
  } else {
    copyByTextarea(text);
  }
}

// http on a LAN address is not a secure context: the old way still works there.
function copyByTextarea(text) {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

// Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (Cmd on macOS), except while typing in a field, which keeps its own undo.
function undoKeys(event, api) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) {
    return;
  }

  const target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA)$/.test(target.tagName) && target.type !== 'checkbox' && target.type !== 'range')) {
    return;
  }

  const key = event.key.toLowerCase();
  if (key === 'z' && !event.shiftKey) {
    event.preventDefault();
    api.Undo();
  } else if ((key === 'z' && event.shiftKey) || key === 'y') {
    event.preventDefault();
    api.Redo();
  }
}


// ---- Your own data (issue 5): a file from the Import… button or dropped on a [data-drop-target] ----
// Delegated listeners on the document, so they work for whatever Blazor renders and need no start-up call.

const maxImportBytes = 2 * 1024 * 1024;

async function importFile(file) {
  const api = await interop();
  const text = file.size > maxImportBytes ? null : await file.text();
  api.ImportFile(file.name, text);
}

document.addEventListener("click", (event) => {
  const button = event.target.closest && event.target.closest("[data-import-button]");
  const input = button && button.parentElement.querySelector("input[data-import-file]");
  if (input) {
    input.click();
  }
});

document.addEventListener("change", (event) => {
  const input = event.target;
  if (input.matches && input.matches("input[data-import-file]") && input.files.length > 0) {
    const file = input.files[0];
    input.value = "";
    importFile(file);
  }
});

function dropTarget(event) {
  const types = event.dataTransfer && event.dataTransfer.types;
  return types && Array.from(types).includes("Files") && event.target.closest ? event.target.closest("[data-drop-target]") : null;
}

document.addEventListener("dragover", (event) => {
  const target = dropTarget(event);
  if (target) {
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    target.classList.add("drop-over");
  }
});

document.addEventListener("dragleave", (event) => {
  const target = event.target.closest && event.target.closest("[data-drop-target]");
  if (target && !target.contains(event.relatedTarget)) {
    target.classList.remove("drop-over");
  }
});

document.addEventListener("drop", (event) => {
  const target = dropTarget(event);
  if (target) {
    event.preventDefault();
    target.classList.remove("drop-over");
    if (event.dataTransfer.files.length > 0) {
      importFile(event.dataTransfer.files[0]);
    }
  }
});

// ---- The loss chart (spec §11.8), drawn here rather than by re-rendering its markup every epoch ----
// values: width, height, then per point the training and test loss (NaN when missing). The same
// d3 v3 scales as Core's LossChartPath: point n (1-based) at x = lin(n; 1 → 0, count → w − 2),
// a value at y = lin(v; min → h − 4, max → 0) over both series; non-finite values are skipped.
export function drawLossChart(values) {
  const chart = document.querySelector('[data-testid=loss-chart]');
  if (!chart) {
    return;
  }

  const data = values.slice();
  const width = data[0] - 2, height = data[1] - 4, count = (data.length - 2) / 2;
  let min = Infinity, max = -Infinity;
  for (let k = 2; k < data.length; k++) {
    const v = data[k];
    if (Number.isFinite(v)) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }

  const t = (v, d0, d1) => (d1 - d0 === 0 ? 0 : (v - d0) / (d1 - d0));
  const x = (n) => width * t(n, 1, count);
  const y = (v) => height * (1 - t(v, min, max));
  const line = (offset) => {
    let d = '', drawn = 0;
    for (let i = 0; i < count; i++) {
      const v = data[2 + 2 * i + offset];
      if (Number.isFinite(v)) {
        d += (drawn === 0 ? 'M' : 'L') + x(i + 1).toFixed(3) + ',' + y(v).toFixed(3);
        drawn++;
      }
    }

    return drawn === 1 ? d + 'Z' : d;
  };
  chart.querySelector('path.train').setAttribute('d', line(0));
  chart.querySelector('path.test').setAttribute('d', line(1));
}

