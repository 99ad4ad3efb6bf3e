import { Flex, Select, Spin, Typography } from "antd";
import { useEffect, useState } from "react";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { districtDisplayName } from "../../../lib/district-name.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useProjectSearch } from "../api/use-project-search.js";

const SEARCH_DELAY_MS = 300;

interface ProjectPickerProps {
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
}

/** Picks one project in the caller's scope by searching the library (GET /projects?q=) as one types. */
export function ProjectPicker({ id, value, onChange }: ProjectPickerProps) {
  const { t, language } = useI18n();
  const lookup = useReferenceLookup();
  const [typed, setTyped] = useState("");
  const [text, setText] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setText(typed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const search = useProjectSearch(text);

  const options = (search.data ?? []).map((project) => {
    const district = lookup?.district(project.districtCode);
    return {
      value: project.id,
      label: project.name,
      detail: [project.code ?? "", district ? districtDisplayName(district, language) : project.districtCode]
        .filter(Boolean)
        .join(" · "),
    };
  });

  return (
    <Select<number>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      placeholder={t("raise.projectPlaceholder")}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      options={options}
      optionRender={(option) => (
        <Flex vertical>
          <span>{option.data.label}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {option.data.detail}
          </Typography.Text>
        </Flex>
      )}
      notFoundContent={
        search.isFetching ? (
          <Flex justify="center" gap={8} style={{ padding: 8 }}>
            <Spin size="small" /> {t("raise.searching")}
          </Flex>
        ) : (
          t("raise.noProjects")
        )
      }
      loading={search.isFetching}
    />
  );
}
