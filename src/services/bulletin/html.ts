import type { BulletinData } from "../../domain/dispatch/bulletin.js";
import { bulletinByline, bulletinTitle, summaryParagraphs } from "../../domain/dispatch/bulletin-text.js";
import { CHART_FONT, type BulletinChart } from "./charts.js";
import { districtTable, indicatorTable, problemTable, redFlagTable, sectorTable } from "./html-sections.js";
import { escapeHtml } from "./html-table.js";

const STYLE = `
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
body { font-family: "${CHART_FONT}", sans-serif; font-size: 10.5pt; color: #1f1f1f; margin: 0; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 4mm; letter-spacing: 0.5pt; }
.meta { text-align: center; color: #595959; font-size: 9.5pt; margin-bottom: 6mm; }
h2 { font-size: 13pt; margin: 6mm 0 3mm; border-left: 4px solid #1677ff; padding-left: 6px; break-after: avoid; }
p { line-height: 1.7; text-indent: 2em; margin: 0 0 2mm; }
p.empty { text-indent: 0; color: #8c8c8c; }
p.unit { text-indent: 0; text-align: right; color: #8c8c8c; font-size: 9pt; margin: 0 0 1mm; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; margin-bottom: 3mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: #e6f0ff; font-weight: bold; }
th, td { border: 0.5pt solid #8c8c8c; padding: 2px 4px; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; }
td.nw { white-space: nowrap; }
td.bad { color: #cf1322; font-weight: bold; }
td.warn { color: #d46b08; }
tr.total td { font-weight: bold; background: #fafafa; }
figure { margin: 2mm 0 4mm; break-inside: avoid; text-align: center; }
figure svg { max-width: 100%; height: auto; }
`;

const chartFigure = (chart: BulletinChart | undefined) =>
  chart ? `<figure aria-label="${escapeHtml(chart.title)}">${chart.svg}</figure>` : "";

/** The printable bulletin: title, scope, summary, then one section per table, with the charts beside them. */
export function bulletinHtml(data: BulletinData, charts: readonly BulletinChart[]): string {
  const chart = (key: BulletinChart["key"]) => chartFigure(charts.find((c) => c.key === key));
  const title = bulletinTitle(data.month);
  const summary = summaryParagraphs(data)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("");
  const unit = `<p class="unit">金额单位：亿元</p>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<div class="meta">${escapeHtml(bulletinByline(data))}</div>
<h2>一、总体情况</h2>
${summary}
${chart("progress")}
${chart("warnings")}
<h2>二、分行业推进情况</h2>
${unit}${sectorTable(data)}
${chart("sectors")}
<h2>三、区县排名</h2>
${unit}${districtTable(data)}
${chart("districts")}
<h2>四、红灯项目</h2>
${redFlagTable(data)}
<h2>五、问题协调（未办结 ${data.problems.open} 个，其中逾期 ${data.problems.overdue} 个）</h2>
${problemTable(data)}
<h2>六、发展目标进度</h2>
${indicatorTable(data)}
</body></html>`;
}

/** The printed page's footer: the page number in Chinese, in the embedded font. */
export function footerTemplate(title: string): string {
  return `<div style="width:100%;font-family:'${CHART_FONT}',sans-serif;font-size:8pt;color:#8c8c8c;padding:0 15mm;display:flex;justify-content:space-between">
<span>${escapeHtml(title)}</span><span>第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</span></div>`;
}
