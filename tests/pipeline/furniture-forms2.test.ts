/**
 * Furniture told by form and per-language formulas (round 2): market widgets, file links,
 * DOI citations, contact lines, buy links, postal addresses, reference codes, live-page
 * notes, forum signatures, running heads whose page number changes; and the story's own
 * lines of like form that stay.
 */
import { describe, expect, it } from 'vitest';
import { furnitureRoleOf, furnitureRoles } from '../helpers/stages.js';

const roles = furnitureRoles;
const roleOf = furnitureRoleOf;

const es = [
  'El ayuntamiento amplía el horario de las bibliotecas municipales',
  'Las bibliotecas municipales abrirán también los domingos por la mañana a partir de enero, según anunció ayer la concejala de Cultura en una rueda de prensa.',
  'La medida responde a una petición de las asociaciones de estudiantes, que llevaban dos años reclamando más horas de estudio durante los periodos de exámenes.',
  'El coste anual de la ampliación se estima en unos 180.000 euros, que saldrán del presupuesto de cultura sin recortar otras partidas.',
];

describe('furniture by form in any language', () => {
  it('removes a market widget line and keeps a sentence with figures', () => {
    const widget = 'IBEX 35: 11 204,30 (−0,42 %)';
    const fx = 'Kurs NBP: EUR 4,31 ▼ USD 3,98 ▲';
    const kept = 'El índice subió un 0,42 % hasta los 11 204,30 puntos, su mejor cierre del año.';
    const out = roles([es[0], es[1], widget, es[2], fx, kept, es[3]]);
    expect(out.find(([, t]) => t === widget)?.[0]).toBe('boilerplate:other');
    expect(out.find(([, t]) => t === fx)?.[0]).toBe('boilerplate:other');
    expect(out.find(([, t]) => t === kept)?.[0]).toBe('body');
  });

  it('removes a download link with its size and a buy link, keeps the review price line', () => {
    const file = 'Orden del día y documentos (PDF, 840 KB)';
    const buy = 'Termoventilador Brisa 3 – 49,90 € en Hogarmax';
    const price = 'Precio: 49,90 €. Lo probamos durante tres semanas en un piso de 60 metros cuadrados.';
    const out = roles([es[0], es[1], price, es[2], buy, es[3], file]);
    expect(out.find(([, t]) => t === file)?.[0]).toBe('boilerplate:navigation');
    expect(out.find(([, t]) => t === buy)?.[0]).toBe('boilerplate:ad');
    expect(out.find(([, t]) => t === price)?.[0]).toBe('body');
  });

  it('removes contact lines, a postal address and a reference code after the story', () => {
    const office = 'Lucía Ferrer Anglada, Gabinete de Prensa del Ayuntamiento';
    const numbers = 'prensa@ayto.example.es · +34 963 000 412';
    const address = 'Apartado de Correos 118, 46080 Valencia';
    const ref = 'Referencia: EXP-2025-00417';
    const out = roles([...es, office, numbers, address, ref]);
    for (const line of [office, numbers, address, ref]) expect(out.find(([, t]) => t === line)?.[0]).toMatch(/^boilerplate/);
    expect(out.filter(([role]) => role === 'body')).toHaveLength(4);
  });

  it('removes a contact label with a phone number anywhere', () => {
    const line = 'Kontakt: Hausverwaltung Lindner · 030 5550 1234';
    expect(roleOf([es[0], es[1], line, es[2], es[3]], line)).toBe('boilerplate:other');
  });

  it("removes a live page's note on its updating, keeps a sentence that starts alike", () => {
    const note = 'Wird laufend aktualisiert. Neueste Einträge oben';
    const kept = 'Se actualiza el precio del billete sencillo, que pasa a costar 1,60 euros.';
    const out = roles([es[0], note, es[1], kept, es[2], es[3]]);
    expect(out.find(([, t]) => t === note)?.[0]).toBe('boilerplate:navigation');
    expect(out.find(([, t]) => t === kept)?.[0]).toBe('body');
  });

  it('removes a signature after "--" and keeps a last short paragraph without one', () => {
    const out = roles([...es, '--', 'Vecina de Benimaclet desde 1998.']);
    expect(out.find(([, t]) => t === '--')?.[0]).toBe('boilerplate:other');
    expect(out.find(([, t]) => t === 'Vecina de Benimaclet desde 1998.')?.[0]).toBe('boilerplate:other');
    const plain = roles([...es, 'La medida entrará en vigor el 1 de enero.']);
    expect(plain.filter(([role]) => role === 'body')).toHaveLength(5);
  });

  it('files the signer of a signature as a credit, and a reply\'s quoted thread as the earlier message', () => {
    const header = 'El mar, 3 mar 2026 a las 21:14, Marta Soler <marta.soler@example.net> escribió:';
    const quoted = ['> ¿Sabéis ya si la biblioteca abrirá el domingo de Pascua? Nadie del barrio lo tiene claro.', '> Marta (portal 12)'];
    const out = roles([...es, '--', 'Jorge Abad', 'Asociación Vecinal de Benimaclet', header, ...quoted]);
    expect(out.find(([, t]) => t === 'Jorge Abad')?.[0]).toBe('boilerplate:attribution');
    expect(out.find(([, t]) => t === header)?.[0]).toBe('boilerplate:other');
    for (const q of quoted) expect(out.find(([, t]) => t === q)?.[0]).toBe('boilerplate:other');
    // An earlier mail's signature, quoted under this one, is part of it, however many lines it has.
    const signed = roles([...es, '--', 'Jorge Abad', 'Calle de la Reina 4, Benimaclet', '> --', '> Marta Soler', '> Asociación de Comerciantes | www.example.es', '> Enviado desde el móvil']);
    expect(signed.slice(es.length).map(([role]) => role)).toEqual(['boilerplate:other', 'boilerplate:attribution', ...Array(5).fill('boilerplate:other')]);
    // A ">" line without a reply header above it is left alone.
    const alone = roles([...es, quoted[0]]);
    expect(alone.find(([, t]) => t === quoted[0])?.[0]).toBe('body');
  });

  it('removes rating widgets, gallery counters and pagers, and keeps a verdict and a numbered part', () => {
    const tally = '★★★★☆ 3,9 (87 opiniones)';
    const control = 'Puntúa este artículo: ☆☆☆☆☆';
    const counters = ['Imagen 1 de 4', 'Imagen 2 de 4'];
    const pagerLine = '‹ Anterior · Ver todas las fotos · Siguiente ›';
    const verdict = 'Nuestra nota: cuatro estrellas de cinco, por el servicio y la terraza.';
    const out = roles([es[0], es[1], tally, control, counters[0], es[2], counters[1], pagerLine, verdict, es[3]]);
    for (const line of [tally, control, ...counters, pagerLine]) expect(out.find(([, t]) => t === line)?.[0], line).toMatch(/^boilerplate/);
    expect(out.find(([, t]) => t === verdict)?.[0]).toBe('body');
    // The counter wants N ≤ M: "Lote 12 de 3" is no counter.
    expect(roleOf([es[0], es[1], 'Lote 12 de 3', es[2]], 'Lote 12 de 3')).toBe('body');
  });

  it('removes link buttons, a helpfulness widget, a labelled star rating and a view counter', () => {
    const lines = ['‹ Volver a todas las noticias', 'Ver el producto →', '¿Te ha sido útil esta página? Sí / No', 'Valoración: ★★★☆☆', 'Leído 2.318 veces'];
    const out = roles([...es, ...lines]);
    for (const line of lines) expect(out.find(([, t]) => t === line)?.[0], line).toMatch(/^boilerplate/);
    // A question in the story keeps its place.
    const asked = '¿Quién pagará la ampliación?';
    expect(roleOf([es[0], es[1], asked, es[2], es[3]], asked)).toBe('body');
  });

  it('removes bank details and an address-and-phone footer, and keeps a sentence with a phone number', () => {
    const iban = 'IBAN: ES91 2100 0418 4502 0005 1332 (Asociación Huerta Viva)';
    const footer = 'Ayuntamiento de Benimaclet · Plaza Mayor 1, Valencia · Tel. 963 000 118';
    const sentence = 'Quien quiera apuntarse puede llamar al 963 000 118 antes del viernes, indicó la concejala.';
    const out = roles([...es.slice(0, 3), sentence, es[3], iban, footer]);
    expect(out.find(([, t]) => t === iban)?.[0]).toBe('boilerplate:ad');
    expect(out.find(([, t]) => t === footer)?.[0]).toBe('boilerplate:legal');
    expect(out.find(([, t]) => t === sentence)?.[0]).toBe('body');
  });

  it('removes a labelled comment counter and a short footnote after the story, and keeps a spec line and the author’s footnote of prose', () => {
    const counter = 'Únete a la conversación: 27 comentarios';
    const spec = 'Peso: 210 g';
    const note = '¹ Fuente: Instituto Nacional de Estadística';
    const prose = '² Los datos de 2024 son provisionales y pueden cambiar en la revisión de marzo.';
    const out = roles([es[0], es[1], spec, es[2], es[3], counter, note, prose]);
    expect(out.find(([, t]) => t === counter)?.[0]).toBe('boilerplate:navigation');
    expect(out.find(([, t]) => t === note)?.[0]).toBe('boilerplate:other');
    expect(out.find(([, t]) => t === spec)?.[0]).toBe('body');
    expect(out.find(([, t]) => t === prose)?.[0]).toBe('body');
  });

  it('removes a prompt to get the app from an app store, not the story\'s sentence about one', () => {
    const prompt = 'Descarga nuestra aplicación en App Store y Google Play y recibe las alertas al momento.';
    const sentence = 'La concejala explicó que la app municipal ya está en Google Play y que la versión para iPhone llegará en abril.';
    const out = roles([...es.slice(0, 2), sentence, ...es.slice(2), prompt]);
    expect(out.find(([, t]) => t === prompt)?.[0]).toBe('boilerplate:promo');
    expect(out.find(([, t]) => t === sentence)?.[0]).toBe('body');
  });

  it('removes a prompt after the story that points to a social network, not a sentence that names one', () => {
    const prompt = 'Todas nuestras noticias también en Instagram y TikTok';
    const sentence = 'La concejala explicó el cambio en un vídeo publicado en Instagram el martes por la tarde.';
    const out = roles([...es, sentence, prompt]);
    expect(out.find(([, t]) => t === prompt)?.[0]).toBe('boilerplate:promo');
    expect(out.find(([, t]) => t === sentence)?.[0]).toBe('body');
    // Podcast platforms are networks too.
    const podcast = 'Escucha el programa completo en Spotify o Apple Podcasts';
    expect(roleOf([...es, podcast], podcast)).toBe('boilerplate:promo');
  });

  it('files what follows a release\'s end mark as the issuer\'s, unless a story goes on after it', () => {
    const after = ['Contacto de prensa: Lucía Ferrer, gabinete de comunicación', 'Tel. 963 000 118 | prensa@example.es', 'Síguenos en redes sociales'];
    const about = ['Acerca de Huerta Viva', 'Huerta Viva es una cooperativa de consumo fundada en 2011 que reúne a 640 familias de la comarca.'];
    const more = ['Las salas de estudio tendrán además enchufes en todas las mesas y una red inalámbrica renovada antes del verano.', 'La concejala recordó que el carné de la biblioteca es gratuito para todos los vecinos empadronados en la ciudad.'];
    const out = roles([...es, ...more, '###', ...about, ...after]);
    for (const line of ['###', ...after]) expect(out.find(([, t]) => t === line)?.[0], line).toMatch(/^boilerplate/);
    // The issuer's own paragraph and its heading are text.
    for (const line of about) expect(out.find(([, t]) => t === line)?.[0], line).toBe('body');
    // A digest that uses the mark between stories: three paragraphs of prose after it stay.
    const digest = roles([es[0], es[1], es[2], '###', es[1].replace('enero', 'marzo'), es[2].replace('dos años', 'tres años'), es[3]]);
    expect(digest.filter(([role]) => role === 'body')).toHaveLength(6);
  });

  it('files other stories\' titles under a label after the story, and keeps a notice\'s details under theirs', () => {
    const titles = ['El puerto estrena una grúa eléctrica para los cruceros', 'Vecinos de Russafa reclaman más sombra en la plaza', 'La Albufera recupera la anguila tras cinco años de veda'];
    const out = roles([...es, 'Más noticias', ...titles]);
    for (const line of ['Más noticias', ...titles]) expect(out.find(([, t]) => t === line)?.[0], line).toBe('boilerplate:promo');
    // Under a label the data knows, one title will do, and the page's footer may follow it.
    const one = roles([...es, 'Noticias relacionadas', titles[0], '© 2026 Gaceta del Turia']);
    for (const line of ['Noticias relacionadas', titles[0]]) expect(one.find(([, t]) => t === line)?.[0], line).toBe('boilerplate:promo');
    const notice = ['Funeral', 'Iglesia de San Juan, sábado 7 de marzo a las 11.00', 'Después habrá un encuentro en la casa de cultura del barrio', 'En lugar de flores se puede donar al archivo histórico local'];
    const kept = roles([...es, ...notice]);
    for (const line of notice) expect(kept.find(([, t]) => t === line)?.[0], line).toBe('body');
  });

  it('removes running heads that differ only by their page number', () => {
    const head = (n: number) => `LA GACETA DEL TURIA · JUEVES 20 DE NOVIEMBRE · PÁGINA ${n}`;
    const out = roles([head(4), es[0], es[1], es[2], head(5), es[3]]);
    expect(out.find(([, t]) => t === head(4))?.[0]).toBe('boilerplate:other');
    expect(out.find(([, t]) => t === head(5))?.[0]).toBe('boilerplate:other');
  });
});

describe('per-language furniture formulas', () => {
  it('removes "first appeared on" credits, read-more-in lines and forwarded-newsletter prompts', () => {
    for (const line of [
      'Il post Le biblioteche aprono anche la domenica è apparso per la prima volta su Gazzetta del Borgo.',
      'Lees verder op De Stadskrant',
      'Forwarded by a friend? Sign up for the Tuesday briefing.',
      'Czytaj dalej na portalu Głos Pomorza',
    ]) {
      expect(roleOf([...es, line], line), line).toMatch(/^boilerplate/);
    }
  });

  it('removes Thai and Swahili footer lines', () => {
    const th = [
      'ข่าวชมรมจักรยานประจำเดือน',
      'สวัสดีสมาชิกทุกท่าน เดือนนี้ชมรมจะจัดกิจกรรมปั่นจักรยานรอบเกาะรัตนโกสินทร์ในวันอาทิตย์แรกของเดือน ขอเชิญสมาชิกทุกท่านเข้าร่วม',
      'ผู้ที่สนใจสามารถลงทะเบียนได้ที่ห้องชมรมทุกวันเสาร์ตั้งแต่เก้าโมงเช้าถึงเที่ยงวัน',
      'ชมรมจักรยานบางกอก 12/3 ถนนพระอาทิตย์ แขวงชนะสงคราม เขตพระนคร กรุงเทพมหานคร 10200',
    ];
    expect(roleOf(th, th[3])).toBe('boilerplate:legal');
    const sw = 'Umepokea barua pepe hii kwa sababu umejiandikisha kupokea habari zetu.';
    expect(roleOf([...es, sw], sw)).toBe('boilerplate:subscription');
  });
});

describe('Polish footer lines', () => {
  const pl = [
    'Nowa linia tramwajowa połączy dworzec z osiedlem',
    'Miasto podpisało w poniedziałek umowę na budowę nowej linii tramwajowej, która ma połączyć dworzec główny z osiedlem. Prace mają ruszyć wiosną przyszłego roku.',
    'Według wiceprezydenta miasta trasa będzie miała prawie sześć kilometrów i dziewięć przystanków, a tramwaje będą kursować co dziesięć minut.',
  ];
  it('removes a listen-and-share bar, a market widget and a postal address', () => {
    const out = roles([pl[0], pl[1], 'Słuchaj · Udostępnij', 'WIG20: 2 412,55 (+1,12 %)', pl[2], 'Gazeta Miejska, ul. Długa 12, 00-950 Warszawa']);
    expect(out.find(([, t]) => t === 'Słuchaj · Udostępnij')?.[0]).toBe('boilerplate:share');
    expect(out.find(([, t]) => t.startsWith('WIG20'))?.[0]).toBe('boilerplate:other');
    expect(out.find(([, t]) => t.startsWith('Gazeta Miejska'))?.[0]).toBe('boilerplate:legal');
    expect(out.filter(([role]) => role === 'body')).toHaveLength(3);
  });
});
