/**
 * Asks that the workspace's storage be persistent, so the system does not clear it when the disk
 * runs low. Electron grants it (main's permission policy); answers whether it is.
 */
export async function askPersistentStorage(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false
}

/** Whether the workspace's storage is persistent, and how much of the disk it may use. */
export async function storageState(): Promise<{
  persisted: boolean
  usage: number | undefined
  quota: number | undefined
}> {
  const persisted = (await navigator.storage?.persisted?.()) ?? false
  const estimate = await navigator.storage?.estimate?.()
  return { persisted, usage: estimate?.usage, quota: estimate?.quota }
}
