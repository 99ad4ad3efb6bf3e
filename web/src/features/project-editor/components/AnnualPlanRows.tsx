import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Col, Form, Input, InputNumber, Row, Typography } from "antd";
import { useI18n } from "../../../lib/i18n/index.js";
import { amountRules } from "../utils/amount-rules.js";
import type { AnnualPlanRowValues } from "../utils/project-form-values.js";

/** The year after the last planned one, or `firstYear` for the first line. */
function nextYear(lines: readonly (AnnualPlanRowValues | undefined)[], firstYear: number): number {
  const years = lines.map((line) => line?.year).filter((year): year is number => typeof year === "number");
  return years.length ? Math.max(...years) + 1 : firstYear;
}

/** One line per year of the rolling plan: the year and the investment planned in it, in 万元. */
export function AnnualPlanRows({ firstYear }: { firstYear: number }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  return (
    <Form.List name="annualPlans">
      {(fields, { add, remove }) => (
        <>
          {fields.length > 0 && (
            <Row gutter={8} aria-hidden style={{ marginBottom: 4 }}>
              <Col flex="140px">
                <Typography.Text type="secondary">{t("field.year")}</Typography.Text>
              </Col>
              <Col flex="auto">
                <Typography.Text type="secondary">{t("editor.plannedWan")}</Typography.Text>
              </Col>
              <Col flex="40px" />
            </Row>
          )}
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top">
              <Col flex="140px">
                <Form.Item
                  name={[field.name, "year"]}
                  rules={[{ required: true, message: t("editor.yearRequired") }]}
                >
                  <InputNumber
                    aria-label={t("editor.annualYearRow", { n: index + 1 })}
                    min={2000}
                    max={2100}
                    precision={0}
                    style={{ width: "100%" }}
                  />
                </Form.Item>
              </Col>
              <Col flex="auto">
                <Form.Item name={[field.name, "plannedWan"]} rules={amountRules(t, true)}>
                  <Input
                    aria-label={t("editor.annualPlannedRow", { n: index + 1 })}
                    inputMode="decimal"
                    suffix={t("unit.wan")}
                  />
                </Form.Item>
              </Col>
              <Col flex="40px">
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t("editor.removeAnnualRow", { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= 30}
            onClick={() => {
              const lines = (form.getFieldValue("annualPlans") ?? []) as AnnualPlanRowValues[];
              add({ year: nextYear(lines, firstYear) });
            }}
          >
            {t("editor.addAnnualPlan")}
          </Button>
        </>
      )}
    </Form.List>
  );
}
