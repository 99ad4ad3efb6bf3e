import { ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useI18n } from "../../../lib/i18n/index.js";
import type { AuditFilters } from "../utils/audit-filters.js";
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  AUDIT_OUTCOMES,
  auditActionKey,
  auditEntityKey,
  auditOutcomeKey,
  type AuditOutcome,
} from "../utils/audit-vocabulary.js";

const WALL_TIME_FORMAT = "YYYY-MM-DD HH:mm:ss";

interface FilterForm {
  range?: [Dayjs | null, Dayjs | null] | null;
  action?: string;
  actor?: string;
  entityType?: string;
  entityId?: string;
  outcome?: AuditOutcome;
}

// The picker shows and returns wall-clock times (dayjs reads "YYYY-MM-DD HH:mm:ss" natively); they are
// read as Beijing time whatever the browser's zone.
const toPicker = (wallTime: string | undefined) => (wallTime ? dayjs(wallTime) : null);
const fromPicker = (value: Dayjs | null | undefined) => value?.format(WALL_TIME_FORMAT);

function toForm(filters: AuditFilters): FilterForm {
  const { from, to, ...rest } = filters;
  return { ...rest, range: from || to ? [toPicker(from), toPicker(to)] : null };
}

function fromForm({ range, ...rest }: FilterForm): AuditFilters {
  return { ...rest, from: fromPicker(range?.[0]), to: fromPicker(range?.[1]) };
}

interface AuditFilterBarProps {
  filters: AuditFilters;
  onSearch: (filters: AuditFilters) => void;
}

/** Time range (Beijing time), action, actor, entity and outcome; applied with 查询. */
export function AuditFilterBar({ filters, onSearch }: AuditFilterBarProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<FilterForm>();
  const span = { xs: 24, md: 12, xl: 8 };
  return (
    <Card size="small" role="search" aria-label={t("audit.filters")}>
      <Form<FilterForm>
        form={form}
        layout="horizontal"
        labelCol={{ flex: "84px" }}
        initialValues={toForm(filters)}
        onFinish={(values) => onSearch(fromForm(values))}
      >
        <Row gutter={16}>
          <Col {...span}>
            <Form.Item name="range" label={t("audit.filter.time")} style={{ marginBottom: 12 }}>
              <DatePicker.RangePicker
                showTime
                format={WALL_TIME_FORMAT}
                allowEmpty={[true, true]}
                placeholder={[t("audit.filter.timeStart"), t("audit.filter.timeEnd")]}
                style={{ width: "100%" }}
              />
            </Form.Item>
          </Col>
          <Col {...span}>
            <Form.Item name="action" label={t("audit.filter.action")} style={{ marginBottom: 12 }}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                placeholder={t("audit.filter.action")}
                options={AUDIT_ACTIONS.map((action) => {
                  const key = auditActionKey(action);
                  return { value: action, label: `${key ? t(key) : action}（${action}）` };
                })}
              />
            </Form.Item>
          </Col>
          <Col {...span}>
            <Form.Item name="actor" label={t("audit.filter.actor")} style={{ marginBottom: 12 }}>
              <Input allowClear maxLength={64} placeholder={t("audit.filter.actorPlaceholder")} />
            </Form.Item>
          </Col>
          <Col {...span}>
            <Form.Item name="entityType" label={t("audit.filter.entityType")} style={{ marginBottom: 12 }}>
              <Select
                allowClear
                placeholder={t("audit.filter.entityType")}
                options={AUDIT_ENTITY_TYPES.map((type) => {
                  const key = auditEntityKey(type);
                  return { value: type, label: key ? t(key) : type };
                })}
              />
            </Form.Item>
          </Col>
          <Col {...span}>
            <Form.Item name="entityId" label={t("audit.filter.entityId")} style={{ marginBottom: 12 }}>
              <Input allowClear maxLength={64} placeholder={t("audit.filter.entityId")} />
            </Form.Item>
          </Col>
          <Col {...span}>
            <Form.Item name="outcome" label={t("audit.filter.outcome")} style={{ marginBottom: 12 }}>
              <Select
                allowClear
                placeholder={t("audit.filter.outcome")}
                options={AUDIT_OUTCOMES.map((outcome) => {
                  const key = auditOutcomeKey(outcome);
                  return { value: outcome, label: key ? t(key) : outcome };
                })}
              />
            </Form.Item>
          </Col>
        </Row>
        <Flex justify="flex-end" gap={8}>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              form.resetFields();
              onSearch({});
            }}
          >
            {t("audit.filter.reset")}
          </Button>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {t("audit.filter.search")}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
