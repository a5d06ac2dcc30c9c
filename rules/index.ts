/**
 * Every copydesk rule, by name.  A new rule is one module in this folder,
 * one line here, one doc page (generated) and one test file.
 */
import type {CopydeskRule} from '../src/rule.js'
import consistentNumbers from './consistent-numbers.js'
import numberStyle from './number-style.js'
import pairedPunctuation from './paired-punctuation.js'

export const rules: Record<string, CopydeskRule> = {
  'consistent-numbers': consistentNumbers,
  'number-style': numberStyle,
  'paired-punctuation': pairedPunctuation
}
