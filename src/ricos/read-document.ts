import { open, type FileHandle } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { RicosError } from './errors.js';
import { flattenJson } from './flatten.js';
import type { FlatDocument } from './types.js';

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
    const handle = await openUserFile(file, 'a Ricos JSON file');
    try {
      const buf = Buffer.alloc(64 * 1024);
      for (;;) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, null);
        if (bytesRead === 0) break;
        size += bytesRead;
        if (size > maxBytes) throw tooLarge();
        chunks.push(Buffer.from(buf.subarray(0, bytesRead)));
      }
    } finally {
      await handle.close();
    }
  }
  const bytes = Buffer.concat(chunks, size);
  if (bytes.toString('utf8').trim() === '') throw new RicosError('content', 'empty input, expected a Ricos JSON document', source);
  return { bytes, source };
}

/** One document from a file or `-`, flattened; a malformed one is a RicosError naming the file. */
export async function readFlatDocument(file: string, maxBytes: number): Promise<FlatDocument> {
  const { bytes, source } = await readDocumentBytes(file, maxBytes);
  try {
    return flattenJson(bytes, { maxBytes });
  } catch (err) {
    throw err instanceof RicosError ? err.from(source) : err;
  }
}

/** Opens a file a user named; the usual mistakes (missing, a directory, not readable) are one line. */
export async function openUserFile(file: string, expected: string): Promise<FileHandle> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    if ((await handle.stat()).isDirectory()) throw new UsageError(`${file}: is a directory, expected ${expected}`);
    return handle;
  } catch (err) {
    await handle?.close();
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such file`);
    if (code === 'EISDIR') throw new UsageError(`${file}: is a directory, expected ${expected}`);
    if (code === 'EACCES') throw new UsageError(`${file}: permission denied`);
    throw err;
  }
}
