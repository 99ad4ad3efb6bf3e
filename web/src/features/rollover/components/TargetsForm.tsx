import { Button, Col, Form, Input, InputNumber, Row } from "antd";
import type { Reference } from "../../../../../src/domain/contracts/reference.js";
import { amountInputProblem } from "../../../lib/amount-input.js";
import { useI18n } from "../../../lib/i18n/index.js";

export interface TargetsValues {
  year: number;
  targets: Record<string, string | undefined>;
}

interface TargetsFormProps {
  reference: Reference;
  initialYear: number;
  loading: boolean;
  onSubmit: (values: TargetsValues) => void;
  onYearChange: (year: number) => void;
}

/** The year of the new starts and each sector's investment target in 亿元 (empty: not asked about). */
export function TargetsForm({ reference, initialYear, loading, onSubmit, onYearChange }: TargetsFormProps) {
  const { t, label } = useI18n();
  return (
    <Form<TargetsValues>
      layout="vertical"
      initialValues={{ year: initialYear, targets: {} }}
      onFinish={onSubmit}
      onValuesChange={(changed: Partial<TargetsValues>) => {
        if (typeof changed.year === "number") onYearChange(changed.year);
      }}
    >
      <Row gutter={16}>
        <Col xs={24} sm={8} lg={4}>
          <Form.Item
            name="year"
            label={t("rollover.year")}
            rules={[{ required: true, message: t("rollover.yearRequired") }]}
          >
            <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        {reference.sectors.map((sector) => (
          <Col key={sector.code} xs={24} sm={12} lg={8} xxl={6}>
            <Form.Item
              name={["targets", sector.code]}
              label={t("rollover.sectorTarget", { sector: label(sector) })}
              rules={[
                {
                  validator: (_rule, value: string | undefined) => {
                    const problem = value?.trim() ? amountInputProblem(value, "yi") : null;
                    return problem
                      ? Promise.reject(new Error(t("rollover.targetFormat")))
                      : Promise.resolve();
                  },
                },
              ]}
            >
              <Input
                inputMode="decimal"
                suffix={t("unit.yi")}
                placeholder={t("rollover.targetPlaceholder")}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t("rollover.propose")}
      </Button>
    </Form>
  );
}
