import { Segmented } from "antd";
import { useI18n, type Language } from "../lib/i18n/index.js";

// Each language is named in itself, as language pickers conventionally do.
const OPTIONS: { label: string; value: Language }[] = [
  { label: "中文", value: "zh" },
  { label: "English", value: "en" },
];

/** The header's 中文 / English switch. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Segmented<Language>
      aria-label={t("language.label")}
      size="small"
      options={OPTIONS}
      value={language}
      onChange={setLanguage}
    />
  );
}
