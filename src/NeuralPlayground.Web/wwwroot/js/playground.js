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

// Rewrites the hash without adding a history entry.
export function replaceHash(hash) {
  lastHash = "#" + hash;
  if (location.hash !== lastHash) {
    history.replaceState(history.state, "", lastHash);
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
  const bytes = pixels.slice();
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

// The links are stroked off the main thread when the browser can (their raster is most of a
// frame's paint), else here: links.js draws them either way.
let linkWorker = null;
let linkWorkerBusy = false;
let linkPending = null;

function postLinks(message) {
  linkWorkerBusy = true;
  linkWorker.postMessage(message, [message.links.buffer]);
}

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
      linkWorker = new Worker(new URL("./links.js", import.meta.url), { type: "module" });
      linkWorkerBusy = false;
      linkPending = null;
      linkWorker.onmessage = () => {
        linkWorkerBusy = false;
        if (linkPending) {
          postLinks(linkPending);
          linkPending = null;
        }
      };
      linkWorker.postMessage({ canvas: offscreen }, [offscreen]);
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
    if (linkWorkerBusy) {
      linkPending = message;
    } else {
      postLinks(message);
    }
  } else if (linkContext) {
    paintLinks(linkContext, message);
  }
}
