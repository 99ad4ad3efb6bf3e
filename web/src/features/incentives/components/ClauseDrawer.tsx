import { Card, Drawer, Flex, Tag, Timeline, Typography } from "antd";
import type { Clause } from "../../../../../src/domain/contracts/incentives.js";
import { CLAUSE_KIND_LABELS } from "../../../../../src/domain/incentives/terms.js";
import { formatShanghaiTime } from "../../../lib/business-date.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { termsSummary } from "../utils/terms-summary.js";
import { ClauseVersionForm } from "./ClauseVersionForm.js";

/** A clause's wording, every version with its dates, and (for the city) the form for a new one. */
export function ClauseDrawer({
  clause,
  canEdit,
  today,
  onClose,
}: {
  clause: Clause | null;
  canEdit: boolean;
  today: string;
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  return (
    <Drawer
      open={clause !== null}
      onClose={onClose}
      size={760}
      title={clause ? `${clause.code} ${clause.group}` : ""}
      destroyOnHidden
    >
      {clause && (
        <Flex vertical gap={16}>
          <Typography.Paragraph>{clause.zh}</Typography.Paragraph>
          <Timeline
            items={clause.versions.map((v) => ({
              key: v.version,
              color: clause.inForce?.version === v.version ? "green" : "gray",
              content: (
                <Flex vertical>
                  <span>
                    {t("inc.clauses.versionLine", {
                      version: v.version,
                      from: v.effectiveFrom,
                      to: v.effectiveTo ?? t("inc.clauses.open"),
                    })}{" "}
                    <Tag>{label(CLAUSE_KIND_LABELS[v.terms.kind])}</Tag>
                    {clause.inForce?.version === v.version && (
                      <Tag color="green">{t("inc.clauses.inForce")}</Tag>
                    )}
                  </span>
                  <span>{termsSummary(v.terms).map(label).join(" · ")}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {v.note} · {v.changedBy ?? t("inc.clauses.plan")} · {formatShanghaiTime(v.at)}
                  </Typography.Text>
                </Flex>
              ),
            }))}
          />
          {canEdit && (
            <Card size="small" title={t("inc.clauses.newVersion")}>
              <ClauseVersionForm clause={clause} today={today} />
            </Card>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
