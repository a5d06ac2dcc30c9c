/** Write docs/rules/*.md and the README's rules table from the rules themselves. */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {rules} from '../rules/index.js'
import {exampleOutput, renderRuleDoc, renderRulesTable, withExampleOutput, withRulesTable} from './rule-docs.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
fs.mkdirSync(path.join(root, 'docs/rules'), {recursive: true})
for (const rule of Object.values(rules)) {
  fs.writeFileSync(path.join(root, 'docs/rules', `${rule.meta.name}.md`), renderRuleDoc(rule))
}
const readmePath = path.join(root, 'README.md')
if (fs.existsSync(readmePath)) {
  const readme = withRulesTable(fs.readFileSync(readmePath, 'utf8'), renderRulesTable(rules))
  fs.writeFileSync(readmePath, withExampleOutput(readme, await exampleOutput(root)))
}
console.log(`wrote ${Object.keys(rules).length} rule pages`)
