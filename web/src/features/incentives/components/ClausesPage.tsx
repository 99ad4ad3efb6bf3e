import { Card, Table, Tag } from "antd";
import { useState } from "react";
import type { Clause } from "../../../../../src/domain/contracts/incentives.js";
import { CLAUSE_KIND_LABELS } from "../../../../../src/domain/incentives/terms.js";
import { hasSessionPermission } from "../../../api/session.js";
import { useSession } from "../../../api/use-session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { todayInShanghai } from "../../../lib/business-date.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useClauses } from "../api/use-clauses.js";
import { termsSummary } from "../utils/terms-summary.js";
import { ClauseDrawer } from "./ClauseDrawer.js";

/** `/incentives/clauses`: the plan's support policies as data, each with its versions; the city edits them. */
export function ClausesPage() {
  const { t, label } = useI18n();
  const { data: me } = useSession();
  const clauses = useClauses();
  const [openCode, setOpenCode] = useState<string | null>(null);
  const open = clauses.data?.items.find((c) => c.code === openCode) ?? null;
  return (
    <>
      <PageTitle title={t("inc.clauses.title")} subtitle={t("inc.clauses.subtitle")} />
      <Card size="small">
        {clauses.isError ? (
          <ErrorState error={clauses.error} onRetry={() => void clauses.refetch()} />
        ) : (
          <Table<Clause>
            size="small"
            rowKey="code"
            loading={clauses.isPending}
            dataSource={clauses.data?.items ?? []}
            pagination={false}
            onRow={(c) => ({ onClick: () => setOpenCode(c.code), style: { cursor: "pointer" } })}
            columns={[
              { key: "code", title: t("inc.clauses.code"), dataIndex: "code", width: 80 },
              { key: "group", title: t("inc.clauses.group"), dataIndex: "group", width: 120 },
              {
                key: "kind",
                title: t("inc.clauses.kind"),
                render: (_v, c) => <Tag>{label(CLAUSE_KIND_LABELS[c.kind])}</Tag>,
                width: 110,
              },
              { key: "zh", title: t("inc.clauses.wording"), dataIndex: "zh" },
              {
                key: "terms",
                title: t("inc.clauses.terms"),
                render: (_v, c) => (c.inForce ? termsSummary(c.inForce.terms).map(label).join(" · ") : "—"),
              },
              {
                key: "version",
                title: t("inc.clauses.version"),
                width: 150,
                render: (_v, c) =>
                  c.inForce
                    ? t("inc.clauses.versionShort", {
                        version: c.inForce.version,
                        from: c.inForce.effectiveFrom,
                      })
                    : "—",
              },
            ]}
          />
        )}
      </Card>
      <ClauseDrawer
        clause={open}
        canEdit={hasSessionPermission(me, "policies.manage") && !me?.readOnly}
        today={todayInShanghai()}
        onClose={() => setOpenCode(null)}
      />
    </>
  );
}
