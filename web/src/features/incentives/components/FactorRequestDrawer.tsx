import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  Select,
  Tag,
  Timeline,
  Typography,
} from "antd";
import type { Me } from "../../../../../src/domain/contracts/auth.js";
import type { FactorRequest } from "../../../../../src/domain/contracts/incentives.js";
import {
  FACTOR_STATUS_LABELS,
  type FactorStatus,
} from "../../../../../src/domain/incentives/factor-rules.js";
import { FACTOR_TYPE_LABELS } from "../../../../../src/domain/incentives/terms.js";
import { hasSessionPermission } from "../../../api/session.js";
import { BusinessDatePicker } from "../../../components/BusinessDatePicker.js";
import { formatShanghaiTime } from "../../../lib/business-date.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useFactorEvent } from "../api/use-factor-event.js";
import { FactorStatusTag } from "./StatusTags.js";

interface EventValues {
  status?: FactorStatus;
  dueDate?: string | null;
  comment: string;
}

const HANDLER_MOVES: Partial<Record<FactorStatus, FactorStatus[]>> = {
  open: ["in_progress", "resolved", "declined"],
  in_progress: ["resolved", "declined"],
};

/** One factor request: where it went, its history, and a comment, status or due date from the caller. */
export function FactorRequestDrawer({
  request,
  me,
  onClose,
}: {
  request: FactorRequest | null;
  me: Me | null | undefined;
  onClose: () => void;
}) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EventValues>();
  const update = useFactorEvent();
  const r = request;
  const handler = hasSessionPermission(me, "factors.handle");
  const owner = hasSessionPermission(me, "incentives.apply");
  const moves = r
    ? handler
      ? (HANDLER_MOVES[r.status] ?? [])
      : owner && ["open", "in_progress"].includes(r.status)
        ? ["withdrawn" as const]
        : []
    : [];
  const submit = (v: EventValues) =>
    r &&
    update.mutate(
      {
        id: r.id,
        body: {
          comment: v.comment,
          ...(v.status ? { status: v.status } : {}),
          ...(v.dueDate ? { dueDate: v.dueDate } : {}),
        },
      },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t("inc.factors.updated"));
        },
      },
    );
  return (
    <Drawer open={r !== null} onClose={onClose} size={720} title={r?.title ?? ""} destroyOnHidden>
      {r && (
        <Flex vertical gap={16}>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              {
                key: "factor",
                label: t("inc.factors.factor"),
                children: `${r.clause} ${label(FACTOR_TYPE_LABELS[r.factor])}`,
              },
              { key: "project", label: t("inc.col.project"), children: r.project.name },
              { key: "unit", label: t("inc.factors.unit"), children: r.responsibleUnit },
              {
                key: "due",
                label: t("inc.factors.due"),
                children: (
                  <>
                    {r.dueDate} {r.overdue && <Tag color="red">{t("inc.factors.overdue")}</Tag>}
                  </>
                ),
              },
              { key: "status", label: t("inc.col.status"), children: <FactorStatusTag status={r.status} /> },
              { key: "description", label: t("inc.factors.description"), children: r.description },
              { key: "result", label: t("inc.factors.result"), children: r.result || "—" },
            ]}
          />
          <Timeline
            items={r.events.map((e, i) => ({
              key: i,
              content: (
                <Flex vertical>
                  <span>
                    {e.status
                      ? label(FACTOR_STATUS_LABELS[e.status as FactorStatus])
                      : e.dueDate
                        ? t("inc.factors.newDue", { date: e.dueDate })
                        : t("inc.factors.comment")}
                    {" · "}
                    {e.by ?? ""}
                  </span>
                  <Typography.Text type="secondary">{e.text}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatShanghaiTime(e.at)}
                  </Typography.Text>
                </Flex>
              ),
            }))}
          />
          {!me?.readOnly && (
            <Form<EventValues> form={form} layout="vertical" onFinish={submit}>
              {update.isError && (
                <Alert
                  type="error"
                  showIcon
                  title={describeError(update.error, language).message}
                  style={{ marginBottom: 12 }}
                />
              )}
              {moves.length > 0 && (
                <Form.Item name="status" label={t("inc.factors.newStatus")}>
                  <Select
                    allowClear
                    options={moves.map((s) => ({ value: s, label: label(FACTOR_STATUS_LABELS[s]) }))}
                  />
                </Form.Item>
              )}
              {handler && !["resolved", "declined", "withdrawn"].includes(r.status) && (
                <Form.Item name="dueDate" label={t("inc.factors.changeDue")}>
                  <BusinessDatePicker />
                </Form.Item>
              )}
              <Form.Item
                name="comment"
                label={t("inc.factors.comment")}
                rules={[{ required: true, min: 2, message: t("inc.factors.commentRequired") }]}
              >
                <Input.TextArea rows={3} maxLength={5000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={update.isPending}>
                {t("inc.factors.record")}
              </Button>
            </Form>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
