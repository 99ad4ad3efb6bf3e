export { I18nProvider } from "./I18nProvider.js";
export { useI18n } from "./use-i18n.js";
export type { Language } from "./language.js";
export type { MessageKey } from "./messages-zh.js";
