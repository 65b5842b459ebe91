/**
 * The selection as the page on screen sees it. Rows can leave the page under the user (restored
 * in another window, undone, purged), so only ids still shown count as selected.
 */
export function pageSelection(selected: ReadonlySet<string>, pageIds: readonly string[]) {
  const ids = pageIds.filter((id) => selected.has(id))
  return {
    ids,
    all: pageIds.length > 0 && ids.length === pageIds.length,
    some: ids.length > 0 && ids.length < pageIds.length,
  }
}
