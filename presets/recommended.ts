/**
 * The recommended preset: the rules that are precise on real copy, as
 * warnings.  Applied when no configuration names a preset.
 */
import type {PresetRules} from '../src/presets.js'

const recommended: PresetRules = {
  'list-numbering': 'warn',
  'no-duplicate-passage': 'warn',
  'consistent-names': 'warn',
  'consistent-numbers': 'warn',
  'number-style': 'warn',
  'no-truncated-paragraph': 'warn',
  'paired-punctuation': 'warn'
}

export default recommended
