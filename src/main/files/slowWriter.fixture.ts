import { beginAtomicWrite } from './atomicWrite'

/**
 * Run as a child process by atomicWrite.test.ts: starts writing the target named on the command
 * line and never stops, so the test can kill it in the middle of the write.
 */
async function main() {
  const target = process.argv[2]
  if (!target) throw new Error('Usage: slowWriter <target>')
  const write = await beginAtomicWrite(target)
  const chunk = `${'new line of the export\n'.repeat(2048)}`
  for (let count = 1; ; count++) {
    await write.write(chunk)
    if (count === 20) process.stdout.write('writing\n')
  }
}

void main()
