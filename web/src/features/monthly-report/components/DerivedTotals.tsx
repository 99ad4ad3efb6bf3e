import { Alert, Col, Form, Row, Statistic } from "antd";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import type { Report } from "../../../../../src/domain/contracts/report.js";
import { formatAmount, type Fen } from "../../../../../src/domain/money.js";
import { parseAmountInput } from "../../../lib/amount-input.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";
import type { ReportFormValues } from "../utils/report-form-values.js";
import { reportTotals } from "../utils/report-totals.js";

const wan = (amount: Fen) => formatAmount(amount, "wan", 2);
/** Small enough that two figures sit side by side on a phone. */
const FIGURE_STYLES = { content: { fontSize: 18 }, title: { fontSize: 13 } };

interface DerivedTotalsProps {
  month: string;
  project: ProjectDetail;
  reports: Report[];
}

/** Year-to-date and cumulative investment as they will stand with the amount being typed. */
export function DerivedTotals({ month, project, reports }: DerivedTotalsProps) {
  const { t } = useI18n();
  const form = Form.useFormInstance<ReportFormValues>();
  const investedWan = Form.useWatch("investedWan", form);
  const totals = reportTotals({
    month,
    monthFen: parseAmountInput(investedWan),
    reports,
    completedFen: project.completedInvestmentFen,
    totalFen: project.totalInvestmentFen,
  });
  return (
    <section aria-label={t("report.totals")} style={{ marginBottom: 24 }}>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={8}>
          <Statistic
            title={t("report.yearToDate", { year: month.slice(0, 4) })}
            value={wan(totals.yearToDateFen)}
            suffix={t("unit.wan")}
            styles={FIGURE_STYLES}
          />
        </Col>
        <Col xs={12} md={8}>
          <Statistic
            title={t("report.cumulative")}
            value={wan(totals.cumulativeFen)}
            suffix={t("unit.wan")}
            styles={FIGURE_STYLES}
          />
        </Col>
        <Col xs={24} md={8}>
          <Statistic
            title={t("report.total")}
            value={formatFen(project.totalInvestmentFen, "wan")}
            suffix={t("unit.wan")}
            styles={FIGURE_STYLES}
          />
        </Col>
      </Row>
      {totals.overTotalFen !== null && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title={t("report.overTotal", { amount: wan(totals.overTotalFen) })}
        />
      )}
    </section>
  );
}
