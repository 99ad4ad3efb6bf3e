/** The interface languages; Chinese is the default. */
export const LANGUAGES = ["zh", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = "newinfra.language";

/** Reads a stored language choice, falling back to Chinese for anything unknown. */
export function parseLanguage(value: string | null | undefined): Language {
  return value === "en" ? "en" : "zh";
}

/** The language saved in localStorage, or Chinese when storage is empty or unavailable. */
export function loadLanguage(): Language {
  try {
    return parseLanguage(window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return "zh";
  }
}

/** Saves the language choice; a browser that refuses storage keeps the choice for this page only. */
export function saveLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage disabled (private mode, policy): the choice lasts until reload
  }
}
