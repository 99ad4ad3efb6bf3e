import { Alert, Button, Flex, Modal, Table, Tag, Typography, type TableColumnsType } from "antd";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { levelLabel, stageLabel } from "../../../lib/domain-labels.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { conflictRows, type ConflictRow } from "../utils/conflict-rows.js";
import { describeFieldValue, type FieldValueFormat } from "../utils/describe-field-value.js";
import { fieldLabelKey } from "../utils/field-labels.js";
import type { ProjectEdits } from "../utils/project-form-values.js";

interface ConflictDialogProps {
  current: ProjectDetail;
  changedFields: string[];
  edits: ProjectEdits;
  /** The version the refused edits were made on. */
  editedVersion: number;
  reapplying: boolean;
  onReload: () => void;
  onReapply: () => void;
  onClose: () => void;
}

/** A refused stale save: what others changed since, their values against this person's, and the two ways on. */
export function ConflictDialog({
  current,
  changedFields,
  edits,
  editedVersion,
  reapplying,
  onReload,
  onReapply,
  onClose,
}: ConflictDialogProps) {
  const { t, label, term, language } = useI18n();
  const lookup = useReferenceLookup();
  const format: FieldValueFormat = {
    wan: t("unit.wan"),
    none: t("common.none"),
    sourceName: term,
    codeLabel: (kind, code) => {
      switch (kind) {
        case "special": {
          const special = lookup?.special(code);
          return special ? `${code} ${label(special)}` : code;
        }
        case "sector": {
          const sector = lookup?.sector(code);
          return sector ? label(sector) : code;
        }
        case "district": {
          const district = lookup?.district(code);
          return district ? (language === "en" ? district.nameEn : district.name) : code;
        }
        case "level":
          return label(levelLabel(code));
        case "stage":
          return label(stageLabel(code));
      }
    },
  };
  const fieldName = (field: string) => {
    const key = fieldLabelKey(field);
    return key ? t(key) : field;
  };

  const columns: TableColumnsType<ConflictRow> = [
    {
      title: t("conflict.field"),
      key: "field",
      width: 160,
      render: (_, row) => (
        <Flex gap={6} wrap>
          <Typography.Text strong>{fieldName(row.field)}</Typography.Text>
          {row.clash && <Tag color="red">{t("conflict.clash")}</Tag>}
        </Flex>
      ),
    },
    {
      title: t("conflict.theirs", { version: current.version }),
      key: "theirs",
      render: (_, row) => describeFieldValue(row.field, row.theirs, format),
    },
    {
      title: t("conflict.yours"),
      key: "yours",
      render: (_, row) =>
        row.yours === undefined ? (
          <Typography.Text type="secondary">{t("conflict.unchanged")}</Typography.Text>
        ) : (
          describeFieldValue(row.field, row.yours, format)
        ),
    },
  ];
  const rows = conflictRows(changedFields, current, edits);
  const yourFields = Object.keys(edits).map(fieldName).join(t("conflict.listSeparator"));

  return (
    <Modal
      open
      width={820}
      title={t("conflict.title")}
      onCancel={onClose}
      footer={
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={onClose}>{t("editor.cancel")}</Button>
          <Button onClick={onReload}>{t("conflict.reload")}</Button>
          <Button
            type="primary"
            danger={rows.some((row) => row.clash)}
            loading={reapplying}
            onClick={onReapply}
          >
            {t("conflict.reapply")}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Alert
          type="warning"
          showIcon
          title={t("conflict.summary", { edited: editedVersion, current: current.version })}
          description={t("conflict.yourFields", { fields: yourFields || t("common.none") })}
        />
        <Table<ConflictRow>
          size="small"
          rowKey="field"
          columns={columns}
          dataSource={rows}
          pagination={false}
          aria-label={t("conflict.tableLabel")}
          locale={{ emptyText: t("conflict.noFields") }}
        />
        <Typography.Text type="secondary">{t("conflict.help")}</Typography.Text>
      </Flex>
    </Modal>
  );
}
