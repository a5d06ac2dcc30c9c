/**
 * The copydesk processor: parser, structure pass, then the configured rules.
 *
 * Rules come from the `preset` and `rules` settings (`.copydeskrc`:
 * `{"settings": {"preset": "recommended", "rules": {"list-numbering": "off"}}}`),
 * and from rule plugins given directly with `use`.  With no preset named,
 * `recommended` applies.
 */
import type {Root} from 'nlcst'
import {type Processor, unified} from 'unified'
import {rules} from '../rules/index.js'
import {copydeskParse, type CopydeskSettings, settingsOf} from './parse-plugin.js'
import {type PresetRules, presets, type RuleConfig} from './presets.js'
import {copydeskStructure} from './structure.js'

export interface CopydeskRuleSettings extends CopydeskSettings {
  /** `recommended` (default), `all` or `none`. */
  preset?: string
  /** Rule configuration over the preset's, by rule name. */
  rules?: PresetRules
}

function isOff(config: RuleConfig | undefined): boolean {
  const severity = Array.isArray(config) ? config[0] : config
  return severity === false || severity === 0 || severity === 'off'
}

/** Attach the rules the settings ask for; runs while the processor freezes, after configuration. */
export function copydeskRules(this: Processor): void {
  const settings = settingsOf(this) as CopydeskRuleSettings
  const presetName = settings.preset ?? 'recommended'
  const preset = presets[presetName]
  if (!preset) {
    throw new Error(`Unknown copydesk preset \`${presetName}\`; expected one of: ${Object.keys(presets).join(', ')}`)
  }
  for (const name of Object.keys(settings.rules ?? {})) {
    if (!(name in rules)) throw new Error(`Unknown copydesk rule \`${name}\`; expected one of: ${Object.keys(rules).join(', ')}`)
  }
  const configured: PresetRules = {...preset, ...settings.rules}
  const attached = new Set<unknown>(this.attachers.map(([plugin]) => plugin))
  for (const [name, config] of Object.entries(configured)) {
    const rule = rules[name]
    // A rule the configuration already uses as a plugin keeps that configuration.
    if (!rule || attached.has(rule) || isOff(config)) continue
    this.use(rule, config)
  }
}

/**
 * The base processor: parse, structure, rules from settings.  Call it to
 * configure a copy.  It is not frozen here: freezing runs `copydeskRules`
 * with no settings, and the recommended rules it attaches would be copied
 * into every processor, whatever preset it asks for.
 */
export const processor: Processor<Root, Root, Root> = unified()
  .use(copydeskParse)
  .use(copydeskStructure)
  .use(copydeskRules) as unknown as Processor<Root, Root, Root>
