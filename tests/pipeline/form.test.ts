// The evidence pass's form of a line: what it reads without any language's words.
import { describe, expect, it } from 'vitest';
import { formOf } from '../../src/pipeline/evidence/form.js';

describe('a line’s form', () => {
  it('sees a price in any currency sign or code beside a figure', () => {
    for (const line of ['Jegyek 3900 Ft', 'от 990 ₽ в месяц', 'Vé từ 250.000₫', 'Harga mulai Rp 45.000', 'Cena 1 200 Kč', 'Bilet 450 ₺', '₦5,000 only'])
      expect(formOf(line).price, line).toBe(true);
  });

  it('does not take a figure beside a word for a price', () => {
    for (const line of ['Ftir 30 minutes', 'In 2019 kronor fell', 'Chapter 12 Krakow', 'RMS 12 report']) expect(formOf(line).price, line).toBe(false);
  });
});
