import type { NameTemplates, WordChoice } from "./name-patterns.js";

const CQU = { name: "重庆大学", kind: "institution", district: "沙坪坝区" } as const;
const SWU = { name: "西南大学", kind: "institution", district: "北碚区" } as const;
const CQMU = { name: "重庆医科大学", kind: "institution", district: "渝中区" } as const;
const CQJTU = { name: "重庆交通大学", kind: "institution", district: "南岸区" } as const;

/** State key laboratories with the university that hosts them. */
const KEY_LABS: readonly WordChoice[] = [
  { text: "输配电装备及系统安全与新技术", owner: CQU, district: CQU.district },
  { text: "机械传动", owner: CQU, district: CQU.district },
  { text: "煤矿灾害动力学与控制", owner: CQU, district: CQU.district },
  { text: "家蚕基因组生物学", owner: SWU, district: SWU.district },
  { text: "超声医学工程", owner: CQMU, district: CQMU.district },
  { text: "山区桥梁及隧道工程", owner: CQJTU, district: CQJTU.district },
  { text: "大数据与智能计算" },
  { text: "先进结构材料" },
  { text: "山地城镇建设与新技术" },
];

/** Names for the innovation-infrastructure specials (SCI, IND). */
export const INNOVATION_NAMES: Readonly<Record<string, NameTemplates>> = {
  "SCI-1": {
    patterns: [
      { name: "超瞬态物质科学实验装置", level: "national", district: CQU.district, owner: CQU },
      { name: "中国自然人群生物资源库重庆中心", level: "national" },
      { name: "{大科学方向}专用大科学装置预研项目", level: "national" },
      { name: "西部（重庆）科学城大科学装置培育群", level: "national", district: "沙坪坝区" },
      { name: "{前沿方向}国家实验室（重庆）培育项目", level: "national" },
      { name: "{重点实验室}国家重点实验室{期}", level: "national" },
      "{重点高校}{前沿方向}前沿交叉研究平台",
      { name: "{前沿方向}重庆市重点实验室建设项目", level: "municipal" },
      "{园}重大科技基础设施集群配套工程",
    ],
    words: {
      大科学方向: ["粒子物理", "聚变物理", "天文学", "网络安全"],
      前沿方向: ["智能计算", "大数据", "新材料", "量子信息", "生命健康", "空天信息"],
      重点实验室: KEY_LABS,
    },
  },
  "SCI-2": {
    patterns: [
      "{高校}科教基础设施建设项目{期}",
      "{高校}科研仪器设备共享平台",
      "{高校}{学科群}实验教学中心",
      "重庆市科研仪器设备开放共享平台",
      "重庆市科研数据资源中心",
      {
        name: "{合作高校}重庆研究院",
        owner: { name: "{合作高校}重庆研究院", kind: "institution" },
      },
      "{区}高层次人才培育基地",
      "{区简}产教融合实训基地",
    ],
    words: {
      学科群: ["电子信息", "智能制造", "生物医药", "土木交通", "新能源"],
      合作高校: ["北京理工大学", "哈尔滨工业大学", "西北工业大学", "北京航空航天大学", "电子科技大学"],
    },
  },
  "IND-1": {
    patterns: [
      "{技术领域}技术创新中心{期}",
      { name: "国家{技术领域}技术创新中心（重庆）", level: "national" },
      "重庆市{技术领域}工程研究中心",
      "{园}{技术领域}新型研发机构",
      "重庆{技术领域}研究院{期}",
      "{技术领域}公共服务平台（{区简}）",
      "{区简}{技术领域}产业创新中心",
      "{重点高校}{技术领域}研究院",
      "{园}{技术领域}创新中心",
    ],
  },
  "IND-2": {
    patterns: [
      "{区简}5G应用试验基地",
      "智能网联汽车{区简}综合测试基地",
      "{园}智能网联汽车测试示范区",
      "{区}区块链应用试验基地",
      "{区简}科技企业孵化器{期}",
      "{园}专业化众创空间",
      "环大学创新生态圈{区简}孵化基地",
      "{技术领域}中试验证平台",
      "{区简}新产品试验验证中心",
    ],
  },
};
