/** Full run: the scale. Quick run (BENCH_QUICK=1, or `npm run bench -- --quick`): small. */
export function benchSizes() {
  const quick = process.env['BENCH_QUICK'] === '1'
  return quick
    ? {
        quick,
        contacts: 2_000,
        organizations: 200,
        listRuns: 1,
        searchPasses: 1,
        scrollRuns: 1,
        screenings: 500,
        metricEntries: 10_000,
        dashboardRuns: 1,
        filterCycles: 1,
      }
    : {
        quick,
        contacts: 100_000,
        organizations: 10_000,
        listRuns: 7,
        searchPasses: 3,
        scrollRuns: 3,
        screenings: 5_000,
        metricEntries: 200_000,
        dashboardRuns: 7,
        filterCycles: 3,
      }
}
