import { Card, Col, Row, Statistic } from "antd";
import type { ReportStatus } from "../../../../../src/domain/contracts/report.js";
import { useI18n } from "../../../lib/i18n/index.js";

/** The month's reporting in five numbers. */
export function TallyStats({ tally }: { tally: ReportStatus["totals"] }) {
  const { t } = useI18n();
  const items = [
    { key: "due", title: t("review.due"), value: tally.due },
    { key: "onTime", title: t("review.onTime"), value: tally.onTime, color: "#389e0d" },
    { key: "late", title: t("review.late"), value: tally.late, color: "#d48806" },
    { key: "missing", title: t("review.missing"), value: tally.missing, color: "#cf1322" },
    { key: "awaiting", title: t("review.awaitingReview"), value: tally.awaitingReview, color: "#1f5fbf" },
  ];
  return (
    <Card size="small">
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col key={item.key} xs={12} sm={8} md={4}>
            <Statistic
              title={item.title}
              value={item.value}
              styles={{ content: item.color ? { color: item.color } : undefined }}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
