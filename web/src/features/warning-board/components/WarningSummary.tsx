import { Card, Col, Row, Statistic, Typography } from "antd";
import type { Warnings } from "../../../../../src/domain/contracts/warnings.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { LEVEL_COLORS, WARNING_LEVELS } from "../utils/warning-chart.js";

const LEVEL_KEYS = { red: "warnings.red", yellow: "warnings.yellow", green: "warnings.green" } as const;

/** How many projects show red, yellow and green, and their share of those assessed. */
export function WarningSummary({ summary }: { summary: Warnings["summary"] }) {
  const { t } = useI18n();
  const total = summary.red + summary.yellow + summary.green;
  return (
    <Row gutter={[16, 16]}>
      {WARNING_LEVELS.map((level) => (
        <Col key={level} xs={8}>
          <Card size="small" style={{ borderTop: `3px solid ${LEVEL_COLORS[level]}` }}>
            <Statistic
              title={t(LEVEL_KEYS[level])}
              value={summary[level]}
              styles={{ content: { color: LEVEL_COLORS[level], fontWeight: 600 } }}
            />
            {total > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("warnings.share", { pct: ((summary[level] * 100) / total).toFixed(1) })}
              </Typography.Text>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
