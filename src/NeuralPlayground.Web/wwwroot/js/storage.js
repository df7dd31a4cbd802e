// Nothing lost (issue 5): the current work under one localStorage key, saved by .NET on changes
// and, through StorageInterop.PageHidden, when the page is hidden or closed.
const key = "neural-playground/work";

export function loadWork() {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function saveWork(json) {
  try {
    localStorage.setItem(key, json);
  } catch {
    // Full or disabled storage: the URL still holds the configuration.
  }
}

export function clearWork() {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}

// Resolved now, while the runtime runs: an unloading page has no time for a promise.
const { getAssemblyExports } = await globalThis.getDotnetRuntime(0);
const api = (await getAssemblyExports("NeuralPlayground.Web.dll")).NeuralPlayground.Web.Session.StorageInterop;
const save = () => api.PageHidden();
window.addEventListener("pagehide", save);
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") {
    save();
  }
});
