/**
 * The few words the HTML export adds around the article's own text, per language (data,
 * not code). Languages without an entry get English. Lists of names are joined by
 * Intl.ListFormat, so "and" needs no entry here.
 */
export interface Labels {
  /** Before the author names: 'By Jane Doe'. */
  by: string;
  /** Before the curator: 'Selected by CWC'. */
  selectedBy: string;
  /** Heading of the --with-boilerplate appendix. */
  removed: string;
}

const LABELS: Record<string, Labels> = {
  en: { by: 'By', selectedBy: 'Selected by', removed: 'Removed from the article' },
  de: { by: 'Von', selectedBy: 'Ausgewählt von', removed: 'Aus dem Artikel entfernt' },
  es: { by: 'Por', selectedBy: 'Seleccionado por', removed: 'Eliminado del artículo' },
  fr: { by: 'Par', selectedBy: 'Sélectionné par', removed: 'Retiré de l’article' },
  it: { by: 'Di', selectedBy: 'Selezionato da', removed: 'Rimosso dall’articolo' },
  nl: { by: 'Door', selectedBy: 'Geselecteerd door', removed: 'Uit het artikel verwijderd' },
  pt: { by: 'Por', selectedBy: 'Selecionado por', removed: 'Removido do artigo' },
};

/** The language whose words are used: the article's when there are labels for it ('pt-BR' has), else English. */
function labelLanguage(lang: string | null): string {
  return lang !== null && Object.hasOwn(LABELS, lang.split('-')[0].toLowerCase()) ? lang : 'en';
}

export function labelsFor(lang: string | null): Labels {
  return LABELS[labelLanguage(lang).split('-')[0].toLowerCase()];
}

/** 'A', 'A and B', 'A, B, and C' in the same language as the labels, as text and name parts. */
export function listParts(names: readonly string[], lang: string | null): { type: 'name' | 'text'; value: string }[] {
  const format = new Intl.ListFormat(labelLanguage(lang), { type: 'conjunction' });
  return format.formatToParts(names).map((part) => ({ type: part.type === 'element' ? 'name' : 'text', value: part.value }));
}
