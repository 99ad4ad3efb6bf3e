import { Table, Typography, type TableColumnsType } from "antd";
import { useI18n } from "../../../lib/i18n/index.js";
import type { ImportProblem } from "../utils/import-outcome.js";

/** Every problem of a refused import, cell by cell, with the reason in the interface language. */
export function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t, language } = useI18n();
  const columns: TableColumnsType<ImportProblem> = [
    { title: t("import.colSheet"), dataIndex: "sheet", key: "sheet", width: 140 },
    { title: t("import.colRow"), dataIndex: "row", key: "row", width: 80, align: "right" },
    { title: t("import.colColumn"), dataIndex: "column", key: "column", width: 160 },
    {
      title: t("import.colValue"),
      key: "value",
      width: 220,
      render: (_, problem) =>
        problem.value ? (
          <Typography.Text code>{problem.value}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t("import.emptyValue")}</Typography.Text>
        ),
    },
    {
      title: t("import.colReason"),
      key: "reason",
      render: (_, problem) => (language === "en" ? problem.reasonEn : problem.reason),
    },
  ];
  return (
    <Table<ImportProblem>
      size="small"
      rowKey={(problem) => `${problem.sheet}:${problem.row}:${problem.column}:${problem.reason}`}
      columns={columns}
      dataSource={problems}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 900 }}
    />
  );
}
