import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select } from "antd";
import { useState } from "react";
import type { Clause, QuoteInput } from "../../../../../src/domain/contracts/incentives.js";
import {
  AWARD_BASE_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_LEVELS,
  isMonetaryTerms,
  type AwardLevel,
} from "../../../../../src/domain/incentives/terms.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useQuote } from "../api/use-quote.js";
import { isYuanInput, yuanInputToFen } from "../utils/yuan-amount.js";
import { QuoteResultCard } from "./QuoteResultCard.js";

interface QuoteValues {
  clause: string;
  level?: AwardLevel;
  baseYuan: string;
  applicantIsSme?: boolean;
  countMine?: boolean;
  year?: number;
}

interface QuoteCalculatorProps {
  clauses: Clause[];
  /** The caller's organisation when it may apply (an owner): its awards can be counted. */
  applicantId: number | null;
}

/** Pick a clause, enter the base, and get the maximum award with its reckoning. */
export function QuoteCalculator({ clauses, applicantId }: QuoteCalculatorProps) {
  const { t, label, language } = useI18n();
  const [form] = Form.useForm<QuoteValues>();
  const quote = useQuote();
  const [code, setCode] = useState<string | undefined>();
  const clause = clauses.find((c) => c.code === code);
  const terms = clause?.inForce?.terms;
  const monetary = terms && isMonetaryTerms(terms) ? terms : null;
  const levels = AWARD_LEVELS.filter((l) => monetary?.capByLevelFen?.[l] !== undefined);

  const submit = (v: QuoteValues) => {
    const body: QuoteInput = {
      clause: v.clause,
      baseFen: yuanInputToFen(v.baseYuan) ?? "0",
      ...(v.level && levels.length ? { level: v.level } : {}),
      ...(monetary?.eligibility === "sme" ? { applicantIsSme: Boolean(v.applicantIsSme) } : {}),
      ...(v.countMine && applicantId ? { applicantId } : {}),
      ...(v.year ? { year: v.year } : {}),
    };
    quote.mutate(body);
  };

  return (
    <Row gutter={24}>
      <Col xs={24} lg={10}>
        <Form<QuoteValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          onValuesChange={(changed: Partial<QuoteValues>) => {
            if (changed.clause !== undefined) {
              setCode(changed.clause);
              quote.reset();
            }
          }}
        >
          <Form.Item
            name="clause"
            label={t("inc.quote.clause")}
            rules={[{ required: true, message: t("inc.quote.clauseRequired") }]}
          >
            <Select
              showSearch={{ optionFilterProp: "label" }}
              placeholder={t("inc.quote.clausePlaceholder")}
              options={clauses.map((c) => ({ value: c.code, label: `${c.code} ${c.zh}` }))}
            />
          </Form.Item>
          {levels.length > 0 && (
            <Form.Item
              name="level"
              label={t("inc.quote.level")}
              rules={[{ required: true, message: t("inc.quote.levelRequired") }]}
            >
              <Radio.Group options={levels.map((l) => ({ value: l, label: label(AWARD_LEVEL_LABELS[l]) }))} />
            </Form.Item>
          )}
          <Form.Item
            name="baseYuan"
            label={monetary ? label(AWARD_BASE_LABELS[monetary.base]) : t("inc.quote.base")}
            rules={[
              { required: true, message: t("inc.quote.baseRequired") },
              {
                validator: (_r, value: string | undefined) =>
                  !value || isYuanInput(value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("inc.quote.baseFormat"))),
              },
            ]}
          >
            <Input inputMode="decimal" suffix={t("inc.yuan")} placeholder="1,000,000.00" />
          </Form.Item>
          {monetary?.eligibility === "sme" && (
            <Form.Item name="applicantIsSme" valuePropName="checked">
              <Checkbox>{t("inc.quote.isSme")}</Checkbox>
            </Form.Item>
          )}
          {applicantId !== null && (
            <Form.Item name="countMine" valuePropName="checked">
              <Checkbox>{t("inc.quote.countMine")}</Checkbox>
            </Form.Item>
          )}
          {(monetary?.capPerYearFen ?? null) !== null && (
            <Form.Item name="year" label={t("inc.quote.year")}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={quote.isPending}>
            {t("inc.quote.calculate")}
          </Button>
        </Form>
      </Col>
      <Col xs={24} lg={14}>
        {quote.isError && (
          <Alert
            type="error"
            showIcon
            title={t("inc.quote.failed")}
            description={describeError(quote.error, language).message}
          />
        )}
        {quote.data && <QuoteResultCard quote={quote.data} />}
      </Col>
    </Row>
  );
}
