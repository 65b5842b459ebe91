import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '../shared/ipc/api'

// The renderer gets one function per contract channel and never ipcRenderer itself.
const api = buildApi(
  (channel, args) => ipcRenderer.invoke(channel, ...args),
  (channel, listener) => {
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(channel, forward)
    return () => {
      ipcRenderer.removeListener(channel, forward)
    }
  },
)

contextBridge.exposeInMainWorld('api', api)
