// Starts the engine's Web Worker (src/app/worker.rs): loads its wasm, which then says "ready".
// Ours rather than Trunk's loader shim: it uses wasm-bindgen's current init call, and it turns a
// failed load into an error event the page sees (a rejected promise alone would leave the page
// waiting for a worker that never answers).
importScripts('./worker.js');
wasm_bindgen({ module_or_path: './worker_bg.wasm' }).catch((e) => {
  setTimeout(() => { throw e; });
});
