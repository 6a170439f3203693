/**
 * Month names and zone abbreviations seen in feed dates (pubDate, dc:date, JSON dates),
 * per language. Keys are lower case without a trailing dot. Day names need no table:
 * a leading weekday word is skipped whatever its language. Meridiem marks (AM/PM) too.
 */
const MONTHS_BY_LANGUAGE: Record<string, string[][]> = {
  en: [['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['may'], ['jun', 'june'], ['jul', 'july'], ['aug', 'august'], ['sep', 'sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december']],
  pt: [['jan', 'janeiro'], ['fev', 'fevereiro'], ['mar', 'março', 'marco'], ['abr', 'abril'], ['mai', 'maio'], ['jun', 'junho'], ['jul', 'julho'], ['ago', 'agosto'], ['set', 'setembro'], ['out', 'outubro'], ['nov', 'novembro'], ['dez', 'dezembro']],
  es: [['ene', 'enero'], ['feb', 'febrero'], ['mar', 'marzo'], ['abr', 'abril'], ['may', 'mayo'], ['jun', 'junio'], ['jul', 'julio'], ['ago', 'agosto'], ['sep', 'sept', 'septiembre', 'setiembre'], ['oct', 'octubre'], ['nov', 'noviembre'], ['dic', 'diciembre']],
  fr: [['janv', 'janvier'], ['févr', 'fevr', 'fév', 'février', 'fevrier'], ['mars'], ['avr', 'avril'], ['mai'], ['juin'], ['juil', 'juillet'], ['août', 'aout'], ['sept', 'septembre'], ['oct', 'octobre'], ['nov', 'novembre'], ['déc', 'dec', 'décembre', 'decembre']],
  de: [['jan', 'januar', 'jän', 'jänner'], ['feb', 'februar'], ['mär', 'märz', 'maerz', 'mrz'], ['apr', 'april'], ['mai'], ['jun', 'juni'], ['jul', 'juli'], ['aug', 'august'], ['sep', 'sept', 'september'], ['okt', 'oktober'], ['nov', 'november'], ['dez', 'dezember']],
  it: [['gen', 'gennaio'], ['feb', 'febbraio'], ['mar', 'marzo'], ['apr', 'aprile'], ['mag', 'maggio'], ['giu', 'giugno'], ['lug', 'luglio'], ['ago', 'agosto'], ['set', 'settembre'], ['ott', 'ottobre'], ['nov', 'novembre'], ['dic', 'dicembre']],
  nl: [['jan', 'januari'], ['feb', 'februari'], ['mrt', 'maart'], ['apr', 'april'], ['mei'], ['jun', 'juni'], ['jul', 'juli'], ['aug', 'augustus'], ['sep', 'september'], ['okt', 'oktober'], ['nov', 'november'], ['dec', 'december']],
  ru: [['янв', 'января', 'январь'], ['фев', 'февр', 'февраля', 'февраль'], ['мар', 'марта', 'март'], ['апр', 'апреля', 'апрель'], ['мая', 'май'], ['июн', 'июня', 'июнь'], ['июл', 'июля', 'июль'], ['авг', 'августа', 'август'], ['сен', 'сент', 'сентября', 'сентябрь'], ['окт', 'октября', 'октябрь'], ['ноя', 'нояб', 'ноября', 'ноябрь'], ['дек', 'декабря', 'декабрь']],
  uk: [['січ', 'січня'], ['лют', 'лютого'], ['бер', 'березня'], ['квіт', 'квітня'], ['трав', 'травня'], ['черв', 'червня'], ['лип', 'липня'], ['серп', 'серпня'], ['вер', 'вересня'], ['жовт', 'жовтня'], ['лист', 'листопада'], ['груд', 'грудня']],
  he: [['ינו', 'ינואר'], ['פבר', 'פברואר'], ['מרץ', 'מרס'], ['אפר', 'אפריל'], ['מאי'], ['יוני'], ['יולי'], ['אוג', 'אוגוסט'], ['ספט', 'ספטמבר'], ['אוק', 'אוקטובר'], ['נוב', 'נובמבר'], ['דצמ', 'דצמבר']],
  pl: [['sty', 'stycznia', 'styczeń'], ['lut', 'lutego', 'luty'], ['mar', 'marca', 'marzec'], ['kwi', 'kwietnia', 'kwiecień'], ['maj', 'maja'], ['cze', 'czerwca', 'czerwiec'], ['lip', 'lipca', 'lipiec'], ['sie', 'sierpnia', 'sierpień'], ['wrz', 'września', 'wrzesień'], ['paź', 'października', 'październik'], ['lis', 'listopada', 'listopad'], ['gru', 'grudnia', 'grudzień']],
};

/** Prefixes a month name may carry: Hebrew "בפברואר" (in February). */
export const MONTH_PREFIXES = ['ב'];

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
  ['msk', 180], ['msd', 240], ['mez', 60], ['mesz', 120], ['idt', 180], ['cat', 120], ['eat', 180], ['sast', 120], ['wat', 60], ['gst', 240], ['trt', 180], ['pht', 480], ['ist', 330], ['pkt', 300], ['ict', 420], ['wib', 420], ['hkt', 480], ['sgt', 480], ['awst', 480],
  ['jst', 540], ['kst', 540], ['acst', 570], ['aest', 600], ['aedt', 660], ['nzst', 720], ['nzdt', 780], ['brt', -180], ['art', -180],
]);

/** Meridiem marks, lower case without dots: true for the afternoon. */
export const MERIDIEM: ReadonlyMap<string, boolean> = new Map([['am', false], ['pm', true], ['a', false], ['p', true], ['午前', false], ['午後', true], ['上午', false], ['下午', true], ['오전', false], ['오후', true]]);
