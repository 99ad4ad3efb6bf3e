import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Statistic, Table, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { useSession } from "../../../api/use-session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { canEditProject } from "../../../lib/edit-rights.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen, signOfFen } from "../../../lib/money-display.js";
import { useFunding } from "../api/use-funding.js";
import { fundingRows, type FundingRow } from "../utils/funding-rows.js";
import { FundingEditDialog } from "./FundingEditDialog.js";

const wan = (value: string) => formatFen(value, "wan");

/**
 * Planned against secured money per funding source, the gap still to be found (total investment less
 * secured), and for the owner and the city a way to record what is secured.
 */
export function FundingPanel({ project }: { project: ProjectDetail }) {
  const { t, term } = useI18n();
  const { data: me } = useSession();
  const funding = useFunding(project.id);
  const [editing, setEditing] = useState<string | null>(null);
  const editable = canEditProject(me, project.owner.id) && project.stage !== "cancelled";

  if (funding.isError) return <ErrorState error={funding.error} onRetry={() => void funding.refetch()} />;
  const data = funding.data;
  const columns: TableColumnsType<FundingRow> = [
    {
      title: t("funding.colSource"),
      key: "source",
      render: (_, row) => (row.isTotal ? <strong>{t("common.total")}</strong> : term(row.source)),
    },
    { title: t("funding.colPlanned"), key: "planned", align: "right", render: (_, r) => wan(r.plannedFen) },
    { title: t("funding.colSecured"), key: "secured", align: "right", render: (_, r) => wan(r.securedFen) },
    {
      title: t("funding.colGap"),
      key: "gap",
      align: "right",
      render: (_, row) =>
        signOfFen(row.gapFen) > 0 ? (
          <Typography.Text type="danger">{wan(row.gapFen)}</Typography.Text>
        ) : (
          wan(row.gapFen)
        ),
    },
    ...(editable
      ? [
          {
            title: t("funding.colActions"),
            key: "actions",
            align: "right" as const,
            render: (_: unknown, row: FundingRow) =>
              row.isTotal ? null : (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t("funding.editSource", { source: term(row.source) })}
                  onClick={() => setEditing(row.source)}
                >
                  {t("funding.edit")}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t("funding.title")}
      styles={{ body: { padding: 0 } }}
      extra={
        editable && data && data.sources.length < data.availableSources.length ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing("")}>
            {t("funding.add")}
          </Button>
        ) : null
      }
    >
      {data && (
        <Flex gap={24} wrap style={{ padding: "12px 16px" }}>
          <Statistic title={t("funding.total")} value={wan(data.totalInvestmentFen)} />
          <Statistic title={t("funding.secured")} value={wan(data.securedFen)} />
          <Statistic
            title={`${t("funding.gap")} · ${t("funding.gapNote")}`}
            value={wan(data.gapFen)}
            styles={{ content: signOfFen(data.gapFen) > 0 ? { color: "#cf1322" } : {} }}
          />
          {signOfFen(data.unplannedFen) > 0 && (
            <Statistic title={t("funding.unplanned")} value={wan(data.unplannedFen)} />
          )}
        </Flex>
      )}
      <Table<FundingRow>
        size="small"
        rowKey="key"
        loading={funding.isPending}
        columns={columns}
        dataSource={data ? fundingRows(data.sources) : []}
        pagination={false}
        locale={{ emptyText: t("funding.empty") }}
        rowClassName={(row) => (row.isTotal ? "row-total" : "")}
      />
      {data && <FundingEditDialog funding={data} source={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
