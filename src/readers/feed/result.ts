import type { Root } from 'mdast';

/** What a reader gives for each item: its tree, or why that item alone cannot be read. */
export type ItemResult = { ok: true; tree: Root } | { ok: false; item: number; reason: string };

/** Build one item, so that an item that throws fails alone. */
export function readItem(item: number, build: () => Root): ItemResult {
  try {
    return { ok: true, tree: build() };
  } catch (error) {
    return { ok: false, item, reason: error instanceof Error ? error.message : String(error) };
  }
}
