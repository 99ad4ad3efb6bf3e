import { Empty, Table, Tag, type TableColumnsType } from "antd";
import type { z } from "zod";
import type { rolloverDecisionListSchema } from "../../../../../src/domain/contracts/rolling-plan.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { formatShanghaiTime } from "../../../lib/business-date.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { Link } from "react-router-dom";

type Recorded = z.infer<typeof rolloverDecisionListSchema>["items"][number];

/** The decisions recorded for a year, as stored. */
export function RecordedDecisionsTable({ items, loading }: { items: Recorded[]; loading: boolean }) {
  const { t, label } = useI18n();
  const lookup = useReferenceLookup();
  const columns: TableColumnsType<Recorded> = [
    {
      title: t("rollover.colProject"),
      key: "name",
      render: (_, row) => <Link to={`/projects/${row.projectId}`}>{row.name}</Link>,
    },
    {
      title: t("rollover.colSector"),
      key: "sector",
      width: 200,
      render: (_, row) => {
        const sector = lookup?.sector(row.sectorCode);
        return sector ? label(sector) : row.sectorCode;
      },
    },
    {
      title: t("rollover.colDecision"),
      key: "decision",
      width: 100,
      render: (_, row) =>
        row.decision === "accepted" ? (
          <Tag color="green">{t("rollover.accepted")}</Tag>
        ) : (
          <Tag color="red">{t("rollover.rejected")}</Tag>
        ),
    },
    { title: t("rollover.colNote"), dataIndex: "note", key: "note" },
    {
      title: t("rollover.colDecidedAt"),
      key: "decidedAt",
      width: 150,
      render: (_, row) => formatShanghaiTime(row.decidedAt),
    },
  ];
  return (
    <Table<Recorded>
      size="small"
      rowKey="projectId"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("rollover.noDecisions")} />,
      }}
    />
  );
}
