import { Card, Segmented } from "antd";
import { useMemo, useState } from "react";
import type { PlanSummary } from "../../../../../src/domain/contracts/plan-summary.js";
import { EChart, type EChartOption } from "../../../components/EChart.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { fenToChartNumber } from "../../../lib/money-display.js";
import { ACTUAL_COLOR, TARGET_COLOR } from "./chart-colors.js";

type Metric = "investment" | "projects";

/** Per sector, the plan's target next to the library's actual: investment in 亿元 or project counts. */
export function SectorComparisonChart({ sectors }: { sectors: PlanSummary["sectors"] }) {
  const { t, label } = useI18n();
  const [metric, setMetric] = useState<Metric>("investment");

  const option = useMemo<EChartOption>(() => {
    const target = sectors.map((s) =>
      metric === "investment" ? fenToChartNumber(s.targetInvestmentFen, "yi") : s.targetProjects,
    );
    const actual = sectors.map((s) =>
      metric === "investment" ? fenToChartNumber(s.actualInvestmentFen, "yi") : s.actualProjects,
    );
    return {
      color: [TARGET_COLOR, ACTUAL_COLOR],
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0, right: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: {
        type: "category",
        data: sectors.map((s) => label(s)),
        axisLabel: { interval: 0, width: 96, overflow: "break", fontSize: 11 },
      },
      yAxis: {
        type: "value",
        name: metric === "investment" ? t("unit.yi") : t("sectorChart.projects"),
        nameTextStyle: { align: "left" },
      },
      series: [
        { name: t("sectorChart.target"), type: "bar", data: target, barMaxWidth: 22 },
        {
          name: t("sectorChart.actual"),
          type: "bar",
          data: actual,
          barMaxWidth: 22,
          label: { show: true, position: "top", fontSize: 10, color: "#595959" },
        },
      ],
    };
  }, [sectors, metric, t, label]);

  return (
    <Card
      size="small"
      title={t("sectorChart.title")}
      extra={
        <Segmented<Metric>
          size="small"
          aria-label={t("metric.label")}
          value={metric}
          onChange={setMetric}
          options={[
            { value: "investment", label: t("sectorChart.investment") },
            { value: "projects", label: t("sectorChart.projects") },
          ]}
        />
      }
    >
      <EChart option={option} height={356} label={t("sectorChart.title")} />
    </Card>
  );
}
