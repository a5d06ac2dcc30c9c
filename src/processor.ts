/**
 * The copydesk processor: parser, structure pass, then the configured rules.
 *
 * Rules come from the `preset` and `rules` settings (`.copydeskrc`:
 * `{"settings": {"preset": "recommended", "rules": {"list-numbering": "off"}}}`),
 * and from rule plugins given directly with `use` (`"plugins"` in a config).
 * With no preset named, `recommended` applies.
 */
import type {Root} from 'nlcst'
import {type Processor, unified} from 'unified'
import type {VFile} from 'vfile'
import {rules} from '../rules/index.js'
import {applyControlMarkers} from './control.js'
import {configurationError} from './errors.js'
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

type Next = (error?: Error) => void
type RuleTransformer = (tree: Root, file: VFile, next: Next) => void

/**
 * Run the rules the settings ask for.  The rules are attached here, not with
 * `use`, so that configuring one copy of the processor never leaks rules into
 * the frozen base processor or into other copies.
 */
export function copydeskRules(this: Processor): (tree: Root, file: VFile, next: Next) => void {
  const settings = settingsOf(this) as CopydeskRuleSettings
  const presetName = settings.preset ?? 'recommended'
  const preset = presets[presetName]
  if (!preset) {
    throw configurationError(`Unknown copydesk preset \`${presetName}\`; expected one of: ${Object.keys(presets).join(', ')}`)
  }
  for (const name of Object.keys(settings.rules ?? {})) {
    if (!(name in rules)) throw configurationError(`Unknown copydesk rule \`${name}\`; expected one of: ${Object.keys(rules).join(', ')}`)
  }
  const configured: PresetRules = {...preset, ...settings.rules}
  // A rule that the configuration also uses as a plugin keeps that configuration.
  const attached = new Set<unknown>(this.attachers.map(([plugin]) => plugin))
  const transformers: RuleTransformer[] = []
  for (const [name, config] of Object.entries(configured)) {
    const rule = rules[name]
    if (!rule || attached.has(rule) || isOff(config)) continue
    const transformer = (rule as unknown as (this: Processor, config: unknown) => RuleTransformer | undefined).call(this, config)
    if (transformer) transformers.push(transformer)
  }

  return function (tree, file, next) {
    let index = 0
    const step: Next = (error) => {
      const transformer = transformers[index++]
      if (error) {
        next(error)
        return
      }
      if (!transformer) {
        applyControlMarkers(tree, file, Object.keys(rules))
        next()
        return
      }
      try {
        transformer(tree, file, step)
      } catch (exception) {
        next(exception instanceof Error ? exception : new Error(String(exception)))
      }
    }
    step()
  }
}

/** The base processor: parse, structure, rules from settings.  Frozen: call it to configure a copy. */
export const processor: Processor<Root, Root, Root> = unified()
  .use(copydeskParse)
  .use(copydeskStructure)
  .use(copydeskRules)
  .freeze() as unknown as Processor<Root, Root, Root>
