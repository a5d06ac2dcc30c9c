#!/usr/bin/env node
/**
 * `copydesk-language-server`: copydesk inside an editor, over the Language
 * Server Protocol (stdio), through unified-language-server.  Messages become
 * diagnostics (`ruleId` as the code, `url` as its link) and `expected`
 * replacements become quick fixes.  A project's own copydesk install, when
 * there is one, is preferred over the one bundled here.
 */
import {createUnifiedLanguageServer} from 'unified-language-server'
import {processor} from './processor.js'

createUnifiedLanguageServer({
  configurationSection: 'copydesk',
  defaultProcessor: processor,
  ignoreName: '.copydeskignore',
  packageField: 'copydesk',
  pluginPrefix: 'copydesk',
  processorName: 'copydesk',
  processorSpecifier: 'processor',
  rcName: '.copydeskrc'
})
