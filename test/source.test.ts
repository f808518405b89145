import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeSource, isUnreadable, readSource } from '../pipeline/source.js'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decoding report text', () => {
  it('drops a UTF-8 BOM and keeps everything else', () => {
    const file = decodeSource(
      Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Report\r\n\u00a0x')]),
      'r.txt',
    )
    expect(file.value).toBe('Report\r\n\u00a0x')
    expect(file.data.encoding).toBe('utf-8')
    expect(file.messages).toEqual([])
  })

  it('detects and decodes GB18030 / GBK text, with an info message', () => {
    // "福建省政府工作报告 2024" in GBK.
    const gbk = Uint8Array.from([
      0xb8, 0xa3, 0xbd, 0xa8, 0xca, 0xa1, 0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1,
      0xa8, 0xb8, 0xe6, 0x20, 0x32, 0x30, 0x32, 0x34,
    ])
    const file = decodeSource(gbk, 'r.txt')
    expect(file.value).toBe('福建省政府工作报告 2024')
    expect(file.data.encoding).toBe('gb18030')
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['source-encoding', undefined]])
  })

  it('decodes UTF-16 with a BOM', () => {
    const body = Buffer.from('Work Report 2024', 'utf16le')
    const file = decodeSource(Uint8Array.from([0xff, 0xfe, ...body]), 'r.txt')
    expect(file.value).toBe('Work Report 2024')
  })

  it.each([
    ['empty', new Uint8Array(0), 'empty-file', 1, 1],
    ['blank', utf8(' \n\u00a0\n'), 'empty-file', 1, 1],
    ['binary', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x01]), 'binary-file', 2, 1],
    [
      'undecodable',
      Uint8Array.from([...utf8('ok\nab'), 0xff, 0xfe, 0xfd, 0x41]),
      'undecodable-file',
      2,
      3,
    ],
  ])('refuses %s input with a fatal positioned message', (_name, bytes, ruleId, line, column) => {
    const file = decodeSource(bytes, 'bad.txt')
    expect(isUnreadable(file)).toBe(true)
    const [message] = file.messages
    expect(message).toMatchObject({ ruleId, fatal: true, line, column })
    expect(message!.reason).not.toMatch(/^Error/)
  })

  it('turns a missing file into a message, not an exception', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefing-'))
    const file = await readSource(path.join(dir, 'missing.txt'))
    expect(file.messages[0]).toMatchObject({ ruleId: 'unreadable-file', fatal: true })
    writeFileSync(path.join(dir, 'ok.txt'), 'Work Report 2024\n')
    expect(isUnreadable(await readSource(path.join(dir, 'ok.txt')))).toBe(false)
    expect(isUnreadable(await readSource(dir))).toBe(true)
  })
})
