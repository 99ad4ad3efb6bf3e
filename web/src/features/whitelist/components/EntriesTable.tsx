import { Button, Flex, Popconfirm, Table, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router-dom";
import type { WhitelistEntry } from "../../../../../src/domain/contracts/financing.js";
import { levelLabel, stageLabel } from "../../../lib/domain-labels.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";
import { ReasonList } from "./ReasonList.js";
import { DecisionList, EntryStatusTag } from "./StatusTags.js";

interface EntriesTableProps {
  entries: WhitelistEntry[];
  loading: boolean;
  busy: boolean;
  onConfirm: (entry: WhitelistEntry) => void;
  onPublish: (entry: WhitelistEntry) => void;
  onRemove: (entry: WhitelistEntry) => void;
}

/** The city's list: project, gap, status, and the actions each status allows; reasons and banks' decisions below each row. */
export function EntriesTable({ entries, loading, busy, onConfirm, onPublish, onRemove }: EntriesTableProps) {
  const { t, label } = useI18n();
  const on = (action: string, e: WhitelistEntry) => t("whitelist.actionOn", { action, name: e.project.name });
  const columns: TableColumnsType<WhitelistEntry> = [
    {
      title: t("whitelist.colProject"),
      key: "project",
      render: (_, e) => (
        <Flex vertical>
          <Link to={`/projects/${e.project.id}`}>{e.project.name}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {label(stageLabel(e.project.stage))} · {label(levelLabel(e.project.level))} ·{" "}
            {e.project.ownerName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("whitelist.colStatus"),
      key: "status",
      render: (_, e) => <EntryStatusTag status={e.status} />,
    },
    {
      title: t("whitelist.colGap"),
      key: "gap",
      align: "right",
      render: (_, e) => formatFen(e.project.gapFen, "wan"),
    },
    {
      title: t("whitelist.colGapAtProposal"),
      key: "gapAtProposal",
      align: "right",
      render: (_, e) => formatFen(e.gapFenAtProposal, "wan"),
    },
    { title: t("whitelist.colNote"), key: "note", render: (_, e) => e.note || t("common.none") },
    {
      title: t("whitelist.colActions"),
      key: "actions",
      render: (_, e) => (
        <Flex gap={8} wrap>
          {e.status === "candidate" && (
            <Button
              size="small"
              type="primary"
              disabled={busy}
              aria-label={on(t("whitelist.confirm"), e)}
              onClick={() => onConfirm(e)}
            >
              {t("whitelist.confirm")}
            </Button>
          )}
          {e.status === "confirmed" && (
            <Popconfirm title={t("whitelist.publish")} onConfirm={() => onPublish(e)}>
              <Button size="small" type="primary" disabled={busy} aria-label={on(t("whitelist.publish"), e)}>
                {t("whitelist.publish")}
              </Button>
            </Popconfirm>
          )}
          {e.status !== "removed" && (
            <Button
              size="small"
              danger
              disabled={busy}
              aria-label={on(t("whitelist.remove"), e)}
              onClick={() => onRemove(e)}
            >
              {t("whitelist.remove")}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Table<WhitelistEntry>
      size="small"
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={entries}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t("whitelist.empty") }}
      expandable={{
        expandedRowRender: (e) => (
          <Flex gap={32} wrap>
            <div>
              <Typography.Text strong>{t("whitelist.colReasons")}</Typography.Text>
              <ReasonList reasons={e.reasons} />
            </div>
            <div>
              <Typography.Text strong>{t("whitelist.colDecisions")}</Typography.Text>
              <DecisionList decisions={e.decisions} />
            </div>
          </Flex>
        ),
      }}
    />
  );
}
