import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Empty, Flex, Form, Input, Modal, Segmented, Select, Table, Tag } from "antd";
import { useState } from "react";
import type { Me } from "../../../../../src/domain/contracts/auth.js";
import type { Clause, FactorRequest } from "../../../../../src/domain/contracts/incentives.js";
import { FACTOR_STATUS_LABELS, FACTOR_STATUSES } from "../../../../../src/domain/incentives/factor-rules.js";
import { FACTOR_TYPE_LABELS } from "../../../../../src/domain/incentives/terms.js";
import { hasSessionPermission } from "../../../api/session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useFactorRequests } from "../api/use-factor-requests.js";
import { useRaiseFactorRequest, type FactorRequestBody } from "../api/use-raise-factor-request.js";
import { FactorRequestDrawer } from "./FactorRequestDrawer.js";
import { ProjectPicker } from "./ProjectPicker.js";
import { FactorStatusTag } from "./StatusTags.js";

type Filter = "active" | "all" | FactorRequest["status"];

/** Requests for land, facilities, power and fee waivers, routed to the unit responsible and tracked. */
export function FactorRequestsPanel({ clauses, me }: { clauses: Clause[]; me: Me | null | undefined }) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>("active");
  const [openId, setOpenId] = useState<number | null>(null);
  const [raising, setRaising] = useState(false);
  const [form] = Form.useForm<FactorRequestBody>();
  const list = useFactorRequests(filter === "all" ? undefined : filter);
  const raise = useRaiseFactorRequest();
  const factorClauses = clauses.filter((c) => c.inForce?.terms.kind === "factor");
  const canRaise = hasSessionPermission(me, "incentives.apply") && !me?.readOnly;
  const open = list.data?.find((r) => r.id === openId) ?? null;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" wrap gap={8}>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: "active", label: t("inc.factors.active") },
            { value: "all", label: t("inc.applications.all") },
            ...FACTOR_STATUSES.map((s) => ({ value: s, label: label(FACTOR_STATUS_LABELS[s]) })),
          ]}
        />
        {canRaise && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)}>
            {t("inc.factors.raise")}
          </Button>
        )}
      </Flex>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<FactorRequest>
          size="small"
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data ?? []}
          locale={{ emptyText: <Empty description={t("inc.factors.empty")} /> }}
          onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: "pointer" } })}
          columns={[
            { key: "title", title: t("inc.factors.title"), dataIndex: "title" },
            {
              key: "factor",
              title: t("inc.factors.factor"),
              render: (_v, r) => `${r.clause} ${label(FACTOR_TYPE_LABELS[r.factor])}`,
            },
            { key: "project", title: t("inc.col.project"), render: (_v, r) => r.project.name },
            { key: "unit", title: t("inc.factors.unit"), dataIndex: "responsibleUnit" },
            {
              key: "due",
              title: t("inc.factors.due"),
              render: (_v, r) => (
                <>
                  {r.dueDate} {r.overdue && <Tag color="red">{t("inc.factors.overdue")}</Tag>}
                </>
              ),
            },
            {
              key: "status",
              title: t("inc.col.status"),
              render: (_v, r) => <FactorStatusTag status={r.status} />,
            },
          ]}
        />
      )}
      <FactorRequestDrawer request={open} me={me} onClose={() => setOpenId(null)} />
      <Modal
        open={raising}
        title={t("inc.factors.raise")}
        onCancel={() => setRaising(false)}
        onOk={() => form.submit()}
        confirmLoading={raise.isPending}
        destroyOnHidden
      >
        {raise.isError && (
          <Alert type="error" showIcon title={describeError(raise.error, language).message} />
        )}
        <Form<FactorRequestBody>
          form={form}
          layout="vertical"
          onFinish={(v) =>
            raise.mutate(v, {
              onSuccess: (saved) => {
                void message.success(t("inc.factors.raised", { unit: saved.responsibleUnit }));
                form.resetFields();
                setRaising(false);
              },
            })
          }
        >
          <Form.Item
            name="projectId"
            label={t("inc.apply.project")}
            rules={[{ required: true, message: t("inc.apply.projectRequired") }]}
          >
            <ProjectPicker />
          </Form.Item>
          <Form.Item
            name="clause"
            label={t("inc.factors.factor")}
            rules={[{ required: true, message: t("inc.quote.clauseRequired") }]}
          >
            <Select options={factorClauses.map((c) => ({ value: c.code, label: `${c.code} ${c.zh}` }))} />
          </Form.Item>
          <Form.Item
            name="title"
            label={t("inc.factors.title")}
            rules={[{ required: true, min: 2, message: t("inc.factors.titleRequired") }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="description"
            label={t("inc.factors.description")}
            rules={[{ required: true, min: 2, message: t("inc.factors.descriptionRequired") }]}
          >
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
