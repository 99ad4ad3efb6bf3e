import { Cascader, Col, Form, Input, Row, Select } from "antd";
import type { Reference } from "../../../../../src/domain/contracts/reference.js";
import { BusinessDatePicker } from "../../../components/BusinessDatePicker.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { amountRules } from "../utils/amount-rules.js";

/** The shape of the national investment project code; the server checks the blocks in detail. */
const PROJECT_CODE = /^\d{4}-[0-9A-Z]{6}-\d{2}-\d{2}-\d{6}$/;

/** Name, code, special (sector → special), district, level, investment, planned dates and scope. */
export function BasicFields({ reference }: { reference: Reference }) {
  const { t, label, term, language } = useI18n();

  const specialOptions = reference.sectors.map((sector) => ({
    value: sector.code,
    label: label(sector),
    children: reference.specials
      .filter((special) => special.sectorCode === sector.code)
      .map((special) => ({ value: special.code, label: `${special.code} ${label(special)}` })),
  }));
  const districtOptions = reference.regions
    .map((region) => ({
      label: term(region),
      title: term(region),
      options: reference.districts
        .filter((d) => d.region === region)
        .map((d) => ({ value: d.code, label: language === "en" ? d.nameEn : d.name })),
    }))
    .filter((group) => group.options.length > 0);

  return (
    <Row gutter={16}>
      <Col xs={24} lg={16}>
        <Form.Item
          name="name"
          label={t("field.name")}
          rules={[
            { required: true, whitespace: true, message: t("editor.nameRequired") },
            { min: 2, max: 200, message: t("editor.nameLength") },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={8}>
        <Form.Item
          name="code"
          label={t("field.code")}
          extra={t("editor.codeHint")}
          rules={[{ pattern: PROJECT_CODE, message: t("editor.codeFormat") }]}
        >
          <Input maxLength={32} placeholder="2020-500112-65-01-000001" style={{ fontFamily: "monospace" }} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item
          name="specialPath"
          label={t("field.specialCode")}
          rules={[{ required: true, type: "array", len: 2, message: t("editor.specialRequired") }]}
        >
          <Cascader
            options={specialOptions}
            showSearch
            expandTrigger="hover"
            placeholder={t("editor.specialPlaceholder")}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Form.Item
          name="districtCode"
          label={t("field.districtCode")}
          rules={[{ required: true, message: t("editor.districtRequired") }]}
        >
          <Select showSearch={{ optionFilterProp: "label" }} options={districtOptions} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Form.Item
          name="level"
          label={t("field.level")}
          rules={[{ required: true, message: t("editor.levelRequired") }]}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={reference.levels.map((level) => ({ value: level.code, label: label(level) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} lg={8}>
        <Form.Item
          name="totalInvestmentWan"
          label={t("editor.totalInvestmentWan")}
          rules={amountRules(t, true)}
        >
          <Input inputMode="decimal" suffix={t("unit.wan")} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <Form.Item name="plannedStart" label={t("field.plannedStart")}>
          <BusinessDatePicker />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <Form.Item
          name="plannedEnd"
          label={t("field.plannedEnd")}
          dependencies={["plannedStart"]}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | null | undefined) => {
                const start = getFieldValue("plannedStart") as string | null | undefined;
                return start && value && value < start
                  ? Promise.reject(new Error(t("editor.endBeforeStart")))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <BusinessDatePicker />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="description" label={t("field.description")}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} showCount />
        </Form.Item>
      </Col>
    </Row>
  );
}
