/** The doc pages and the README's rules table are generated: fail when they drift. */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {exampleOutput, renderRuleDoc, renderRulesTable, withExampleOutput, withRulesTable} from '../scripts/rule-docs.js'

describe('docs are generated from the rules', () => {
  for (const rule of Object.values(rules)) {
    it(`docs/rules/${rule.meta.name}.md is up to date (run \`npm run docs\`)`, () => {
      const page = fs.readFileSync(new URL(`../docs/rules/${rule.meta.name}.md`, import.meta.url), 'utf8')
      expect(page).toBe(renderRuleDoc(rule))
    })
  }

  it('the README rules table is up to date', () => {
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(readme).toBe(withRulesTable(readme, renderRulesTable(rules)))
    for (const name of Object.keys(rules)) expect(readme).toContain(`docs/rules/${name}.md`)
  })

  it('the README shows what copydesk really prints on the example page', async () => {
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '')
    expect(readme).toBe(withExampleOutput(readme, await exampleOutput(root)))
  })

  it('every rule has a test file and examples of both kinds', () => {
    for (const rule of Object.values(rules)) {
      expect(fs.existsSync(new URL(`./rules/${rule.meta.name}.test.ts`, import.meta.url))).toBe(true)
      expect(rule.meta.examples.some((example) => (example.messages ?? []).length === 0)).toBe(true)
      expect(rule.meta.examples.some((example) => (example.messages ?? []).length > 0)).toBe(true)
    }
  })
})
