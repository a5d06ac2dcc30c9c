/** copydesk in an editor: the language server turns messages into diagnostics. */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'

const server = fileURLToPath(new URL('../dist/src/language-server.js', import.meta.url))

interface RpcMessage {
  id?: number
  method?: string
  params?: {uri?: string; diagnostics?: Array<{message: string; code?: string; source?: string; range: {start: {line: number; character: number}}}>}
}

function frame(message: object): string {
  const body = JSON.stringify({jsonrpc: '2.0', ...message})
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
}

describe('copydesk-language-server', () => {
  it('publishes diagnostics for an open document', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-'))
    const uri = pathToFileURL(path.join(folder, 'page.txt')).href
    const child = spawn(process.execPath, [server, '--stdio'], {cwd: folder})
    let buffer = Buffer.alloc(0)
    const received: RpcMessage[] = []
    const diagnostics = new Promise<RpcMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no diagnostics within 20 s')), 20_000)
      child.stdout.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk])
        for (;;) {
          const header = buffer.indexOf('\r\n\r\n')
          if (header < 0) break
          const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, header).toString())?.[1])
          if (buffer.length < header + 4 + length) break
          const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString()) as RpcMessage
          buffer = buffer.subarray(header + 4 + length)
          received.push(message)
          if (message.method === 'textDocument/publishDiagnostics' && (message.params?.diagnostics ?? []).length > 0) {
            clearTimeout(timer)
            resolve(message)
          }
        }
      })
    })
    child.stdin.write(frame({id: 1, method: 'initialize', params: {processId: null, rootUri: pathToFileURL(folder).href, capabilities: {}, workspaceFolders: null}}))
    child.stdin.write(frame({method: 'initialized', params: {}}))
    child.stdin.write(
      frame({method: 'textDocument/didOpen', params: {textDocument: {uri, languageId: 'plaintext', version: 1, text: '标题\n\n他说：“这句话没有后引号。\n'}}})
    )
    try {
      const message = await diagnostics
      const [diagnostic] = message.params?.diagnostics ?? []
      expect(diagnostic?.code).toBe('paired-punctuation')
      expect(diagnostic?.source).toBe('copydesk')
      expect(diagnostic?.range.start).toEqual({line: 2, character: 3})
      expect(diagnostic?.message).toContain('未闭合')
    } finally {
      child.kill()
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })
})
