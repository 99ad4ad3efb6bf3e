import { Flex, Table, Tag, Typography, type TableColumnsType } from "antd";
import type { z } from "zod";
import type { auditEntrySchema } from "../../../../../src/domain/contracts/audit.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatShanghaiDateTime } from "../../../lib/shanghai-time.js";
import { actorKind, auditActionKey, auditEntityKey } from "../utils/audit-vocabulary.js";
import { AuditEntryDetail } from "./AuditEntryDetail.js";
import { OutcomeTag } from "./OutcomeTag.js";

type AuditEntry = z.infer<typeof auditEntrySchema>;

const mono = { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", fontSize: 12 };

/** The entries, newest first; each row opens up to show its before/after difference. */
export function AuditTable({ entries, loading }: { entries: AuditEntry[]; loading: boolean }) {
  const { t } = useI18n();
  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t("audit.col.seq"),
      dataIndex: "seq",
      width: 80,
      align: "right",
      render: (seq: number) => <span style={mono}>{seq}</span>,
    },
    {
      title: t("audit.col.at"),
      dataIndex: "at",
      width: 170,
      render: (at: string) => <span style={{ whiteSpace: "nowrap" }}>{formatShanghaiDateTime(at)}</span>,
    },
    {
      title: t("audit.col.actor"),
      key: "actor",
      width: 150,
      render: (_, entry) => {
        const kind = actorKind(entry);
        if (kind === "user") return entry.actorUsername;
        return (
          <Typography.Text type="secondary">
            {kind === "system" ? t("audit.system") : t("audit.anonymous")}
          </Typography.Text>
        );
      },
    },
    {
      title: t("audit.col.ip"),
      dataIndex: "clientIp",
      width: 140,
      render: (ip: string) => <span style={mono}>{ip}</span>,
    },
    {
      title: t("audit.col.action"),
      dataIndex: "action",
      render: (action: string) => {
        const key = auditActionKey(action);
        return (
          <Flex vertical>
            <span>{key ? t(key) : action}</span>
            <Typography.Text type="secondary" style={mono}>
              {action}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      title: t("audit.col.entity"),
      key: "entity",
      render: (_, entry) => {
        const key = auditEntityKey(entry.entityType);
        return (
          <span>
            <Tag style={{ marginInlineEnd: 6 }}>{key ? t(key) : entry.entityType}</Tag>
            {entry.entityId && <span style={mono}>#{entry.entityId}</span>}
          </span>
        );
      },
    },
    {
      title: t("audit.col.outcome"),
      dataIndex: "outcome",
      width: 100,
      render: (outcome: string) => <OutcomeTag outcome={outcome} />,
    },
  ];
  return (
    <Table<AuditEntry>
      rowKey="seq"
      size="middle"
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={false}
      expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
      locale={{ emptyText: t("audit.empty") }}
    />
  );
}
