import Handlebars from 'handlebars'
import { CliError } from '../errors.js'
import { registerHelpers } from './helpers.js'
import { type TemplateFile, readThemeFiles } from './theme-files.js'

export { type TemplateFile, defaultTemplatesDir, readThemeFiles } from './theme-files.js'

/** A loaded theme: layouts, partials and styles, compiled in an isolated Handlebars. */
export interface Theme {
  files: Map<string, TemplateFile>
  render(layout: 'pack' | 'handout', model: object): string
  /** The files a layout uses: itself, the partials it reaches, the stylesheets. */
  dependencies(layout: 'pack' | 'handout'): TemplateFile[]
}

/**
 * Load the default theme with `overrideDir`'s files taking the place of any default file of the
 * same name. Syntax errors and references to missing partials are reported with file and line.
 */
export function loadTheme(overrideDir?: string): Theme {
  return compileTheme(readThemeFiles(overrideDir))
}

/** Compile theme files in an isolated Handlebars, checking syntax and partial references. */
export function compileTheme(files: Map<string, TemplateFile>): Theme {
  const hb = Handlebars.create()
  registerHelpers(hb)
  const partialRefs = new Map<string, Array<{ name: string; line: number }>>()
  for (const file of files.values()) {
    if (!file.name.endsWith('.hbs')) continue
    let ast: hbs.AST.Program
    try {
      ast = Handlebars.parse(file.content)
    } catch (error) {
      const line = /line (\d+)/.exec((error as Error).message)?.[1] ?? '1'
      throw new CliError(
        `${file.path}:${line}: Template syntax error: ${(error as Error).message.split('\n').slice(0, 1).join('')}`,
      )
    }
    partialRefs.set(file.name, collectPartials(ast))
    if (file.name.startsWith('partials/')) hb.registerPartial(partialName(file.name), file.content)
  }
  for (const [name, refs] of partialRefs) {
    for (const ref of refs) {
      if (!files.has(`partials/${ref.name}.hbs`)) {
        throw new CliError(
          `${files.get(name)!.path}:${ref.line}: Unknown partial \`${ref.name}\`, expected a file partials/${ref.name}.hbs in the templates`,
        )
      }
    }
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>()
  const layoutFile = (layout: string) => {
    const file = files.get(`layouts/${layout}.hbs`)
    if (!file) throw new CliError(`Missing template layouts/${layout}.hbs`)
    return file
  }
  const styles = () =>
    [...files.values()]
      .filter((f) => f.name.startsWith('styles/') && f.name.endsWith('.css'))
      .sort((a, b) => a.name.localeCompare(b.name))
  return {
    files,
    render(layout, model) {
      const file = layoutFile(layout)
      let template = compiled.get(layout)
      if (!template) {
        template = hb.compile(file.content, { strict: false, noEscape: false })
        compiled.set(layout, template)
      }
      const css = styles()
        .map((f) => `/* ${f.name} */\n${f.content}`)
        .join('\n')
      try {
        return template({ ...model, styles: css }, { allowProtoPropertiesByDefault: false })
      } catch (error) {
        throw new CliError(`${file.path}: Cannot render the template: ${(error as Error).message}`)
      }
    },
    dependencies(layout) {
      const seen = new Set<string>()
      const visit = (name: string) => {
        if (seen.has(name)) return
        seen.add(name)
        for (const ref of partialRefs.get(name) ?? []) visit(`partials/${ref.name}.hbs`)
      }
      visit(layoutFile(layout).name)
      return [...[...seen].map((n) => files.get(n)!), ...styles()].sort((a, b) =>
        a.name.localeCompare(b.name),
      )
    },
  }
}

function collectPartials(ast: hbs.AST.Program): Array<{ name: string; line: number }> {
  const found: Array<{ name: string; line: number }> = []
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const n = node as {
      type?: string
      name?: { original?: string }
      loc?: { start: { line: number } }
    }
    if (
      (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') &&
      typeof n.name?.original === 'string'
    ) {
      found.push({ name: n.name.original, line: n.loc?.start.line ?? 1 })
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit)
      else if (value && typeof value === 'object' && value !== n.loc) visit(value)
    }
  }
  visit(ast)
  return found
}

function partialName(file: string): string {
  return file.replace(/^partials\//, '').replace(/\.hbs$/, '')
}
