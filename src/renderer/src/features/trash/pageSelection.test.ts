import { describe, expect, it } from 'vitest'
import { pageSelection } from './pageSelection'

describe('pageSelection', () => {
  it('counts only the selected rows still on the page', () => {
    const selection = pageSelection(new Set(['a', 'gone']), ['a', 'b', 'c'])
    expect(selection).toEqual({ ids: ['a'], all: false, some: true })
  })

  it('is "all" when every row of the page is selected', () => {
    expect(pageSelection(new Set(['b', 'a']), ['a', 'b'])).toEqual({
      ids: ['a', 'b'],
      all: true,
      some: false,
    })
  })

  it('is neither "all" nor "some" on an empty page or with nothing selected', () => {
    expect(pageSelection(new Set(['a']), [])).toEqual({ ids: [], all: false, some: false })
    expect(pageSelection(new Set(), ['a'])).toEqual({ ids: [], all: false, some: false })
  })
})
