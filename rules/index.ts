/**
 * Every copydesk rule, by name.  A new rule is one module in this folder,
 * one line here, one doc page (generated) and one test file.
 */
import type {CopydeskRule} from '../src/rule.js'
import consistentNames from './consistent-names.js'
import consistentNumbers from './consistent-numbers.js'
import listNumbering from './list-numbering.js'
import noDuplicatePassage from './no-duplicate-passage.js'
import noTruncatedParagraph from './no-truncated-paragraph.js'
import numberStyle from './number-style.js'
import pairedPunctuation from './paired-punctuation.js'

export const rules: Record<string, CopydeskRule> = {
  'consistent-names': consistentNames,
  'consistent-numbers': consistentNumbers,
  'list-numbering': listNumbering,
  'no-duplicate-passage': noDuplicatePassage,
  'no-truncated-paragraph': noTruncatedParagraph,
  'number-style': numberStyle,
  'paired-punctuation': pairedPunctuation
}
