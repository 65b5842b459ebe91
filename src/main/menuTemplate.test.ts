import { describe, expect, it } from 'vitest'
import { createI18n } from '../shared/i18n/createI18n'
import type { MenuCommand } from '../shared/ipc/contract'
import { menuTemplate } from './menuTemplate'

type Item = {
  label?: string
  enabled?: boolean
  role?: string
  submenu?: Item[]
  click?: () => void
  type?: string
}

function build(locale: 'en' | 'ar', platform = 'linux', isDevelopment = false) {
  const sent: MenuCommand[] = []
  const template = menuTemplate({
    t: createI18n(locale).t,
    send: (command) => sent.push(command),
    platform,
    isDevelopment,
  }) as Item[]
  const find = (...labels: string[]) => {
    let items = template
    let item: Item | undefined
    for (const label of labels) {
      item = items.find((candidate) => candidate.label === label)
      items = item?.submenu ?? []
    }
    return item
  }
  return { template, sent, find }
}

describe('application menu', () => {
  it('has File, Edit, View and Help with their items', () => {
    const { template, find } = build('en')
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    const labels = (menu: string) =>
      find(menu)
        ?.submenu?.filter((item) => item.type !== 'separator')
        .map((item) => item.label)
    expect(labels('File')).toEqual([
      'Import CSV…',
      'Export CSV…',
      'Back Up To…',
      'Restore From…',
      'Backups…',
      'Quit',
    ])
    expect(find('File', 'Quit')?.role).toBe('quit')
    expect(find('File', 'Export CSV…')?.enabled).not.toBe(false)
    expect(labels('Edit')).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All'])
    expect(labels('View')).toContain('Toggle Dark Theme')
    expect(labels('View')).not.toContain('Toggle Developer Tools')
    expect(labels('Help')).toEqual(['About Impact Desk'])
  })

  it('sends the renderer the commands it carries out', () => {
    const { find, sent } = build('en')
    find('File', 'Import CSV…')?.click?.()
    find('File', 'Back Up To…')?.click?.()
    find('File', 'Restore From…')?.click?.()
    find('File', 'Backups…')?.click?.()
    find('View', 'Toggle Dark Theme')?.click?.()
    find('Help', 'About Impact Desk')?.click?.()
    expect(sent).toEqual([
      'import-csv',
      'backup-to',
      'restore-from',
      'backups',
      'toggle-theme',
      'about',
    ])
  })

  it('speaks the user language', () => {
    const { template } = build('ar')
    expect(template[0]?.label).toBe('ملف')
  })

  it('adds the app menu on macOS and developer tools in development', () => {
    const mac = build('en', 'darwin')
    expect(mac.template.map((item) => item.label)).toEqual([
      'Impact Desk',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ])
    mac.find('Impact Desk', 'About Impact Desk')?.click?.()
    expect(mac.sent).toEqual(['about'])
    const { find } = build('en', 'linux', true)
    expect(find('View', 'Toggle Developer Tools')?.role).toBe('toggleDevTools')
  })
})
