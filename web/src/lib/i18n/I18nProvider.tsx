import { useEffect, useMemo, useState, type ReactNode } from "react";
import { I18nContext } from "./i18n-context.js";
import { loadLanguage, saveLanguage, type Language } from "./language.js";

/** Holds the interface language, persists it, and keeps `<html lang>` and the title in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(loadLanguage);

  useEffect(() => {
    document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  }, [language]);

  const value = useMemo(
    () => ({
      language,
      setLanguage: (next: Language) => {
        saveLanguage(next);
        setLanguageState(next);
      },
    }),
    [language],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}
