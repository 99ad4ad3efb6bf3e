import { Descriptions, Drawer, Flex, Table, Timeline, Typography } from "antd";
import type { Me } from "../../../../../src/domain/contracts/auth.js";
import type { Application } from "../../../../../src/domain/contracts/incentives.js";
import { EVIDENCE_KIND_LABELS } from "../../../../../src/domain/incentives/application-rules.js";
import { AWARD_LEVEL_LABELS } from "../../../../../src/domain/incentives/terms.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { formatShanghaiTime } from "../../../lib/business-date.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useApplication } from "../api/use-application.js";
import { formatBytes } from "../utils/evidence-file.js";
import { formatYuan } from "../utils/yuan-amount.js";
import { ApplicationActions } from "./ApplicationActions.js";
import { ApplicationStatusTag } from "./StatusTags.js";
import type { MessageKey } from "../../../lib/i18n/index.js";

const EVENT_KEYS: Record<string, MessageKey> = {
  submitted: "inc.event.submitted",
  accepted: "inc.event.accepted",
  returned: "inc.event.returned",
  resubmitted: "inc.event.resubmitted",
  withdrawn: "inc.event.withdrawn",
  approved: "inc.event.approved",
  rejected: "inc.event.rejected",
};
const ROLE_KEYS: Record<string, MessageKey> = {
  owner: "inc.role.owner",
  district: "inc.role.district",
  department: "inc.role.department",
  city: "inc.role.city",
};

/** One application: its claim, its documents, its history, and what the caller may do next. */
export function ApplicationDrawer({
  id,
  me,
  onClose,
}: {
  id: number | null;
  me: Me | null | undefined;
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const one = useApplication(id);
  const a: Application | undefined = id === null ? undefined : one.data;
  const review = (v: string | null) =>
    v ? t(v === "accepted" ? "inc.review.accepted" : "inc.review.returned") : t("inc.review.pending");
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={800}
      title={id ? t("inc.detail.title", { id }) : ""}
      destroyOnHidden
    >
      {one.isError && <ErrorState error={one.error} onRetry={() => void one.refetch()} />}
      {a && (
        <Flex vertical gap={16}>
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: "clause", label: t("inc.col.clause"), children: `${a.clause} ${a.clauseZh}`, span: 2 },
              { key: "project", label: t("inc.col.project"), children: a.project.name, span: 2 },
              { key: "applicant", label: t("inc.col.applicant"), children: a.applicant.name, span: 2 },
              {
                key: "status",
                label: t("inc.col.status"),
                children: <ApplicationStatusTag status={a.status} />,
              },
              {
                key: "level",
                label: t("inc.quote.level"),
                children: a.level ? label(AWARD_LEVEL_LABELS[a.level]) : "—",
              },
              {
                key: "base",
                label: t("inc.col.base"),
                children: `${formatYuan(a.baseFen)} ${t("inc.yuan")}`,
              },
              {
                key: "sme",
                label: t("inc.detail.sme"),
                children: t(a.applicantIsSme ? "inc.detail.yes" : "inc.detail.no"),
              },
              { key: "district", label: t("inc.detail.districtReview"), children: review(a.districtReview) },
              {
                key: "department",
                label: t("inc.detail.departmentReview"),
                children: review(a.departmentReview),
              },
              {
                key: "approved",
                label: t("inc.col.approved"),
                children: a.approvedFen ? `${formatYuan(a.approvedFen)} ${t("inc.yuan")}` : "—",
              },
              { key: "reason", label: t("inc.detail.decisionReason"), children: a.decisionReason || "—" },
              { key: "note", label: t("inc.apply.note"), children: a.note || "—", span: 2 },
            ]}
          />
          <Table
            size="small"
            rowKey="sha256"
            pagination={false}
            title={() => t("inc.apply.evidence")}
            dataSource={a.evidence}
            columns={[
              { key: "name", title: t("inc.evidence.name"), dataIndex: "name" },
              {
                key: "kind",
                title: t("inc.evidence.kind"),
                render: (_v, e) => label(EVIDENCE_KIND_LABELS[e.kind]),
              },
              { key: "size", title: t("inc.evidence.size"), render: (_v, e) => formatBytes(e.size) },
              {
                key: "sha",
                title: "SHA-256",
                render: (_v, e) => (
                  <Typography.Text code copyable={{ text: e.sha256 }} style={{ fontSize: 11 }}>
                    {e.sha256.slice(0, 16)}…
                  </Typography.Text>
                ),
              },
            ]}
          />
          <div>
            <Typography.Title level={5}>{t("inc.detail.history")}</Typography.Title>
            <Timeline
              items={a.events.map((e, i) => ({
                key: i,
                content: (
                  <Flex vertical>
                    <span>
                      {t(EVENT_KEYS[e.kind] ?? "inc.event.other")} ·{" "}
                      {e.role ? t(ROLE_KEYS[e.role] ?? "inc.role.city") : ""} {e.by ?? ""}
                      {e.amountFen ? ` · ${formatYuan(e.amountFen)} ${t("inc.yuan")}` : ""}
                    </span>
                    {e.reason && <Typography.Text type="secondary">{e.reason}</Typography.Text>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatShanghaiTime(e.at)}
                    </Typography.Text>
                  </Flex>
                ),
              }))}
            />
          </div>
          <ApplicationActions application={a} me={me} />
        </Flex>
      )}
    </Drawer>
  );
}
