import { readFileSync } from 'node:fs'
import { builtPreload } from './paths'

/**
 * The built preload, wrapped to run as a page script in Chromium: its `require('electron')` gets
 * a contextBridge that sets window properties and an ipcRenderer that calls the test host's
 * binding. So the page gets window.api from the app's real preload code.
 */
export function preloadShim(bindingName: string, emitName: string): string {
  const preload = readFileSync(builtPreload, 'utf8')
  return `(() => {
  if (window.top !== window) return;
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, ...args) => window[${JSON.stringify(bindingName)}](channel, args),
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const contextBridge = {
    exposeInMainWorld: (key, value) =>
      Object.defineProperty(window, key, { value, enumerable: true }),
  };
  Object.defineProperty(window, ${JSON.stringify(emitName)}, {
    value: (channel, payload) => listeners.get(channel)?.forEach((listener) => listener({}, payload)),
  });
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preload}
  })(require, module, module.exports);
})();`
}
