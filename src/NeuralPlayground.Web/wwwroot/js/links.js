// The network diagram's links, as the original's SVG paths: a d3 diagonal, dashes 9 1 flowing by
// −epoch/3 px, the last link painted first, an arrow at each start; a dead link dotted grey (2 3)
// and still. Imported by playground.js, and run as a module worker that owns the OffscreenCanvas.

function hex(rgb) {
  return "#" + rgb.toString(16).padStart(6, "0");
}

// message: { links, width, height, ratio }; links: the dash offset, then x1, y1, x2, y2, width and
// 0xRRGGBB colour (−1: dead) per link, then x, y, 0, 0, −side, colour per bias square; width and height in CSS px, ratio the device pixel ratio.
export function paintLinks(c, message) {
  const { links, width, height, ratio } = message;
  const canvas = c.canvas;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  c.setTransform(ratio, 0, 0, ratio, 0, 0);
  c.clearRect(0, 0, width, height);
  // The SVG's <g class="core" transform="translate(3,3)">.
  c.translate(3, 3);
  const offset = links[0];
  for (let i = links.length - 6; i >= 1; i -= 6) {
    if (links[i + 4] < 0) {
      continue;
    }
    const x1 = links[i], y1 = links[i + 1], x2 = links[i + 2], y2 = links[i + 3];
    const rgb = links[i + 5];
    const mx = (x1 + x2) / 2;
    c.beginPath();
    c.moveTo(x1, y1);
    c.bezierCurveTo(mx, y1, mx, y2, x2, y2);
    if (rgb < 0) {
      c.setLineDash([2, 3]);
      c.lineDashOffset = 0;
      c.strokeStyle = "#888";
    } else {
      c.setLineDash([9, 1]);
      c.lineDashOffset = offset;
      c.strokeStyle = hex(rgb);
    }
    c.lineWidth = links[i + 4];
    c.stroke();
    // The marker: M2,11 L7,6 L2,2 with its (1, 6) on the link's start, filled black, stroked at 20%.
    c.setLineDash([]);
    c.beginPath();
    c.moveTo(x1 + 1, y1 + 5);
    c.lineTo(x1 + 6, y1);
    c.lineTo(x1 + 1, y1 - 4);
    c.fillStyle = "#000";
    c.fill();
    c.lineWidth = 1;
    c.strokeStyle = "rgba(0,0,0,0.2)";
    c.stroke();
  }
  // Bias squares (negative width: the side), above the links as in the SVG.
  for (let i = 1; i < links.length; i += 6) {
    if (links[i + 4] < 0) {
      c.fillStyle = hex(links[i + 5]);
      c.fillRect(links[i], links[i + 1], -links[i + 4], -links[i + 4]);
    }
  }
}

// As a worker: the first message hands over the canvas, each further one is a frame of links.
if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
  let context = null;
  self.onmessage = (event) => {
    if (event.data.canvas) {
      context = event.data.canvas.getContext("2d");
      return;
    }
    if (context) {
      paintLinks(context, event.data);
    }
    self.postMessage(0);
  };
}
