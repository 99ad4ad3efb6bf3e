import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Col, Form, Input, Row, Select, Typography } from "antd";
import { parseAmountInput } from "../../../lib/amount-input.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { amountRules } from "../utils/amount-rules.js";

/** One line per funding source: the source from the plan's list, planned and secured amounts in 万元. */
export function FundingRows({ sources }: { sources: readonly string[] }) {
  const { t, term } = useI18n();
  const options = sources.map((source) => ({ value: source, label: term(source) }));
  return (
    <Form.List name="funding">
      {(fields, { add, remove }) => (
        <>
          {fields.length > 0 && (
            <Row gutter={8} aria-hidden style={{ marginBottom: 4 }}>
              <Col flex="auto">
                <Typography.Text type="secondary">{t("field.fundingSource")}</Typography.Text>
              </Col>
              <Col flex="200px">
                <Typography.Text type="secondary">{t("editor.plannedWan")}</Typography.Text>
              </Col>
              <Col flex="200px">
                <Typography.Text type="secondary">{t("editor.securedWan")}</Typography.Text>
              </Col>
              <Col flex="40px" />
            </Row>
          )}
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top">
              <Col flex="auto">
                <Form.Item
                  name={[field.name, "source"]}
                  rules={[{ required: true, message: t("editor.sourceRequired") }]}
                >
                  <Select
                    aria-label={t("editor.fundingSourceRow", { n: index + 1 })}
                    options={options}
                    showSearch={{ optionFilterProp: "label" }}
                  />
                </Form.Item>
              </Col>
              <Col flex="200px">
                <Form.Item name={[field.name, "plannedWan"]} rules={amountRules(t, true)}>
                  <Input
                    aria-label={t("editor.fundingPlannedRow", { n: index + 1 })}
                    inputMode="decimal"
                    suffix={t("unit.wan")}
                  />
                </Form.Item>
              </Col>
              <Col flex="200px">
                <Form.Item
                  name={[field.name, "securedWan"]}
                  dependencies={[["funding", field.name, "plannedWan"]]}
                  rules={[
                    ...amountRules(t, false),
                    ({ getFieldValue }) => ({
                      validator: (_rule, value: string | undefined) => {
                        const planned = parseAmountInput(
                          getFieldValue(["funding", field.name, "plannedWan"]) as string | undefined,
                        );
                        const secured = parseAmountInput(value);
                        return planned !== null && secured !== null && secured > planned
                          ? Promise.reject(new Error(t("editor.securedOverPlanned")))
                          : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <Input
                    aria-label={t("editor.fundingSecuredRow", { n: index + 1 })}
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
                  aria-label={t("editor.removeFundingRow", { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ securedWan: "0" })}
            disabled={fields.length >= 20}
          >
            {t("editor.addFunding")}
          </Button>
        </>
      )}
    </Form.List>
  );
}
