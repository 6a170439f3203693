/**
 * Run tasks with at most `window` in flight, and hand the results back in input order.
 * The source is pulled only when the window has room and the consumer took the previous
 * result, so a slow output (backpressure) slows the reading, and memory stays bounded.
 */
export async function* ordered<T, R>(source: AsyncIterable<T>, run: (item: T) => Promise<R>, window: number): AsyncGenerator<[T, R]> {
  const inFlight: Promise<[T, R]>[] = [];
  for await (const item of source) {
    inFlight.push(run(item).then((r) => [item, r]));
    if (inFlight.length >= window) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}
