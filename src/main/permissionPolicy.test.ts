import type { Session } from 'electron'
import { expect, it } from 'vitest'
import { isPermissionGranted } from './permissionPolicy'

const origins = ['impactdesk://app']
const appPage = 'impactdesk://app/#/dashboard'

type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>
type Permission = Parameters<CheckHandler>[1]

// Every permission Electron's session handlers can be asked about: a Record, so that upgrading
// Electron fails to compile here until each new permission is listed and so tested.
const everyPermission: Record<Permission, true> = {
  ar: true,
  'automatic-fullscreen': true,
  'background-fetch': true,
  'background-sync': true,
  'captured-surface-control': true,
  'clipboard-read': true,
  'clipboard-sanitized-write': true,
  'deprecated-sync-clipboard-read': true,
  'display-capture': true,
  fileSystem: true,
  fullscreen: true,
  geolocation: true,
  'geolocation-approximate': true,
  'hand-tracking': true,
  hid: true,
  'idle-detection': true,
  keyboardLock: true,
  'local-fonts': true,
  'local-network': true,
  'local-network-access': true,
  'loopback-network': true,
  media: true,
  mediaKeySystem: true,
  midi: true,
  midiSysex: true,
  nfc: true,
  notifications: true,
  openExternal: true,
  'payment-handler': true,
  'periodic-background-sync': true,
  'persistent-storage': true,
  pointerLock: true,
  'screen-wake-lock': true,
  sensors: true,
  serial: true,
  'smart-card': true,
  'speaker-selection': true,
  'storage-access': true,
  'system-wake-lock': true,
  'top-level-storage-access': true,
  usb: true,
  vr: true,
  'web-app-installation': true,
  'web-printing': true,
  'window-management': true,
  unknown: true,
}
const electronPermissions = Object.keys(everyPermission)

it('refuses every permission to the app page except persistent storage', () => {
  const granted = electronPermissions.filter((permission) =>
    isPermissionGranted(permission, appPage, origins),
  )
  expect(granted).toEqual(['persistent-storage'])
})

it('refuses everything, persistent storage included, to any other page', () => {
  for (const url of [
    'https://example.com/',
    'impactdesk://evil/',
    'impactdesk://app.evil.com/',
    'file:///tmp/index.html',
    'about:blank',
    '',
    'not a url',
  ]) {
    const granted = electronPermissions.filter((permission) =>
      isPermissionGranted(permission, url, origins),
    )
    expect(granted, url).toEqual([])
  }
})

it('refuses permissions it has never heard of', () => {
  expect(isPermissionGranted('teleport', appPage, origins)).toBe(false)
  expect(isPermissionGranted('', appPage, origins)).toBe(false)
})
