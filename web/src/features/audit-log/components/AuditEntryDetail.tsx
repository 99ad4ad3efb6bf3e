import { Descriptions, Flex, Switch, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import type { z } from "zod";
import type { auditEntrySchema } from "../../../../../src/domain/contracts/audit.js";
import { useI18n, type MessageKey } from "../../../lib/i18n/index.js";
import { diffJson, formatLeaf, type DiffChange, type DiffRow } from "../utils/json-diff.js";

type AuditEntry = z.infer<typeof auditEntrySchema>;

const CHANGE_STYLE: Record<DiffChange, { key: MessageKey; color: string; background?: string }> = {
  added: { key: "audit.diff.added", color: "green", background: "#f6ffed" },
  removed: { key: "audit.diff.removed", color: "red", background: "#fff1f0" },
  changed: { key: "audit.diff.changed", color: "orange", background: "#fffbe6" },
  unchanged: { key: "audit.diff.unchanged", color: "default" },
};

const cellText = { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", fontSize: 12 };

/** An entry opened up: what changed field by field (before → after), its details, and its chain links. */
export function AuditEntryDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const rows = diffJson(entry.before, entry.after);
  const unchanged = rows.filter((r) => r.change === "unchanged").length;
  const shown = showUnchanged ? rows : rows.filter((r) => r.change !== "unchanged");

  const columns: TableColumnsType<DiffRow> = [
    {
      title: t("audit.diff.field"),
      dataIndex: "path",
      width: "26%",
      render: (path: string, row) => (
        <Flex gap={6} align="center">
          <Tag color={CHANGE_STYLE[row.change].color} style={{ marginInlineEnd: 0 }}>
            {t(CHANGE_STYLE[row.change].key)}
          </Tag>
          <span style={cellText}>{path}</span>
        </Flex>
      ),
    },
    {
      title: t("audit.diff.before"),
      dataIndex: "before",
      render: (value: unknown, row) => (
        <span
          style={{
            ...cellText,
            textDecoration: row.change === "changed" ? "line-through" : undefined,
            color: "#8c8c8c",
          }}
        >
          {formatLeaf(value)}
        </span>
      ),
    },
    {
      title: t("audit.diff.after"),
      dataIndex: "after",
      render: (value: unknown) => <span style={cellText}>{formatLeaf(value)}</span>,
    },
  ];

  return (
    <Flex vertical gap={12} style={{ padding: "4px 8px 8px" }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t("audit.diff.title")}</Typography.Text>
        {unchanged > 0 && (
          <Flex gap={6} align="center">
            <Switch
              size="small"
              checked={showUnchanged}
              onChange={setShowUnchanged}
              aria-label={t("audit.diff.showUnchanged", { n: unchanged })}
            />
            <Typography.Text type="secondary">
              {t("audit.diff.showUnchanged", { n: unchanged })}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t("audit.diff.none")}</Typography.Text>
      ) : (
        <Table<DiffRow>
          size="small"
          rowKey="path"
          columns={columns}
          dataSource={shown}
          pagination={false}
          onRow={(row) => ({ style: { background: CHANGE_STYLE[row.change].background } })}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 120 } }}
        items={[
          ...(entry.details !== null && entry.details !== undefined
            ? [
                {
                  key: "details",
                  label: t("audit.details"),
                  children: (
                    <pre style={{ ...cellText, margin: 0, whiteSpace: "pre-wrap" }}>
                      {JSON.stringify(entry.details, null, 2)}
                    </pre>
                  ),
                },
              ]
            : []),
          { key: "hash", label: t("audit.hash"), children: <span style={cellText}>{entry.hash}</span> },
          {
            key: "prev",
            label: t("audit.prevHash"),
            children: <span style={cellText}>{entry.prevHash}</span>,
          },
          { key: "algorithm", label: t("audit.algorithm"), children: entry.algorithm.toUpperCase() },
        ]}
      />
    </Flex>
  );
}
