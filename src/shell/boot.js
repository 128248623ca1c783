// Trunk's loader (Trunk.toml pattern_script), a file for the CSP: the wasm after the first paint.
const { js, wasm } = document.querySelector('script[data-wasm]').dataset;
const loading = import(js);
await new Promise((painted) => { requestAnimationFrame(() => setTimeout(painted, 0)); setTimeout(painted, 100); });
const bindings = await loading;
const instance = await bindings.default({ module_or_path: wasm });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
