// Starts the app's wasm: Trunk's loader (Trunk.toml `pattern_script`) as a file of its own, so that
// the site's Content-Security-Policy allows no inline script (deploy/nginx.conf). Its script element
// names the app's JS and wasm (Trunk's hashed names, `data-js` and `data-wasm`). The wasm is fetched
// once the static shell has painted (Trunk.toml says why).
const { js, wasm } = document.querySelector('script[data-wasm]').dataset;
const loading = import(js);
await new Promise((painted) => { requestAnimationFrame(() => setTimeout(painted, 0)); setTimeout(painted, 100); });
const bindings = await loading;
const instance = await bindings.default({ module_or_path: wasm });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
