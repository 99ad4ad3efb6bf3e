import { Card, Table, type TableColumnsType } from "antd";
import { Link } from "react-router-dom";
import type { ReportStatus } from "../../../../../src/domain/contracts/report.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { districtDisplayName } from "../../../lib/district-name.js";
import { useI18n } from "../../../lib/i18n/index.js";

type OverdueProject = ReportStatus["missing"][number];

interface OverdueListProps {
  title: string;
  projects: OverdueProject[];
  /** Missing reports have no submission day; late ones show when they came. */
  kind: "missing" | "late";
}

/** The projects whose report for the month is missing, or came after the deadline. */
export function OverdueList({ title, projects, kind }: OverdueListProps) {
  const { t, language } = useI18n();
  const lookup = useReferenceLookup();
  const columns: TableColumnsType<OverdueProject> = [
    {
      title: t("review.colProject"),
      key: "name",
      fixed: "left",
      width: 220,
      render: (_, p) => <Link to={`/projects/${p.projectId}`}>{p.name}</Link>,
    },
    {
      title: t("review.colDistrict"),
      key: "district",
      width: 100,
      render: (_, p) => {
        const district = lookup?.district(p.districtCode);
        return district ? districtDisplayName(district, language) : p.districtCode;
      },
    },
    { title: t("review.colOwner"), dataIndex: "ownerName", key: "owner", width: 200 },
    ...(kind === "late"
      ? [
          {
            title: t("review.colSubmittedOn"),
            key: "on",
            width: 110,
            render: (_: unknown, p: OverdueProject) => p.submittedOn,
          },
        ]
      : []),
  ];
  return (
    <Card size="small" title={`${title}（${projects.length}）`} styles={{ body: { padding: 0 } }}>
      <Table<OverdueProject>
        size="small"
        rowKey="projectId"
        columns={columns}
        dataSource={projects}
        pagination={{ pageSize: 10, size: "small", hideOnSinglePage: true }}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t(kind === "missing" ? "review.noneMissing" : "review.noneLate") }}
      />
    </Card>
  );
}
