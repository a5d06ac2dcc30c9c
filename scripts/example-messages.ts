/**
 * Print what a rule says on each of its examples, in both languages: a help
 * when writing examples (`node dist/scripts/example-messages.js <rule>`).
 * The output is to be read and checked, then pasted into the rule.
 */
import {rules} from '../rules/index.js'
import {exampleMessages} from '../src/testing.js'

const name = process.argv[2] ?? ''
const rule = rules[name]
if (!rule) {
  console.error(`usage: example-messages <rule>; rules: ${Object.keys(rules).join(', ')}`)
  process.exit(1)
}
for (const example of rule.meta.examples) {
  console.log(`# ${example.title}`)
  console.log(JSON.stringify({messages: await exampleMessages(rule, example), messagesEn: await exampleMessages(rule, example, 'en')}, null, 2))
}
