import { PlusOutlined } from "@ant-design/icons";
import { Button, Empty, Flex, Segmented, Table } from "antd";
import { useState } from "react";
import type { Me } from "../../../../../src/domain/contracts/auth.js";
import type { Application, Clause } from "../../../../../src/domain/contracts/incentives.js";
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
} from "../../../../../src/domain/incentives/application-rules.js";
import { hasSessionPermission } from "../../../api/session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { formatShanghaiTime } from "../../../lib/business-date.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useApplications } from "../api/use-applications.js";
import { formatYuan } from "../utils/yuan-amount.js";
import { ApplicationDrawer } from "./ApplicationDrawer.js";
import { ApplicationFormDrawer } from "./ApplicationFormDrawer.js";
import { ApplicationStatusTag } from "./StatusTags.js";

type Filter = "awaiting_me" | "all" | Application["status"];

/** The caller's queue (what waits on its unit) and every application in its scope, with the form to apply. */
export function ApplicationsPanel({ clauses, me }: { clauses: Clause[]; me: Me | null | undefined }) {
  const { t, label } = useI18n();
  const [filter, setFilter] = useState<Filter>("awaiting_me");
  const [openId, setOpenId] = useState<number | null>(null);
  const [applying, setApplying] = useState(false);
  const list = useApplications(filter === "all" ? undefined : filter);
  const canApply = hasSessionPermission(me, "incentives.apply") && !me?.readOnly;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" wrap gap={8}>
        <Segmented<Filter>
          aria-label={t("inc.applications.filter")}
          value={filter}
          onChange={setFilter}
          options={[
            { value: "awaiting_me", label: t("inc.applications.awaitingMe") },
            { value: "all", label: t("inc.applications.all") },
            ...APPLICATION_STATUSES.map((s) => ({ value: s, label: label(APPLICATION_STATUS_LABELS[s]) })),
          ]}
        />
        {canApply && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
            {t("inc.apply.open")}
          </Button>
        )}
      </Flex>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Application>
          size="small"
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data ?? []}
          locale={{ emptyText: <Empty description={t("inc.applications.empty")} /> }}
          onRow={(a) => ({ onClick: () => setOpenId(a.id), style: { cursor: "pointer" } })}
          columns={[
            { key: "id", title: t("inc.col.id"), dataIndex: "id", width: 70 },
            { key: "clause", title: t("inc.col.clause"), render: (_v, a) => a.clause, width: 80 },
            { key: "project", title: t("inc.col.project"), render: (_v, a) => a.project.name },
            { key: "applicant", title: t("inc.col.applicant"), render: (_v, a) => a.applicant.name },
            {
              key: "base",
              title: t("inc.col.base"),
              align: "right",
              render: (_v, a) => formatYuan(a.baseFen),
            },
            {
              key: "status",
              title: t("inc.col.status"),
              render: (_v, a) => <ApplicationStatusTag status={a.status} />,
            },
            {
              key: "approved",
              title: t("inc.col.approved"),
              align: "right",
              render: (_v, a) => (a.approvedFen ? formatYuan(a.approvedFen) : "—"),
            },
            {
              key: "at",
              title: t("inc.col.submittedAt"),
              render: (_v, a) => formatShanghaiTime(a.submittedAt),
            },
            {
              key: "open",
              title: "",
              render: (_v, a) => (
                <Button size="small" type="link" onClick={() => setOpenId(a.id)}>
                  {t("inc.applications.open")}
                </Button>
              ),
            },
          ]}
        />
      )}
      <ApplicationDrawer id={openId} me={me} onClose={() => setOpenId(null)} />
      <ApplicationFormDrawer open={applying} clauses={clauses} onClose={() => setApplying(false)} />
    </Flex>
  );
}
