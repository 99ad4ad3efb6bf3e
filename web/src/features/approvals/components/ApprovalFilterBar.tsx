import { ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { AutoComplete, Button, Col, Flex, Form, Row, Select } from "antd";
import {
  APPROVAL_KIND_LABELS,
  APPROVAL_KINDS,
  APPROVAL_STATUS_LABELS,
  APPROVAL_STATUSES,
} from "../../../../../src/domain/approvals/rules.js";
import { useReference } from "../../../api/use-reference.js";
import { districtDisplayName } from "../../../lib/district-name.js";
import { useI18n } from "../../../lib/i18n/index.js";
import type { ApprovalFilters } from "../utils/approval-filters.js";

interface ApprovalFilterBarProps {
  filters: ApprovalFilters;
  /** Approving bodies to suggest (those of the summary's period). */
  bodies: readonly string[];
  onSearch: (filters: ApprovalFilters) => void;
}

/** Status, kind, approving body, district and past-target filters of the board. */
export function ApprovalFilterBar({ filters, bodies, onSearch }: ApprovalFilterBarProps) {
  const { t, label, language } = useI18n();
  const [form] = Form.useForm<ApprovalFilters>();
  const reference = useReference();
  const span = { xs: 24, md: 12, xl: 8 };
  return (
    <Form<ApprovalFilters>
      form={form}
      name="approval-filters"
      role="search"
      aria-label={t("approvals.filters")}
      initialValues={filters}
      onFinish={(values) => onSearch({ ...values, body: values.body?.trim() || undefined })}
    >
      <Row gutter={16}>
        <Col {...span}>
          <Form.Item name="status" label={t("approvals.filter.status")} style={{ marginBottom: 12 }}>
            <Select
              options={[
                { value: "open", label: t("approvals.filter.open") },
                { value: "done", label: t("approvals.filter.done") },
                ...APPROVAL_STATUSES.map((s) => ({ value: s, label: label(APPROVAL_STATUS_LABELS[s]) })),
                { value: "all", label: t("approvals.filter.all") },
              ]}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="kind" label={t("approvals.filter.kind")} style={{ marginBottom: 12 }}>
            <Select
              allowClear
              placeholder={t("approvals.filter.kind")}
              options={APPROVAL_KINDS.map((k) => ({ value: k, label: label(APPROVAL_KIND_LABELS[k]) }))}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="overdue" label={t("approvals.filter.overdue")} style={{ marginBottom: 12 }}>
            <Select
              allowClear
              placeholder={t("approvals.filter.overdue")}
              options={[
                { value: "true", label: t("approvals.filter.overdueOnly") },
                { value: "false", label: t("approvals.filter.notOverdue") },
              ]}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="body" label={t("approvals.filter.body")} style={{ marginBottom: 12 }}>
            <AutoComplete
              allowClear
              placeholder={t("approvals.filter.body")}
              options={bodies.map((b) => ({ value: b }))}
              filterOption={(input, option) => String(option?.value ?? "").includes(input.trim())}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="district" label={t("approvals.filter.district")} style={{ marginBottom: 12 }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              placeholder={t("approvals.filter.district")}
              options={(reference.data?.districts ?? []).map((d) => ({
                value: d.code,
                label: districtDisplayName(d, language),
              }))}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Flex justify="flex-end" gap={8}>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                const reset: ApprovalFilters = { status: "open" };
                form.resetFields();
                form.setFieldsValue({
                  ...reset,
                  kind: undefined,
                  body: undefined,
                  district: undefined,
                  overdue: undefined,
                });
                onSearch(reset);
              }}
            >
              {t("approvals.filter.reset")}
            </Button>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              {t("approvals.filter.search")}
            </Button>
          </Flex>
        </Col>
      </Row>
    </Form>
  );
}
