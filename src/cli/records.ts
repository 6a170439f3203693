/**
 * Streams cut into records as they are read: JSON Lines by newline, text dumps by a
 * delimiter (form feed by default, or every line matching `--split <regex>`). Each is an
 * async generator pulled by its consumer, so the stream is read no faster than records
 * are used, and only one record is held at a time.
 */
type Chunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

const FORM_FEED = 0x0c;
const NEWLINE = 0x0a;

/** The parts of a byte stream between occurrences of `byte` (the delimiter itself dropped). */
export async function* splitOnByte(stream: Chunks, byte: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let at = buf.indexOf(byte); at !== -1; at = buf.indexOf(byte, start)) {
      parts.push(buf.subarray(start, at));
      yield Buffer.concat(parts);
      parts = [];
      start = at + 1;
    }
    if (start < buf.length) parts.push(Buffer.from(buf.subarray(start)));
  }
  if (parts.length > 0) yield Buffer.concat(parts);
}

/** Lines, without their line ending (LF or CRLF). */
export async function* lines(stream: Chunks): AsyncGenerator<Buffer> {
  for await (const line of splitOnByte(stream, NEWLINE)) yield line.at(-1) === 0x0d ? line.subarray(0, -1) : line;
}

const isBlank = (b: Buffer): boolean => /^\s*$/.test(b.toString('latin1'));

/** Text records: parts between form feeds, or between lines that match `delimiter`. Blank records are skipped. */
export async function* textRecords(stream: Chunks, delimiter: RegExp | null): AsyncGenerator<Buffer> {
  if (delimiter === null) {
    for await (const record of splitOnByte(stream, FORM_FEED)) if (!isBlank(record)) yield record;
    return;
  }
  let record: Buffer[] = [];
  const flush = (): Buffer | null => {
    const joined = Buffer.concat(record.flatMap((l, i) => (i === 0 ? [l] : [Buffer.from('\n'), l])));
    record = [];
    return isBlank(joined) ? null : joined;
  };
  for await (const line of lines(stream)) {
    if (!delimiter.test(line.toString('utf8'))) {
      record.push(line);
      continue;
    }
    const done = flush();
    if (done) yield done;
  }
  const last = flush();
  if (last) yield last;
}

/** Non-blank lines: one JSON Lines record each. */
export async function* jsonRecords(stream: Chunks): AsyncGenerator<Buffer> {
  for await (const line of lines(stream)) if (!isBlank(line)) yield line;
}
