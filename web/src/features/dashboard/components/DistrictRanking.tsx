import { Card } from "antd";
import { useMemo } from "react";
import type { PlanSummary } from "../../../../../src/domain/contracts/plan-summary.js";
import { EChart, type EChartOption } from "../../../components/EChart.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { fenToChartNumber, formatFen } from "../../../lib/money-display.js";
import { rankDistrictsByInvestment, regionsOf } from "../utils/rank-districts.js";
import { SERIES_COLORS } from "./chart-colors.js";

interface DistrictRankingProps {
  districts: PlanSummary["districts"];
  districtName: (code: string, fallback: string) => string;
  height: number;
}

/** Every district ranked by investment in 亿元, one colour per region; works without any map data. */
export function DistrictRanking({ districts, districtName, height }: DistrictRankingProps) {
  const { t, term } = useI18n();

  const option = useMemo<EChartOption>(() => {
    const ranked = rankDistrictsByInvestment(districts);
    const regions = regionsOf(ranked);
    const tooltips = ranked.map((d) =>
      t("districts.tooltip", {
        name: districtName(d.code, d.name),
        region: term(d.region),
        projects: d.projects,
        amount: formatFen(d.investmentFen, "yi"),
      }),
    );
    // One stacked series per region: each bar has a value in exactly one of them, which gives a legend.
    const series = regions.map((region) => ({
      name: term(region),
      type: "bar" as const,
      stack: "district",
      barMaxWidth: 12,
      data: ranked.map((d) => (d.region === region ? fenToChartNumber(d.investmentFen, "yi") : null)),
    }));
    return {
      color: SERIES_COLORS,
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        formatter: (p) => {
          const first = (Array.isArray(p) ? p[0] : p) as { dataIndex: number } | undefined;
          return first ? (tooltips[first.dataIndex] ?? "") : "";
        },
      },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: "value", name: t("unit.yi"), nameTextStyle: { fontSize: 11 }, position: "top" },
      yAxis: {
        type: "category",
        inverse: true,
        data: ranked.map((d) => districtName(d.code, d.name)),
        axisLabel: { interval: 0, fontSize: 11 },
        axisTick: { show: false },
      },
      series,
    };
  }, [districts, districtName, t, term]);

  return (
    <Card size="small" title={t("districts.title")} extra={t("districts.subtitle")}>
      <EChart option={option} height={height} label={t("districts.title")} />
    </Card>
  );
}
