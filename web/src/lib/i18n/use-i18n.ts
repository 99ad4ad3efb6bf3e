import { useCallback, useContext } from "react";
import { translateDataTerm } from "./data-labels.js";
import { I18nContext } from "./i18n-context.js";
import type { MessageKey } from "./messages-zh.js";
import { pickLabel, translate, type MessageParams } from "./translate.js";

/** The current language with helpers bound to it: `t` for interface text, `label` for bilingual data. */
export function useI18n() {
  const state = useContext(I18nContext);
  if (!state) throw new Error("useI18n must be used inside <I18nProvider>");
  const { language, setLanguage } = state;
  const t = useCallback(
    (key: MessageKey, params?: MessageParams) => translate(language, key, params),
    [language],
  );
  const label = useCallback((value: { zh: string; en: string }) => pickLabel(language, value), [language]);
  const term = useCallback((value: string) => translateDataTerm(language, value), [language]);
  return { language, setLanguage, t, label, term };
}
