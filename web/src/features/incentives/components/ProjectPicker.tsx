import { Select } from "antd";
import { useEffect, useState } from "react";
import { useI18n } from "../../../lib/i18n/index.js";
import { useProjectChoices } from "../api/use-project-choices.js";

interface ProjectPickerProps {
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
}

/** One project of the caller's scope, found by typing part of its name or code. */
export function ProjectPicker({ id, value, onChange }: ProjectPickerProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState("");
  const [text, setText] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setText(typed), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const choices = useProjectChoices(text);
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={onChange}
      placeholder={t("inc.apply.projectPlaceholder")}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      loading={choices.isFetching}
      options={(choices.data ?? []).map((p) => ({
        value: p.id,
        label: `${p.name}${p.code ? ` (${p.code})` : ""}`,
      }))}
      notFoundContent={t("inc.apply.noProjects")}
    />
  );
}
