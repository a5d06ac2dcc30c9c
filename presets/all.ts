/** Every rule, as warnings, including those that are noisy on some copy. */
import {rules} from '../rules/index.js'
import type {PresetRules} from '../src/presets.js'

const all: PresetRules = Object.fromEntries(Object.keys(rules).map((name) => [name, 'warn']))

export default all
