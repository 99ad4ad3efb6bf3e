import { createContext } from "react";
import type { Language } from "./language.js";

export interface I18nState {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const I18nContext = createContext<I18nState | null>(null);
