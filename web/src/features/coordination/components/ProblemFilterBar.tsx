import { ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { Button, Col, Flex, Form, Row, Select } from "antd";
import {
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_STATUSES,
  PROBLEM_STATUS_LABELS,
} from "../../../../../src/domain/dispatch/problems.js";
import { useReference } from "../../../api/use-reference.js";
import { districtDisplayName } from "../../../lib/district-name.js";
import { useI18n } from "../../../lib/i18n/index.js";
import type { ProblemFilters } from "../utils/problem-filters.js";

type FormValues = Omit<ProblemFilters, "tier">;

interface ProblemFilterBarProps {
  filters: ProblemFilters;
  onSearch: (filters: ProblemFilters) => void;
}

/** Status, category, overdue and district; the tier is picked above the table. */
export function ProblemFilterBar({ filters, onSearch }: ProblemFilterBarProps) {
  const { t, label, language } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const reference = useReference();
  const span = { xs: 24, md: 12, xl: 6 };
  const { tier, ...initial } = filters;
  return (
    <Form<FormValues>
      form={form}
      name="problem-filters"
      role="search"
      aria-label={t("coordination.filters")}
      layout="horizontal"
      initialValues={initial}
      onFinish={(values) => onSearch({ ...values, tier })}
    >
      <Row gutter={16}>
        <Col {...span}>
          <Form.Item name="status" label={t("coordination.filter.status")} style={{ marginBottom: 12 }}>
            <Select
              options={[
                { value: "unresolved", label: t("coordination.filter.unresolved") },
                ...PROBLEM_STATUSES.map((s) => ({ value: s, label: label(PROBLEM_STATUS_LABELS[s]) })),
                { value: "all", label: t("coordination.filter.allStatuses") },
              ]}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="category" label={t("coordination.filter.category")} style={{ marginBottom: 12 }}>
            <Select
              allowClear
              placeholder={t("coordination.filter.category")}
              options={PROBLEM_CATEGORIES.map((c) => ({
                value: c,
                label: label(PROBLEM_CATEGORY_LABELS[c]),
              }))}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="overdue" label={t("coordination.filter.overdue")} style={{ marginBottom: 12 }}>
            <Select
              allowClear
              placeholder={t("coordination.filter.overdue")}
              options={[
                { value: "true", label: t("coordination.filter.overdueOnly") },
                { value: "false", label: t("coordination.filter.notOverdue") },
              ]}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item name="district" label={t("coordination.filter.district")} style={{ marginBottom: 12 }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              placeholder={t("coordination.filter.district")}
              options={(reference.data?.districts ?? []).map((d) => ({
                value: d.code,
                label: districtDisplayName(d, language),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Flex justify="flex-end" gap={8}>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.setFieldsValue({
              status: "unresolved",
              category: undefined,
              overdue: undefined,
              district: undefined,
            });
            onSearch({ status: "unresolved", tier });
          }}
        >
          {t("coordination.filter.reset")}
        </Button>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t("coordination.filter.search")}
        </Button>
      </Flex>
    </Form>
  );
}
