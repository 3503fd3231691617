// Starts the UI wasm. A file of its own, so the Content-Security-Policy needs no inline script.
import init from './app.js';

init({ module_or_path: new URL('./app_bg.wasm', import.meta.url) }).catch((e) => {
  const root = document.getElementById('app');
  if (root) {
    root.textContent = 'Klausul could not start in this browser (WebAssembly is required): ' + e;
  }
});
