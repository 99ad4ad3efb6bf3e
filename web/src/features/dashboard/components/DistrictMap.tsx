import { Alert, Card, Typography } from "antd";
import { registerMap } from "echarts/core";
import { useMemo } from "react";
import type { PlanSummary } from "../../../../../src/domain/contracts/plan-summary.js";
import { EChart, type EChartOption } from "../../../components/EChart.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { fenToChartNumber, formatFen } from "../../../lib/money-display.js";
import { useDistrictBoundaries, type BoundaryCollection } from "../api/use-district-boundaries.js";

const MAP_NAME = "chongqing-districts";
const registered = new WeakSet<BoundaryCollection>();

function ensureRegistered(boundaries: BoundaryCollection): void {
  if (registered.has(boundaries)) return;
  // echarts' GeoJSON type is stricter than the file's declared shape; the file was checked at load.
  registerMap(MAP_NAME, boundaries as unknown as Parameters<typeof registerMap>[1]);
  registered.add(boundaries);
}

interface DistrictMapProps {
  districts: PlanSummary["districts"];
  districtName: (code: string, fallback: string) => string;
}

/** Investment per district shaded on the boundary map; shows a note instead when the map file is missing. */
export function DistrictMap({ districts, districtName }: DistrictMapProps) {
  const { t } = useI18n();
  const boundaries = useDistrictBoundaries();

  const option = useMemo<EChartOption | null>(() => {
    if (!boundaries.data) return null;
    ensureRegistered(boundaries.data);
    // Boundaries are keyed by the Chinese district name; nameMap shows the interface-language name.
    const nameMap = Object.fromEntries(districts.map((d) => [d.name, districtName(d.code, d.name)]));
    const tooltips = new Map(
      districts.map((d) => [
        districtName(d.code, d.name),
        `${districtName(d.code, d.name)}：${formatFen(d.investmentFen, "yi")} ${t("unit.yi")}`,
      ]),
    );
    const values = districts.map((d) => fenToChartNumber(d.investmentFen, "yi"));
    return {
      tooltip: { trigger: "item", formatter: (p) => tooltips.get((p as { name: string }).name) ?? "" },
      visualMap: {
        min: 0,
        max: Math.max(1, ...values),
        left: 0,
        bottom: 0,
        itemHeight: 90,
        text: [t("map.high"), t("map.low")],
        textStyle: { fontSize: 11 },
        inRange: { color: ["#e8f0fb", "#7fa7de", "#1f5fbf", "#0f2a4a"] },
        calculable: false,
      },
      series: [
        {
          type: "map",
          map: MAP_NAME,
          nameMap,
          roam: false,
          label: { show: false },
          emphasis: { label: { show: true, fontSize: 11 } },
          itemStyle: { borderColor: "#ffffff", borderWidth: 0.6 },
          data: districts.map((d, i) => ({ name: districtName(d.code, d.name), value: values[i] })),
        },
      ],
    };
  }, [boundaries.data, districts, districtName, t]);

  return (
    <Card size="small" title={t("map.title")}>
      {boundaries.isError ? (
        <Alert type="info" showIcon title={t("map.unavailable")} />
      ) : (
        option && <EChart option={option} height={380} label={t("map.title")} />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("map.note")}
      </Typography.Text>
    </Card>
  );
}
