/**
 * Well-known organisations that typically build this kind of project in Chongqing. The demo gives
 * them generated codes and made-up projects; `district` is where the organisation is registered.
 */
export interface KnownOwner {
  name: string;
  kind: "enterprise" | "institution";
  district?: string;
}

/** Research universities that host most large science projects. */
export const LEADING_UNIVERSITIES = ["重庆大学", "西南大学", "重庆邮电大学", "重庆医科大学", "重庆交通大学"];

/** Telecom operators by the short name used in project names. */
export const TELECOMS: Readonly<Record<string, KnownOwner>> = {
  中国移动: { name: "中国移动通信集团重庆有限公司", kind: "enterprise", district: "渝北区" },
  中国电信: { name: "中国电信股份有限公司重庆分公司", kind: "enterprise", district: "渝中区" },
  中国联通: { name: "中国联合网络通信有限公司重庆市分公司", kind: "enterprise", district: "渝北区" },
  中国铁塔: { name: "中国铁塔股份有限公司重庆市分公司", kind: "enterprise", district: "渝北区" },
};

export const UNIVERSITIES: readonly KnownOwner[] = [
  { name: "重庆大学", kind: "institution", district: "沙坪坝区" },
  { name: "西南大学", kind: "institution", district: "北碚区" },
  { name: "重庆邮电大学", kind: "institution", district: "南岸区" },
  { name: "重庆理工大学", kind: "institution", district: "巴南区" },
  { name: "重庆交通大学", kind: "institution", district: "南岸区" },
  { name: "重庆医科大学", kind: "institution", district: "渝中区" },
  { name: "重庆师范大学", kind: "institution", district: "沙坪坝区" },
  { name: "重庆工商大学", kind: "institution", district: "南岸区" },
  { name: "重庆三峡学院", kind: "institution", district: "万州区" },
  { name: "长江师范学院", kind: "institution", district: "涪陵区" },
  { name: "重庆文理学院", kind: "institution", district: "永川区" },
];

export const RESEARCH_INSTITUTES: readonly KnownOwner[] = [
  { name: "中国科学院重庆绿色智能技术研究院", kind: "institution", district: "北碚区" },
  { name: "中国汽车工程研究院股份有限公司", kind: "enterprise", district: "渝北区" },
  { name: "重庆市科学技术研究院", kind: "institution" },
  { name: "重庆市计量质量检测研究院", kind: "institution" },
];

/** Topics for research institutes the demo invents, e.g. 重庆智能网联汽车研究院. */
export const RESEARCH_TOPICS: readonly string[] = [
  "人工智能",
  "集成电路",
  "智能网联汽车",
  "工业互联网",
  "区块链",
  "大数据",
  "新材料",
  "智能制造",
  "生物医药",
  "信息安全",
  "量子信息",
  "空间信息",
  "先进计算",
];

export const HOSPITALS: readonly KnownOwner[] = [
  { name: "重庆医科大学附属第一医院", kind: "institution", district: "渝中区" },
  { name: "重庆医科大学附属儿童医院", kind: "institution", district: "渝中区" },
  { name: "重庆市人民医院", kind: "institution", district: "渝中区" },
  { name: "重庆市急救医疗中心", kind: "institution", district: "渝中区" },
  { name: "重庆市公共卫生医疗救治中心", kind: "institution", district: "沙坪坝区" },
  { name: "重庆大学附属肿瘤医院", kind: "institution", district: "沙坪坝区" },
];

/** Municipal state-owned enterprises running traditional infrastructure, by what they run. */
export const CITY_SOES = {
  机场: { name: "重庆机场集团有限公司", kind: "enterprise", district: "渝北区" },
  高速: { name: "重庆高速公路集团有限公司", kind: "enterprise", district: "渝北区" },
  电网: { name: "国网重庆市电力公司", kind: "enterprise", district: "渝中区" },
  水利: { name: "重庆市水利投资（集团）有限公司", kind: "enterprise", district: "渝北区" },
  港口: { name: "重庆港务物流集团有限公司", kind: "enterprise", district: "江北区" },
  轨道: { name: "重庆市轨道交通（集团）有限公司", kind: "enterprise", district: "渝北区" },
  铁路: { name: "重庆铁路投资集团有限公司", kind: "enterprise", district: "渝北区" },
  城投: { name: "重庆市城市建设投资（集团）有限公司", kind: "enterprise", district: "渝中区" },
} as const satisfies Record<string, KnownOwner>;

export const BIG_DATA_COMPANY: KnownOwner = {
  name: "数字重庆大数据应用发展有限公司",
  kind: "enterprise",
  district: "渝北区",
};

/** Banks the financing layer works with; they own no projects. */
export const BANKS: readonly KnownOwner[] = [
  { name: "国家开发银行重庆市分行", kind: "enterprise", district: "渝中区" },
  { name: "中国农业发展银行重庆市分行", kind: "enterprise", district: "渝中区" },
  { name: "中国工商银行股份有限公司重庆市分行", kind: "enterprise", district: "渝中区" },
  { name: "重庆银行股份有限公司", kind: "enterprise", district: "江北区" },
  { name: "重庆农村商业银行股份有限公司", kind: "enterprise", district: "江北区" },
];

/** Pieces of invented enterprise names: 重庆 + two brand characters + business + form. */
export const BRAND_FIRST = [..."渝巴嘉缙山云智联信华科创恒金天博数海龙通瑞睿驰星宇新融"];
export const BRAND_SECOND = [..."信达邦科联创云图智维航拓源泰盛汇睿捷迅数链"];
