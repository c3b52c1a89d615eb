// The matrix's printed result: per app, the install footprint, JS before the poster
// and in total (gzip), and which checks passed; then the phases and their durations.
import fs from 'node:fs'
import path from 'node:path'
import type { Phases } from './runner'

export type CheckState = 'pass' | 'fail' | 'skip'

export class Report {
  private readonly checks = new Map<string, Map<string, { state: CheckState; detail?: string }>>()
  private readonly numbers = new Map<
    string,
    { footprintMb?: number; jsBeforePosterKb?: number | null; jsTotalKb?: number }
  >()
  readonly notes: string[] = []

  record(row: string, check: string, state: CheckState, detail?: string) {
    if (!this.checks.has(row)) this.checks.set(row, new Map())
    this.checks.get(row)!.set(check, { state, detail })
  }

  measure(row: string, values: { footprintMb?: number; jsBeforePosterKb?: number | null; jsTotalKb?: number }) {
    this.numbers.set(row, { ...this.numbers.get(row), ...values })
  }

  markdown(phases: Phases): string {
    const kb = (n: number | null | undefined) => (n === undefined ? '–' : n === null ? 'no poster' : n.toFixed(1))
    const lines = [
      '# Consumer matrix',
      '',
      `Run ${new Date().toISOString()}.`,
      '',
      '| app | install footprint (MB) | JS before poster (gzip kB) | JS total (gzip kB) | passed | failed |',
      '| --- | ---: | ---: | ---: | --- | --- |',
    ]
    for (const [row, checks] of this.checks) {
      const n = this.numbers.get(row) ?? {}
      const by = (s: CheckState) =>
        [...checks]
          .filter(([, c]) => c.state === s)
          .map(([name]) => name)
          .join(', ') || '–'
      lines.push(
        `| ${row} | ${n.footprintMb?.toFixed(1) ?? '–'} | ${kb(n.jsBeforePosterKb)} | ${kb(n.jsTotalKb)} | ${by('pass')} | ${by('fail')} |`,
      )
    }
    lines.push('', '## Failures', '')
    for (const [row, checks] of this.checks) {
      for (const [name, c] of checks) {
        if (c.state === 'fail')
          lines.push(`- **${row} / ${name}**: ${(c.detail ?? '').replace(/\s+/g, ' ').slice(0, 600)}`)
      }
    }
    if (this.notes.length) lines.push('', '## Notes', '', ...this.notes.map((n) => `- ${n}`))
    lines.push('', '## Phases', '', '| phase | seconds | ok |', '| --- | ---: | --- |')
    for (const p of phases.rows) lines.push(`| ${p.phase} | ${(p.ms / 1000).toFixed(1)} | ${p.ok ? 'yes' : 'no'} |`)
    return lines.join('\n') + '\n'
  }

  write(file: string, phases: Phases) {
    const text = this.markdown(phases)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
    return text
  }
}
