import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './src/main/contentSecurityPolicy'

/** Writes the CSP into index.html, so the page carries it however it is served. */
const cspMeta = (): Plugin => ({
  name: 'impact-desk-csp-meta',
  transformIndexHtml: (html, context) =>
    html.replace(
      '%CONTENT_SECURITY_POLICY%',
      contentSecurityPolicy({
        mode: context.server ? 'development' : 'production',
        delivery: 'meta',
      }),
    ),
})

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), cspMeta()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
})
