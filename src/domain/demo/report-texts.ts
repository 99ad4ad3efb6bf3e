import type { Random } from "./random.js";
import type { WorksKind } from "./special-profiles.js";

/** What the works are doing at each stretch of physical progress (<10, <35, <70, <100, done). */
const PROGRESS_TEXTS: Readonly<Record<WorksKind, readonly (readonly string[])[]>> = {
  network: [
    ["站址选点及规划设计", "管道杆路资源协调"],
    ["基站建设及光缆敷设", "传输设备安装"],
    ["基站开通及网络优化", "核心网扩容割接"],
    ["网络优化及验收测试", "业务试商用"],
    ["竣工验收，投入运营"],
  ],
  facility: [
    ["施工准备及场地平整", "桩基础施工", "设备招标采购"],
    ["主体结构施工", "机电管线预埋"],
    ["主体结构封顶", "设备安装调试", "机电安装"],
    ["设备联调联试", "竣工验收准备", "室外配套工程"],
    ["竣工验收，投入使用"],
  ],
  platform: [
    ["需求调研及方案设计", "软硬件招标采购"],
    ["平台软件开发", "硬件设备部署"],
    ["系统集成联调", "应用模块开发"],
    ["试运行及优化完善", "等保测评"],
    ["项目终验，上线运行"],
  ],
};

/** A short description of the month's works for the cumulative physical progress. */
export function progressText(works: WorksKind, progressPct: number, random: Random): string {
  const stretch =
    progressPct >= 100 ? 4 : progressPct >= 70 ? 3 : progressPct >= 35 ? 2 : progressPct >= 10 ? 1 : 0;
  return random.pick(PROGRESS_TEXTS[works][stretch] ?? ["项目实施中"]);
}

/** Blocking problems of the kinds the dispatch system coordinates (land, power, funds, approvals, data). */
const PROBLEMS = [
  "用地指标尚未落实",
  "电力接入方案待审批",
  "资金到位不及时",
  "环评批复办理中",
  "施工许可办理中",
  "核心设备到货延迟",
  "数据共享接口尚未打通",
  "征地拆迁进度滞后",
  "专项债券资金尚未拨付",
  "芯片等关键器件供货周期延长",
  "配套市政管网未同步建设",
];

export const PANDEMIC_PROBLEM = "受疫情影响，施工人员和物资到场受限";

const SUSPENSION_REASONS = [
  "资金链紧张，项目暂停施工",
  "规划调整，项目暂停实施",
  "业主单位重组，项目暂缓建设",
];

export function problemText(random: Random): string {
  return random.pick(PROBLEMS);
}

export function suspensionText(random: Random): string {
  return random.pick(SUSPENSION_REASONS);
}
