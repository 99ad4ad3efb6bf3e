import type { Language } from "./language.js";
import { messagesEn } from "./messages-en.js";
import { messagesZh, type MessageKey } from "./messages-zh.js";

export type MessageParams = Record<string, string | number>;

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { zh: messagesZh, en: messagesEn };

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The message for a key in a language, with placeholders filled. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return interpolate(DICTIONARIES[language][key], params);
}

/** Picks the text of a bilingual label (reference data, discrepancies) in the given language. */
export function pickLabel(language: Language, label: { zh: string; en: string }): string {
  return language === "en" && label.en ? label.en : label.zh;
}
