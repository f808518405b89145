import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignText } from '../../pipeline/parse/align.js'
import { parseText, textNodes } from '../helpers/parse.js'

describe('aligning text values with the source', () => {
  it('maps every character of a hard-wrapped item both ways', () => {
    const text =
      'Work Report 2024\n\n● Output rose 28.3%, up 3.4\n\n\u00a0\u00a0\u00a0 percentage points of Guangdong-\n    Macao trade.\n'
    const { tree } = parseText(text)
    const node = textNodes(tree)[1]!
    expect(node.value).toBe('Output rose 28.3%, up 3.4 percentage points of Guangdong-Macao trade.')
    const { toSource, toValue } = alignText(node, text)
    for (let i = 0; i < node.value.length; i++) {
      if (node.value[i] === ' ' && text[toSource(i)] !== ' ') continue // a joined line break
      expect(text[toSource(i)], `value[${i}]`).toBe(node.value[i])
      expect(toValue(toSource(i))).toBe(i)
    }
    expect(toValue(text.indexOf('\u00a0'))).toBe(-1)
  })

  it('round-trips on generated wrapped paragraphs', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9,.%-]{1,8}$/)
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        (lines) => {
          const text = `Work Report 2024\n\n● ${lines.map((l) => l.join(' ')).join('\n\u00a0\u00a0 ')}\n`
          const { tree } = parseText(text)
          for (const node of textNodes(tree)) {
            const { toSource, toValue } = alignText(node, text)
            for (let i = 0; i < node.value.length; i++) {
              if (/\s/.test(node.value[i]!)) continue
              expect(text[toSource(i)]).toBe(node.value[i])
              expect(toValue(toSource(i))).toBe(i)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
