import { Card } from "antd";
import { useMemo } from "react";
import type { PlanSummary } from "../../../../../src/domain/contracts/plan-summary.js";
import { EChart, type EChartOption } from "../../../components/EChart.js";
import { stageLabel } from "../../../lib/domain-labels.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";
import { ACTUAL_COLOR } from "./chart-colors.js";

/** How many projects are in each lifecycle stage now, with their investment in the tooltip. */
export function StageDistributionChart({ stages }: { stages: PlanSummary["stages"] }) {
  const { t, label } = useI18n();

  const option = useMemo<EChartOption>(() => {
    const names = stages.map((s) => label(stageLabel(s.code)));
    const tooltips = stages.map((s, i) =>
      t("stages.tooltip", {
        name: names[i] ?? s.code,
        projects: s.projects,
        amount: formatFen(s.investmentFen, "yi"),
      }),
    );
    return {
      color: [ACTUAL_COLOR],
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        formatter: (p) => {
          const first = (Array.isArray(p) ? p[0] : p) as { dataIndex: number } | undefined;
          return first ? (tooltips[first.dataIndex] ?? "") : "";
        },
      },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: names, inverse: true, axisTick: { show: false } },
      series: [
        {
          name: t("stages.projects"),
          type: "bar",
          data: stages.map((s) => s.projects),
          barMaxWidth: 16,
          label: { show: true, position: "right", fontSize: 11 },
        },
      ],
    };
  }, [stages, t, label]);

  return (
    <Card size="small" title={t("stages.title")}>
      <EChart option={option} height={230} label={t("stages.title")} />
    </Card>
  );
}
