// The grid worker: a second .NET runtime in a Web Worker that computes each frame's heatmaps
// (GridWorkerInterop.cs, FramePixels.cs) while the page's thread trains and draws. Messages in:
// { structure, weights, biases, selected, discretize, key } per frame; out: { ready } or { failed }
// once, then { pixels, key } per frame. The parameters go into, and the pixels come out of, pinned
// .NET buffers at the addresses GridWorkerInterop returns.
let api = null;
let runtime = null;

async function boot(url) {
  const { dotnet } = await import(url);
  runtime = await dotnet.create();
  api = (await runtime.getAssemblyExports("NeuralPlayground.Web.dll")).NeuralPlayground.Web.Session.GridWorkerInterop;
}

function render(message) {
  const { weights, biases } = message;
  const at = api.Parameters(weights.length + biases.length) >>> 3;
  const heap = runtime.localHeapViewF64();
  heap.set(weights, at);
  heap.set(biases, at + weights.length);
  const address = api.Render(message.structure, weights.length, biases.length, message.selected, message.discretize);
  // 100×100 RGBA for the first canvas, 10×10 RGBA for each further one.
  const canvases = message.key.split(",").length;
  const length = (100 * 100 * 4) + ((canvases - 1) * 10 * 10 * 4);
  const pixels = runtime.localHeapViewU8().slice(address, address + length);
  postMessage({ pixels, key: message.key }, [pixels.buffer]);
}

// The runtime boots at the top level, from the dotnet.js named in this script's URL (?dotnet=…): its
// create() never settles when awaited inside a message handler. Frames are received with
// addEventListener, leaving the worker's onmessage to the runtime.
const booted = boot(new URL(self.location.href).searchParams.get("dotnet")).then(
  () => postMessage({ ready: true }),
  (error) => postMessage({ failed: String(error) }));

addEventListener("message", async (event) => {
  await booted;
  if (!api) {
    return;
  }
  try {
    render(event.data);
  } catch (error) {
    postMessage({ failed: String(error) });
  }
});
