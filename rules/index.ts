/**
 * Every copydesk rule, by name.  A new rule is one module in this folder,
 * one line here, one doc page (generated) and one test file.
 */
import type {CopydeskRule} from '../src/rule.js'
import noTruncatedParagraph from './no-truncated-paragraph.js'
import pairedPunctuation from './paired-punctuation.js'

export const rules: Record<string, CopydeskRule> = {
  'no-truncated-paragraph': noTruncatedParagraph,
  'paired-punctuation': pairedPunctuation
}
