import { Flex, Select, Spin, Typography } from "antd";
import { useEffect, useState } from "react";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { districtDisplayName } from "../../../lib/district-name.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useProjectSearch } from "../api/use-project-search.js";
import type { ProjectChoice } from "../utils/publication-form.js";

const SEARCH_DELAY_MS = 300;

interface ProjectSearchSelectProps {
  id?: string;
  value?: ProjectChoice[];
  onChange?: (value: ProjectChoice[]) => void;
  max: number;
}

/** Picks linked projects by searching the library (GET /projects?q=) as one types; keeps each pick's name. */
export function ProjectSearchSelect({ id, value, onChange, max }: ProjectSearchSelectProps) {
  const { t, label, language } = useI18n();
  const lookup = useReferenceLookup();
  const [typed, setTyped] = useState("");
  const [text, setText] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setText(typed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const search = useProjectSearch(text);

  const options = (search.data ?? []).map((project) => {
    const special = lookup?.special(project.specialCode);
    const district = lookup?.district(project.districtCode);
    return {
      value: project.id,
      label: project.name,
      detail: [
        project.code ?? "",
        special ? label(special) : project.specialCode,
        district ? districtDisplayName(district, language) : project.districtCode,
      ]
        .filter(Boolean)
        .join(" · "),
    };
  });

  return (
    <Select<ProjectChoice[]>
      id={id}
      mode="multiple"
      labelInValue
      value={value}
      onChange={(next) =>
        onChange?.(next.map((choice) => ({ value: choice.value, label: String(choice.label) })))
      }
      maxCount={max}
      placeholder={t("publicationForm.projectsPlaceholder")}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      onBlur={() => setTyped("")}
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
            <Spin size="small" /> {t("publicationForm.searching")}
          </Flex>
        ) : (
          t("publicationForm.noProjects")
        )
      }
      loading={search.isFetching}
    />
  );
}
