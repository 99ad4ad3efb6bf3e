import { BarChart, LineChart, PieChart } from "echarts/charts";
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent } from "echarts/components";
import type { GridComponentOption, LegendComponentOption, TitleComponentOption } from "echarts/components";
import { init, use, type ComposeOption } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { BulletinData } from "../../domain/dispatch/bulletin.js";
import { periodWords } from "../../domain/dispatch/bulletin-text.js";
import { formatAmount, type Fen } from "../../domain/money.js";

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
>;

export const CHART_FONT = "Noto Sans CJK SC";
/** The printed page's content width (A4 less 15 mm margins) in CSS pixels. */
export const CHART_WIDTH = 680;

export interface BulletinChart {
  key: "progress" | "sectors" | "districts" | "warnings";
  title: string;
  svg: string;
  width: number;
  height: number;
}

const COLORS = {
  planned: "#91caff",
  done: "#1677ff",
  rate: "#fa8c16",
  red: "#cf1322",
  yellow: "#faad14",
  green: "#389e0d",
};

/** 亿元 as a number, for plotting only: the tables print the exact figures. */
const yiNumber = (amount: Fen) => Number(formatAmount(amount, "yi", 2, false));

function render(option: ChartOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: CHART_FONT },
    ...option,
    title: { left: "center", top: 6, textStyle: { fontSize: 15, fontFamily: CHART_FONT }, ...option.title },
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

function progressChart(data: BulletinData): BulletinChart {
  const title = `${periodWords(data.month)}逐月完成投资与年度完成率`;
  const option: ChartOption = {
    title: { text: title },
    legend: { bottom: 4 },
    grid: { left: 60, right: 60, top: 48, bottom: 56 },
    xAxis: { type: "category", data: data.series.map((s) => `${Number(s.month.slice(5, 7))}月`) },
    yAxis: [
      { type: "value", name: "亿元" },
      { type: "value", name: "%", min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      {
        type: "bar",
        name: "当月完成投资（亿元）",
        data: data.series.map((s) => yiNumber(s.monthFen)),
        itemStyle: { color: COLORS.done },
        label: { show: true, position: "top", fontSize: 10 },
      },
      {
        type: "line",
        name: "年度完成率（%）",
        yAxisIndex: 1,
        data: data.series.map((s) => s.completionRate),
        itemStyle: { color: COLORS.rate },
        label: {
          show: true,
          position: "top",
          fontSize: 10,
          formatter: "{c}%",
          backgroundColor: "#ffffff",
          padding: [1, 2],
        },
      },
    ],
  };
  return { key: "progress", title, svg: render(option, CHART_WIDTH, 300), width: CHART_WIDTH, height: 300 };
}

function sectorChart(data: BulletinData): BulletinChart {
  const title = `分行业年度计划与${periodWords(data.month)}完成投资（亿元）`;
  const sectors = [...data.sectors].reverse();
  const height = Math.max(220, sectors.length * 44 + 90);
  const option: ChartOption = {
    title: { text: title },
    legend: { bottom: 4 },
    grid: { left: 140, right: 70, top: 44, bottom: 48 },
    xAxis: { type: "value" },
    yAxis: { type: "category", data: sectors.map((s) => s.zh) },
    series: [
      {
        type: "bar",
        name: "年度计划",
        data: sectors.map((s) => yiNumber(s.plannedFen)),
        itemStyle: { color: COLORS.planned },
      },
      {
        type: "bar",
        name: "累计完成",
        data: sectors.map((s) => yiNumber(s.yearToDateFen)),
        itemStyle: { color: COLORS.done },
        label: { show: true, position: "right", fontSize: 10 },
      },
    ],
  };
  return { key: "sectors", title, svg: render(option, CHART_WIDTH, height), width: CHART_WIDTH, height };
}

function districtChart(data: BulletinData): BulletinChart {
  const title = "区县年度投资完成率（%）";
  const ranked = [...data.districts]
    .filter((d) => d.completionRate !== null)
    .sort((a, b) => (a.completionRate ?? 0) - (b.completionRate ?? 0));
  const height = Math.max(200, ranked.length * 20 + 80);
  const option: ChartOption = {
    title: { text: title },
    grid: { left: 110, right: 60, top: 40, bottom: 24 },
    xAxis: { type: "value", min: 0 },
    yAxis: { type: "category", data: ranked.map((d) => d.zh), axisLabel: { fontSize: 11 } },
    series: [
      {
        type: "bar",
        data: ranked.map((d) => d.completionRate),
        barMaxWidth: 14,
        itemStyle: { color: COLORS.done },
        label: { show: true, position: "right", fontSize: 10, formatter: "{c}%" },
      },
    ],
  };
  return { key: "districts", title, svg: render(option, CHART_WIDTH, height), width: CHART_WIDTH, height };
}

function warningChart(data: BulletinData): BulletinChart {
  const title = "调度预警分布（个）";
  const t = data.totals;
  const option: ChartOption = {
    title: { text: title },
    legend: { bottom: 4 },
    series: [
      {
        type: "pie",
        radius: ["35%", "65%"],
        center: ["50%", "52%"],
        label: { formatter: "{b}：{c} 个（{d}%）" },
        data: [
          { name: "红灯", value: t.red, itemStyle: { color: COLORS.red } },
          { name: "黄灯", value: t.yellow, itemStyle: { color: COLORS.yellow } },
          { name: "绿灯", value: t.green, itemStyle: { color: COLORS.green } },
        ],
      },
    ],
  };
  return { key: "warnings", title, svg: render(option, CHART_WIDTH, 280), width: CHART_WIDTH, height: 280 };
}

/** The bulletin's charts as SVG, rendered on the server with the CJK font the page embeds. */
export function bulletinCharts(data: BulletinData): BulletinChart[] {
  return [progressChart(data), sectorChart(data), districtChart(data), warningChart(data)];
}
