import { open } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { RicosError } from './errors.js';

/**
 * The bytes of one document from a file or `-` (stdin), refused past `maxBytes` without reading the
 * rest (a huge input must not fill memory). Returns the bytes and the name messages should use.
 */
export async function readDocumentBytes(file: string, maxBytes: number, stdin: NodeJS.ReadableStream = process.stdin): Promise<{ bytes: Buffer; source: string }> {
  const source = file === '-' ? 'stdin' : file;
  const chunks: Buffer[] = [];
  let size = 0;
  const tooLarge = () => new RicosError('content', `more than the ${maxBytes} bytes allowed (policy.maxDocumentBytes)`, source);
  if (file === '-') {
    for await (const chunk of stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(buf);
    }
  } else {
    let handle;
    try {
      handle = await open(file, 'r');
      if ((await handle.stat()).isDirectory()) throw new UsageError(`${file}: is a directory, expected a Ricos JSON file`);
      const buf = Buffer.alloc(64 * 1024);
      for (;;) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, null);
        if (bytesRead === 0) break;
        size += bytesRead;
        if (size > maxBytes) throw tooLarge();
        chunks.push(Buffer.from(buf.subarray(0, bytesRead)));
      }
    } catch (err) {
      if (err instanceof UsageError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new UsageError(`${file}: no such file`);
      if (code === 'EISDIR') throw new UsageError(`${file}: is a directory, expected a Ricos JSON file`);
      if (code === 'EACCES') throw new UsageError(`${file}: permission denied`);
      throw err;
    } finally {
      await handle?.close();
    }
  }
  const bytes = Buffer.concat(chunks, size);
  if (bytes.toString('utf8').trim() === '') throw new RicosError('content', 'empty input, expected a Ricos JSON document', source);
  return { bytes, source };
}
