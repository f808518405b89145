import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CliError } from '../errors.js'

/** A template file with where it came from (the default theme or an override). */
export interface TemplateFile {
  name: string
  path: string
  content: string
  sha256: string
}

/** The default theme shipped in templates/. */
export const defaultTemplatesDir = findTemplatesDir()

function findTemplatesDir(): string {
  // Note: this module runs from pipeline/render (sources) and from dist/pipeline/render (built).
  const here = path.dirname(fileURLToPath(import.meta.url))
  const candidates = [
    path.resolve(here, '../../templates'),
    path.resolve(here, '../../../templates'),
  ]
  return candidates.find((dir) => existsSync(path.join(dir, 'layouts'))) ?? candidates[0]!
}

/**
 * The files of the theme: the default templates/, with `overrideDir`'s files taking the place of
 * default files of the same name. Reading them needs no template engine, so a build can tell from
 * their hashes whether anything changed before it loads one.
 */
export function readThemeFiles(overrideDir?: string): Map<string, TemplateFile> {
  const files = new Map<string, TemplateFile>()
  for (const dir of [defaultTemplatesDir, overrideDir].filter(
    (d): d is string => d !== undefined,
  )) {
    let names: string[]
    try {
      names = listFiles(dir)
    } catch {
      throw new CliError(`Cannot read the templates directory ${dir}`)
    }
    for (const name of names) {
      const file = path.join(dir, name)
      const content = readFileSync(file, 'utf8')
      files.set(name, {
        name,
        path: file,
        content,
        sha256: createHash('sha256').update(content).digest('hex'),
      })
    }
  }
  return files
}

function listFiles(dir: string, prefix = ''): string[] {
  const names: string[] = []
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) names.push(...listFiles(dir, name))
    else names.push(name)
  }
  return names.sort()
}
