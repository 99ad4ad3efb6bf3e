import { Button, Card, Flex, Table, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { WhitelistEntry } from "../../../../../src/domain/contracts/financing.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { levelLabel, stageLabel } from "../../../lib/domain-labels.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";
import { useWhitelist } from "../api/use-whitelist.js";
import { DecisionDialog } from "./DecisionDialog.js";
import { DecisionTag } from "./StatusTags.js";

const wan = (value: string) => formatFen(value, "wan");

/** `/credit`: a bank's view of the published whitelist, with gaps and its own decisions, and a way to record one. */
export function CreditPage() {
  const { t, label } = useI18n();
  const list = useWhitelist("published");
  const [deciding, setDeciding] = useState<WhitelistEntry | null>(null);

  const columns: TableColumnsType<WhitelistEntry> = [
    {
      title: t("credit.colProject"),
      key: "project",
      render: (_, e) => (
        <Flex vertical>
          <Link to={`/projects/${e.project.id}`}>{e.project.name}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {label(stageLabel(e.project.stage))} · {label(levelLabel(e.project.level))}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t("credit.colOwner"), key: "owner", render: (_, e) => e.project.ownerName },
    {
      title: t("credit.colTotal"),
      key: "total",
      align: "right",
      render: (_, e) => wan(e.project.totalInvestmentFen),
    },
    {
      title: t("credit.colSecured"),
      key: "secured",
      align: "right",
      render: (_, e) => wan(e.project.securedFen),
    },
    {
      title: t("credit.colGap"),
      key: "gap",
      align: "right",
      render: (_, e) => <Typography.Text type="danger">{wan(e.project.gapFen)}</Typography.Text>,
    },
    {
      title: t("credit.colMine"),
      key: "mine",
      render: (_, e) => {
        const mine = e.decisions[0];
        return mine ? (
          <DecisionTag decision={mine} />
        ) : (
          <Typography.Text type="secondary">{t("credit.none")}</Typography.Text>
        );
      },
    },
    {
      title: t("credit.colActions"),
      key: "actions",
      render: (_, e) => (
        <Button
          size="small"
          type="primary"
          aria-label={t("whitelist.actionOn", { action: t("credit.decide"), name: e.project.name })}
          onClick={() => setDeciding(e)}
        >
          {t("credit.decide")}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageTitle title={t("credit.title")} subtitle={t("credit.subtitle")} />
      <Card size="small" styles={{ body: { padding: 0 } }}>
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<WhitelistEntry>
            size="small"
            rowKey="id"
            loading={list.isPending}
            columns={columns}
            dataSource={list.data?.items ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t("credit.empty") }}
          />
        )}
      </Card>
      <DecisionDialog entry={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
