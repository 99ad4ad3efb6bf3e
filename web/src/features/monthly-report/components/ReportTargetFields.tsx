import { Form, Select, Tag } from "antd";
import { useEffect, useState } from "react";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { MonthPicker } from "../../../components/MonthPicker.js";
import { stageColor, stageLabel } from "../../../lib/domain-labels.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useReportProjects } from "../api/use-report-projects.js";

/** Stages that never report: nothing is being built yet, or nothing will be. */
const NOT_REPORTING = new Set(["planning", "reserve", "cancelled"]);
const SEARCH_DELAY_MS = 300;

interface ReportTargetFieldsProps {
  /** The project chosen, kept among the options whatever the search shows. */
  selected: ProjectDetail | undefined;
  /** The latest month that may be reported (this month). */
  latestMonth: string;
}

/** Which project and which month the report is for; projects are searched on the server as one types. */
export function ReportTargetFields({ selected, latestMonth }: ReportTargetFieldsProps) {
  const { t, label } = useI18n();
  const [typed, setTyped] = useState("");
  const [text, setText] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setText(typed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const projects = useReportProjects(text);

  const listed = (projects.data ?? []).filter((p) => !NOT_REPORTING.has(p.stage));
  const withSelected = selected && !listed.some((p) => p.id === selected.id) ? [selected, ...listed] : listed;
  const options = withSelected.map((p) => ({ value: p.id, label: p.name, stage: p.stage }));

  return (
    <>
      <Form.Item
        name="projectId"
        label={t("report.project")}
        rules={[{ required: true, message: t("report.projectRequired") }]}
      >
        <Select
          showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
          onBlur={() => setTyped("")}
          loading={projects.isFetching}
          placeholder={t("report.projectPlaceholder")}
          options={options}
          notFoundContent={projects.isFetching ? t("common.loading") : t("report.noProjects")}
          optionRender={(option) => (
            <span style={{ whiteSpace: "normal" }}>
              {option.data.label}{" "}
              <Tag color={stageColor(option.data.stage)} style={{ marginInlineEnd: 0 }}>
                {label(stageLabel(option.data.stage))}
              </Tag>
            </span>
          )}
        />
      </Form.Item>
      <Form.Item
        name="month"
        label={t("report.month")}
        rules={[{ required: true, message: t("report.monthRequired") }]}
      >
        <MonthPicker latest={latestMonth} style={{ width: "100%" }} />
      </Form.Item>
    </>
  );
}
