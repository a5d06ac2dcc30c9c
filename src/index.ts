/**
 * copydesk: an editorial quality-control linter for Chinese newspaper copy.
 */
export {lint, type LintOptions} from './lint.js'
export {processor, copydeskRules, type CopydeskRuleSettings} from './processor.js'
export {copydeskParse, type CopydeskSettings} from './parse-plugin.js'
export {parseChinese} from './parser.js'
export {copydeskStructure, buildPage, type Article, type Block, type HeadlineLevel, type Page, type Role} from './structure.js'
export {presets, type PresetRules, type RuleConfig} from './presets.js'
export {rules} from '../rules/index.js'
export {defineRule, type CopydeskRule, type RuleExample} from './rule.js'
export {default as recommended} from '../presets/recommended.js'
export {default as all} from '../presets/all.js'
