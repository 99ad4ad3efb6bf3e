import { Card, Empty, Tag } from "antd";
import type { Discrepancy } from "../../../../../src/domain/contracts/plan-summary.js";
import { useI18n } from "../../../lib/i18n/index.js";

const itemStyle = { padding: "8px 4px", borderBottom: "1px solid #f0f0f0", lineHeight: 1.8 };

/** Every difference between the plan and the data, in the interface language; none is hidden. */
export function DiscrepancyList({ discrepancies }: { discrepancies: readonly Discrepancy[] }) {
  const { t, label } = useI18n();
  return (
    <Card size="small" title={t("discrepancies.title")} id="discrepancies">
      {discrepancies.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("discrepancies.none")} />
      ) : (
        <ul aria-label={t("discrepancies.title")} style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {discrepancies.map((item) => (
            <li key={`${item.kind}-${item.subject}`} style={itemStyle}>
              {item.blocking ? (
                <Tag color="error">{t("discrepancies.blocking")}</Tag>
              ) : (
                <Tag color="warning">{t("discrepancies.planText")}</Tag>
              )}
              {label(item)}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
