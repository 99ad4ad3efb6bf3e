import { Card, Empty } from "antd";
import { useMemo } from "react";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { EChart, type EChartOption } from "../../../components/EChart.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { fenToChartNumber } from "../../../lib/money-display.js";

/** Monthly investment (bars), cumulative investment (line) in 万元, and physical progress % on its own axis. */
export function ProgressChart({ progress }: { progress: ProjectDetail["progress"] }) {
  const { t } = useI18n();

  const option = useMemo<EChartOption>(
    () => ({
      color: ["#b7c7e0", "#1f5fbf", "#36a18b"],
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 44, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: progress.map((p) => p.month) },
      yAxis: [
        { type: "value", name: t("unit.wan"), nameTextStyle: { align: "left" } },
        { type: "value", name: "%", min: 0, max: 100, splitLine: { show: false } },
      ],
      series: [
        {
          name: t("detail.monthly"),
          type: "bar",
          barMaxWidth: 14,
          data: progress.map((p) => fenToChartNumber(p.investedFen, "wan")),
        },
        {
          name: t("detail.cumulative"),
          type: "line",
          symbolSize: 4,
          data: progress.map((p) => fenToChartNumber(p.cumulativeFen, "wan")),
        },
        {
          name: t("detail.physical"),
          type: "line",
          yAxisIndex: 1,
          symbolSize: 4,
          lineStyle: { type: "dashed" },
          data: progress.map((p) => p.progressPct),
        },
      ],
    }),
    [progress, t],
  );

  return (
    <Card size="small" title={t("detail.progressChart")}>
      {progress.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("detail.noReports")} />
      ) : (
        <EChart option={option} height={300} label={t("detail.progressChart")} />
      )}
    </Card>
  );
}
