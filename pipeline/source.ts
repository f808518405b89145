import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'

/** Encodings a report can arrive in. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

/**
 * Decode the bytes of a report into a VFile. The BOM is dropped; line endings and every other
 * character are kept, so offsets into `file.value` are offsets into the report text.
 *
 * Undecodable, binary or empty input gets a fatal message on the file (with line and column where
 * there is one) instead of an exception, so callers report it like any other diagnostic.
 */
export function decodeSource(bytes: Uint8Array, filePath: string, cwd = process.cwd()): VFile {
  const file = new VFile({ path: filePath, cwd })
  file.data.encoding = 'utf-8'
  const fail = (reason: string, ruleId: string, line = 1, column = 1): VFile => {
    const message = new VFileMessage(reason, {
      place: { line, column },
      ruleId,
      source: 'briefing',
    })
    message.file = file.path
    message.fatal = true
    file.messages.push(message)
    file.value = ''
    return file
  }

  if (bytes.length === 0)
    return fail('Unexpected empty file, expected the text of a report', 'empty-file')

  let encoding: SourceEncoding = 'utf-8'
  let body = bytes
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3)
  else if (bytes[0] === 0xff && bytes[1] === 0xfe)
    [encoding, body] = ['utf-16le', bytes.subarray(2)]
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    [encoding, body] = ['utf-16be', bytes.subarray(2)]

  if (encoding === 'utf-8') {
    const nul = body.indexOf(0)
    if (nul !== -1) {
      const { line, column } = pointOfByte(body, nul)
      return fail(
        `Unexpected NUL byte: this looks like a binary file (PDF, Word, image?), expected plain text; export the report as UTF-8 text`,
        'binary-file',
        line,
        column,
      )
    }
  }

  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body)
  } catch {
    const bad = firstInvalidUtf8(body)
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(body)
      encoding = 'gb18030'
    } catch {
      const { line, column } = pointOfByte(body, bad)
      return fail(
        `Cannot decode the file: byte 0x${(body[bad] ?? 0).toString(16)} at offset ${bad} is neither UTF-8 nor GB18030; save the report as UTF-8`,
        'undecodable-file',
        line,
        column,
      )
    }
    if (!/[\u3400-\u9fff]/.test(text)) {
      const { line, column } = pointOfByte(body, bad)
      return fail(
        `Cannot decode the file: byte 0x${(body[bad] ?? 0).toString(16)} at offset ${bad} is not UTF-8 and the text does not read as GB18030 Chinese either; save the report as UTF-8`,
        'undecodable-file',
        line,
        column,
      )
    }
  }

  if (!/\S/.test(text))
    return fail('Unexpected blank file, expected the text of a report', 'empty-file')
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0
  if (controls > 0 && controls / text.length > 0.01) {
    return fail(
      'Unexpected control characters: this looks like a binary file, expected plain text',
      'binary-file',
    )
  }

  file.value = text
  file.data.encoding = encoding
  if (encoding !== 'utf-8') {
    const message = file.info(`Decoded as ${encoding.toUpperCase()}`, {
      place: { line: 1, column: 1 },
      ruleId: 'source-encoding',
      source: 'briefing',
    })
    message.fatal = undefined
  }
  return file
}

/** Read and decode a report; I/O errors become a fatal message on the returned file. */
export async function readSource(filePath: string, cwd = process.cwd()): Promise<VFile> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path.resolve(cwd, filePath))
  } catch (error) {
    const file = new VFile({ path: filePath, cwd, value: '' })
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'Cannot find this file; check the path'
        : code === 'EISDIR'
          ? 'Expected a file, found a directory'
          : code === 'EACCES'
            ? 'Cannot read this file: permission denied'
            : `Cannot read this file (${code ?? String(error)})`
    const message = new VFileMessage(reason, { ruleId: 'unreadable-file', source: 'briefing' })
    message.file = file.path
    message.fatal = true
    file.messages.push(message)
    return file
  }
  return decodeSource(bytes, filePath, cwd)
}

/** True when decoding or reading failed and the file holds no text. */
export function isUnreadable(file: VFile): boolean {
  return file.messages.some(
    (m) => m.fatal === true && m.source === 'briefing' && /-file$/.test(m.ruleId ?? ''),
  )
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const size =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0
    if (size === 0) return i
    for (let k = 1; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += size
  }
  return 0
}

function pointOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: index - lineStart + 1 }
}

declare module 'vfile' {
  interface DataMap {
    encoding: SourceEncoding
  }
}
