// The languages a helper can say they speak: ISO 639-1 codes, named in the reader's locale. The list
// offers the languages most spoken around the site's places, plus any the helper already set.

/** The national languages first, then those most spoken by people living in Switzerland. */
export const COMMON_LANGUAGES = ['de', 'fr', 'it', 'rm', 'en', 'es', 'pt', 'sq', 'sr', 'hr', 'bs', 'tr', 'ar', 'ta', 'uk', 'ru', 'pl', 'nl'] as const;

/** The most languages a profile keeps (the API refuses more). */
export const MAX_LANGUAGES = 10;

export interface LanguageChoice {
  code: string;
  name: string;
}

/** The language's name in the reader's locale; the code itself where Intl knows no name. */
export function languageName(code: string, tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** The common languages and the helper's own, each once, ordered by name as the reader sorts. */
export function languageChoices(saved: readonly string[], tag: string): LanguageChoice[] {
  const codes = [...new Set([...COMMON_LANGUAGES, ...saved.map((code) => code.toLowerCase())])];
  const collator = new Intl.Collator(tag);
  return codes.map((code) => ({ code, name: languageName(code, tag) })).sort((a, b) => collator.compare(a.name, b.name));
}
