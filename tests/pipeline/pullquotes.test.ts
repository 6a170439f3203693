/** Pull quotes credited as reported speech, or by a dash line under an unmarked repeat. */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const SOURCE =
  'Rosalind Achterberg, a retired telephone engineer who started the café, says the numbers miss the point. “Nobody comes in for the toaster. They come in because the toaster was their mother’s,” she said.';
const AFTER = 'Visitors are expected to stay at the table while their item is repaired, and most end up holding the torch.';
const pulls = (pull: string) =>
  cleanArticle(['Repair café marks ten years', SOURCE, pull, AFTER].join('\n\n'))
    .quotes.filter((q) => q.kind === 'pull')
    .map((q) => [q.text, q.speaker]);

describe('pull quotes', () => {
  const TEXT = 'Nobody comes in for the toaster. They come in because the toaster was their mother’s,';

  it('are found when credited with "said NAME" instead of a dash', () => {
    expect(pulls(`“${TEXT}” said Rosalind Achterberg.`)).toEqual([[TEXT, 'Rosalind Achterberg']]);
  });

  it('resolve a credit by surname ("NAME says") to the full name', () => {
    expect(pulls(`“${TEXT}” Achterberg says.`)).toEqual([[TEXT, 'Rosalind Achterberg']]);
  });

  it('are found unmarked when their last line is a dash credit', () => {
    const text = 'Nobody comes in for the toaster. They come in because the toaster was their mother’s.';
    expect(pulls(`${text}\n— Rosalind Achterberg, café founder`)).toEqual([[text, 'Rosalind Achterberg']]);
  });

  it('are found unmarked and short when they repeat a sentence of a paragraph nearby', () => {
    expect(pulls('They come in because the toaster was their mother’s.')).toEqual([['They come in because the toaster was their mother’s.', null]]);
  });

  it('leave a quotation that repeats nothing in the story as a paragraph', () => {
    expect(pulls('“We fix about forty things every Saturday, mostly lamps and radios,” said Rosalind Achterberg.')).toEqual([]);
  });
});
