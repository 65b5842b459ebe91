import { expect, it } from 'vitest'
import { parseTime } from './parseTime'

it('reads the times schedules write, 24-hour and 12-hour', () => {
  const read = (text: string) => {
    const result = parseTime(text)
    return result.ok ? result.value : result.code
  }
  expect(read('19:00')).toBe('19:00')
  expect(read('19:00:45')).toBe('19:00')
  expect(read('7:00 PM')).toBe('19:00')
  expect(read('7:30pm')).toBe('19:30')
  expect(read('7 p.m.')).toBe('19:00')
  expect(read('7PM')).toBe('19:00')
  expect(read('12:15 AM')).toBe('00:15')
  expect(read('12:15 pm')).toBe('12:15')
  expect(read('19h00')).toBe('19:00')
  expect(read('19h')).toBe('19:00')
  expect(read('19 h 30')).toBe('19:30')
  expect(read('9.45')).toBe('09:45')
  expect(read(' 02:30 ')).toBe('02:30')
  expect(read('25:00')).toBe('impossibleDate')
  expect(read('13 pm')).toBe('impossibleDate')
  expect(read('7:60')).toBe('impossibleDate')
  expect(read('7')).toBe('invalidDate')
  expect(read('evening')).toBe('invalidDate')
  expect(read('')).toBe('invalidDate')
})
