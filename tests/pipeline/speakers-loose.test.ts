/**
 * The last resort of attribution: a clause with a verb of saying that fits no pattern still
 * names its speaker by where the name stands (it ends the clause or opens an apposition, after
 * a title or a role word), and a two-word verb may hold the speaker between its words.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const speakersOf = (paragraphs: string[]) =>
  cleanArticle(['Harbour works resume', ...paragraphs].join('\n\n'))
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);

describe('a speaker named where no pattern fits', () => {
  it('after a role phrase that names an organisation first (verb-first, Turkish)', () => {
    expect(
      speakersOf([
        'Belediye, sahil yolundaki bisiklet şeridini bu yaz iki kilometre uzatmaya karar verdi.',
        '“Şeridin tamamı ağustos sonunda açılacak, çalışmalar planlandığı gibi ilerliyor” diyor Kıyı Yapı proje sorumlusu Elif Karaca.',
      ]),
    ).toEqual(['Elif Karaca']);
  });

  it('after lower-case titles with dots, which end no sentence (Romanian)', () => {
    expect(
      speakersOf([
        'Universitatea a prezentat joi un nou laborator pentru analiza apei din fântânile satelor.',
        '„Vrem ca fiecare primărie să poată testa apa în aceeași zi”, explică prof. dr. Ana Marinescu, directoarea laboratorului.',
      ]),
    ).toEqual(['Ana Marinescu']);
  });

  it('after a role with a place and a title, before a degree (Indonesian)', () => {
    expect(
      speakersOf([
        'Dinas Pendidikan membuka perpustakaan keliling baru yang akan mengunjungi dua puluh desa setiap bulan.',
        '“Kami ingin setiap anak bisa meminjam buku tanpa harus pergi ke kota,” kata Kepala Dinas Pendidikan Kabupaten Lembah Hijau, Drs. Agus Permana, M.Si., dalam peresmian itu.',
      ]),
    ).toEqual(['Agus Permana']);
  });

  it('between the words of a separable verb (Dutch)', () => {
    expect(
      speakersOf([
        'Marloes de Wit, ecoloog bij het waterschap, onderzoekt al jaren hoe bloemrijke bermen insecten helpen.',
        '“Een berm die we twee keer per jaar maaien, krijgt binnen drie jaar twee keer zoveel soorten,” legt De Wit uit.',
      ]),
    ).toEqual(['Marloes de Wit']);
  });

  it('gives no speaker when the clause names only an organisation', () => {
    expect(
      speakersOf([
        'Belediye, sahil yolundaki bisiklet şeridini bu yaz iki kilometre uzatmaya karar verdi.',
        '“Şeridin tamamı ağustos sonunda açılacak, çalışmalar planlandığı gibi ilerliyor” diyor Kıyı Yapı yönetimi.',
      ]),
    ).toEqual([null]);
  });
});
