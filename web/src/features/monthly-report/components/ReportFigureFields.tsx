import { Form, Input, InputNumber } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../../../lib/i18n/index.js";
import { investedRules } from "../utils/amount-rules.js";

interface ReportFigureFieldsProps {
  /** Physical progress of the latest earlier report, the least this one may show. */
  progressBefore: number | null;
  /** Shown right under the amount, so the totals it moves stay in view while typing. */
  totals: ReactNode;
}

/** What the owner reports for the month: investment in 万元, physical progress, and words. */
export function ReportFigureFields({ progressBefore, totals }: ReportFigureFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="investedWan"
        label={t("report.invested")}
        rules={investedRules(t)}
        extra={t("report.investedHint")}
      >
        <Input inputMode="decimal" autoComplete="off" suffix={t("unit.wan")} placeholder="0" />
      </Form.Item>
      {totals}
      <Form.Item
        name="progressPct"
        label={t("report.progressPct")}
        rules={[{ required: true, message: t("report.progressRequired") }]}
        extra={progressBefore !== null ? t("report.progressBefore", { pct: progressBefore }) : undefined}
      >
        <InputNumber
          min={progressBefore ?? 0}
          max={100}
          precision={0}
          inputMode="numeric"
          suffix="%"
          style={{ width: "100%" }}
        />
      </Form.Item>
      <Form.Item name="progressText" label={t("report.progressText")}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
      </Form.Item>
      <Form.Item name="milestones" label={t("report.milestones")}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="problems" label={t("report.problems")}>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 6 }}
          maxLength={2000}
          placeholder={t("report.problemsPlaceholder")}
        />
      </Form.Item>
    </>
  );
}
