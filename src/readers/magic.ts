/**
 * Binary formats known by their leading signature ("magic number"): a file starting with one
 * of these is not text, however few control bytes its first kilobytes hold (a PDF's header
 * is ASCII; a ZIP of text files can be mostly printable). Decided from the first bytes only.
 */
const SIGNATURES: [string, number[] | string, number?][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', 'GIF8'],
  ['a WebP, WAV or AVI file', 'RIFF'],
  ['an MP4 or QuickTime file', 'ftyp', 4],
  ['a PDF document', '%PDF-'],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip stream', [0x1f, 0x8b]],
  ['a bzip2 stream', 'BZh'],
  ['an xz stream', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['a zstd stream', [0x28, 0xb5, 0x2f, 0xfd]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a Mach-O or Java class file', [0xca, 0xfe, 0xba, 0xbe]],
  ['an old Office (OLE) document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['an SQLite database', 'SQLite format 3\u0000'],
  ['an Ogg stream', 'OggS'],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

function startsWith(bytes: Uint8Array, sig: number[] | string, at: number): boolean {
  const want = typeof sig === 'string' ? [...sig].map((c) => c.charCodeAt(0)) : sig;
  if (bytes.length < at + want.length) return false;
  for (let i = 0; i < want.length; i++) if (bytes[at + i] !== want[i]) return false;
  return true;
}

/** What binary format `bytes` are, by their signature ("a PNG image"), or null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, sig, at] of SIGNATURES) if (startsWith(bytes, sig, at ?? 0)) return kind;
  return null;
}
