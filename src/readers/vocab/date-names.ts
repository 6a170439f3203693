/**
 * Month names and zone abbreviations seen in feed dates (pubDate, dc:date, JSON dates),
 * per language. Keys are lower case without a trailing dot. Day names need no table:
 * a leading weekday word is skipped whatever its language.
 */
const MONTHS_BY_LANGUAGE: Record<string, string[][]> = {
  en: [['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['may'], ['jun', 'june'], ['jul', 'july'], ['aug', 'august'], ['sep', 'sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december']],
  pt: [['jan', 'janeiro'], ['fev', 'fevereiro'], ['mar', 'março', 'marco'], ['abr', 'abril'], ['mai', 'maio'], ['jun', 'junho'], ['jul', 'julho'], ['ago', 'agosto'], ['set', 'setembro'], ['out', 'outubro'], ['nov', 'novembro'], ['dez', 'dezembro']],
  es: [['ene', 'enero'], ['feb', 'febrero'], ['mar', 'marzo'], ['abr', 'abril'], ['may', 'mayo'], ['jun', 'junio'], ['jul', 'julio'], ['ago', 'agosto'], ['sep', 'sept', 'septiembre', 'setiembre'], ['oct', 'octubre'], ['nov', 'noviembre'], ['dic', 'diciembre']],
  fr: [['janv', 'janvier'], ['févr', 'fevr', 'février', 'fevrier'], ['mars'], ['avr', 'avril'], ['mai'], ['juin'], ['juil', 'juillet'], ['août', 'aout'], ['sept', 'septembre'], ['oct', 'octobre'], ['nov', 'novembre'], ['déc', 'dec', 'décembre', 'decembre']],
  de: [['jan', 'januar', 'jän', 'jänner'], ['feb', 'februar'], ['mär', 'märz', 'maerz'], ['apr', 'april'], ['mai'], ['jun', 'juni'], ['jul', 'juli'], ['aug', 'august'], ['sep', 'sept', 'september'], ['okt', 'oktober'], ['nov', 'november'], ['dez', 'dezember']],
  it: [['gen', 'gennaio'], ['feb', 'febbraio'], ['mar', 'marzo'], ['apr', 'aprile'], ['mag', 'maggio'], ['giu', 'giugno'], ['lug', 'luglio'], ['ago', 'agosto'], ['set', 'settembre'], ['ott', 'ottobre'], ['nov', 'novembre'], ['dic', 'dicembre']],
  nl: [['jan', 'januari'], ['feb', 'februari'], ['mrt', 'maart'], ['apr', 'april'], ['mei'], ['jun', 'juni'], ['jul', 'juli'], ['aug', 'augustus'], ['sep', 'september'], ['okt', 'oktober'], ['nov', 'november'], ['dec', 'december']],
  ru: [['янв', 'января', 'январь'], ['фев', 'февраля', 'февраль'], ['мар', 'марта', 'март'], ['апр', 'апреля', 'апрель'], ['мая', 'май'], ['июн', 'июня', 'июнь'], ['июл', 'июля', 'июль'], ['авг', 'августа', 'август'], ['сен', 'сент', 'сентября', 'сентябрь'], ['окт', 'октября', 'октябрь'], ['ноя', 'нояб', 'ноября', 'ноябрь'], ['дек', 'декабря', 'декабрь']],
};

/** Month name → 1..12, every language merged (no two languages disagree on a key). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.values(MONTHS_BY_LANGUAGE).flatMap((months) => months.flatMap((names, i) => names.map((n) => [n, i + 1] as const))),
);

/** Zone abbreviations → minutes east of UTC (RFC 822 and the common ones feeds use). */
export const ZONES: ReadonlyMap<string, number> = new Map([
  ['ut', 0], ['utc', 0], ['gmt', 0], ['z', 0], ['wet', 0],
  ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300], ['mst', -420], ['mdt', -360], ['pst', -480], ['pdt', -420],
  ['akst', -540], ['akdt', -480], ['hst', -600], ['ast', -240], ['adt', -180], ['nst', -210], ['ndt', -150],
  ['bst', 60], ['cet', 60], ['cest', 120], ['met', 60], ['mest', 120], ['west', 60], ['eet', 120], ['eest', 180],
  ['msk', 180], ['ist', 330], ['pkt', 300], ['ict', 420], ['wib', 420], ['hkt', 480], ['sgt', 480], ['awst', 480],
  ['jst', 540], ['kst', 540], ['acst', 570], ['aest', 600], ['aedt', 660], ['nzst', 720], ['nzdt', 780], ['brt', -180], ['art', -180],
]);
