import { Card, Flex, Progress, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import type { IndicatorList } from "../../../../../src/domain/contracts/indicators.js";
import type { MessageKey } from "../../../lib/i18n/index.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useIndicatorProgress } from "../api/use-indicator-progress.js";

type Status = IndicatorList["items"][number]["progress"]["status"];

const STATUS: Record<
  Status,
  { labelKey: MessageKey; color: string; bar: "success" | "normal" | "exception" }
> = {
  met: { labelKey: "indicators.statusMet", color: "green", bar: "success" },
  on_track: { labelKey: "indicators.statusOnTrack", color: "blue", bar: "normal" },
  behind: { labelKey: "indicators.statusBehind", color: "red", bar: "exception" },
  no_data: { labelKey: "indicators.statusNoData", color: "default", bar: "normal" },
};

/** The plan's KPIs in the month, each with its progress to target; details on the indicator page. */
export function IndicatorProgressPanel({ month }: { month: string }) {
  const { t, language } = useI18n();
  const indicators = useIndicatorProgress(month);
  return (
    <Card
      title={t("cockpit.indicatorsTitle")}
      size="small"
      loading={indicators.isPending}
      extra={<Link to={`/indicators?period=${month}`}>{t("cockpit.indicatorsMore")}</Link>}
    >
      {indicators.isError ? (
        <Typography.Text type="danger">{t("cockpit.indicatorsFailed")}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {(indicators.data?.items ?? []).map((item) => {
            const status = STATUS[item.progress.status];
            const percent = item.progress.percent === null ? 0 : Math.min(100, Number(item.progress.percent));
            return (
              <Flex key={item.code} align="center" gap={12} wrap>
                <Typography.Text style={{ flex: "1 1 16rem" }}>
                  {language === "en" ? item.en : item.zh}
                </Typography.Text>
                <Tag color={status.color}>{t(status.labelKey)}</Tag>
                <Progress
                  percent={percent}
                  status={status.bar}
                  size="small"
                  style={{ flex: "0 1 12rem", margin: 0 }}
                />
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
