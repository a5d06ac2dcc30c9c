import all from '../presets/all.js'
import recommended from '../presets/recommended.js'

/** A rule's configuration, as in remark-lint: `"off"`, `"warn"`, `"error"`, `[severity, options]`, or options. */
export type RuleConfig = 'off' | 'on' | 'warn' | 'error' | 0 | 1 | 2 | boolean | [unknown, unknown?] | Record<string, unknown>

/** A preset: rule names and their configuration. */
export type PresetRules = Record<string, RuleConfig>

export const presets: Record<string, PresetRules> = {recommended, all, none: {}}
