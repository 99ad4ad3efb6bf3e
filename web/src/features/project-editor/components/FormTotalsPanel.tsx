import { Alert, Col, Flex, Form, Row, Statistic } from "antd";
import type { Fen } from "../../../../../src/domain/money.js";
import { formatAmount } from "../../../../../src/domain/money.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formTotals } from "../utils/form-totals.js";
import type { ProjectFormValues } from "../utils/project-form-values.js";

const wan = (amount: bigint) => formatAmount(amount as Fen, "wan", 2);

/** Live sums of the form: funding and annual plans against the total investment, with warnings. */
export function FormTotalsPanel() {
  const { t } = useI18n();
  const form = Form.useFormInstance<ProjectFormValues>();
  const totalInvestmentWan = Form.useWatch("totalInvestmentWan", form);
  const funding = Form.useWatch("funding", form);
  const annualPlans = Form.useWatch("annualPlans", form);
  const totals = formTotals({ totalInvestmentWan, funding, annualPlans });

  const notes: { key: string; type: "error" | "warning" | "info" | "success"; text: string }[] = [];
  switch (totals.funding) {
    case "over":
      notes.push({
        key: "funding",
        type: "error",
        text: t("editor.fundingOver", { amount: wan(totals.fundingPlannedFen - totals.totalFen) }),
      });
      break;
    case "under":
      notes.push({
        key: "funding",
        type: "warning",
        text: t("editor.fundingUnder", { amount: wan(totals.totalFen - totals.fundingPlannedFen) }),
      });
      break;
    case "equal":
      notes.push({ key: "funding", type: "success", text: t("editor.fundingEqual") });
      break;
    case "none":
      break;
  }
  switch (totals.annual) {
    case "over":
      notes.push({
        key: "annual",
        type: "error",
        text: t("editor.annualOver", { amount: wan(totals.annualFen - totals.totalFen) }),
      });
      break;
    case "under":
      notes.push({
        key: "annual",
        type: "info",
        text: t("editor.annualUnder", { amount: wan(totals.totalFen - totals.annualFen) }),
      });
      break;
    case "equal":
      notes.push({ key: "annual", type: "success", text: t("editor.annualEqual") });
      break;
    case "none":
      break;
  }

  return (
    <section aria-label={t("editor.totals")}>
      <Row gutter={16}>
        <Col xs={12} lg={6}>
          <Statistic title={t("editor.totalInvestmentWan")} value={wan(totals.totalFen)} />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic title={t("editor.fundingPlannedSum")} value={wan(totals.fundingPlannedFen)} />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic title={t("editor.fundingSecuredSum")} value={wan(totals.fundingSecuredFen)} />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic title={t("editor.annualSum")} value={wan(totals.annualFen)} />
        </Col>
      </Row>
      {notes.length > 0 && (
        <Flex vertical gap={8} role="status" style={{ marginTop: 12 }}>
          {notes.map((note) => (
            <Alert key={note.key} type={note.type} showIcon title={note.text} />
          ))}
        </Flex>
      )}
    </section>
  );
}
