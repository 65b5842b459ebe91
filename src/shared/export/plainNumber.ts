/**
 * A number as digits a sheet and `parseDecimal` both read: never in exponent form ("1e21",
 * "5e-7"), no grouping, and the shortest digits that give the same number back, because the
 * digits are shifted as text rather than recomputed.
 */
export function plainNumber(value: number, decimalMark: '.' | ','): string {
  const text = String(value)
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  let plain = text
  if (exponent) {
    const [, sign = '', lead = '', rest = '', power = '0'] = exponent
    const digits = lead + rest
    const point = 1 + Number(power)
    plain =
      point <= 0
        ? `${sign}0.${'0'.repeat(-point)}${digits}`
        : point >= digits.length
          ? `${sign}${digits}${'0'.repeat(point - digits.length)}`
          : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
  }
  return decimalMark === ',' ? plain.replace('.', ',') : plain
}
