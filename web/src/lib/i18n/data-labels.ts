import type { Language } from "./language.js";

/**
 * English names for the Chinese terms that reach the interface as data without an English twin
 * (regions of 一区两群, funding sources). Unknown terms show as given.
 */
const DATA_TERMS_EN: Record<string, string> = {
  主城都市区: "Main urban metropolitan area",
  中心城区: "Central urban area",
  主城新区: "New urban area",
  渝东北: "Northeast Chongqing",
  渝东南: "Southeast Chongqing",
  渝东北三峡库区城镇群: "Northeast Chongqing (Three Gorges reservoir towns)",
  渝东南武陵山区城镇群: "Southeast Chongqing (Wuling mountain towns)",
  渝西地区: "West Chongqing",
  渝东新城: "East Chongqing new towns",
  中央预算内投资: "Central budget investment",
  中央专项建设资金: "Central special construction funds",
  地方政府专项债券: "Local government special bonds",
  "工业和信息化/科技创新等财政专项资金": "Fiscal special funds (industry, IT, innovation)",
  "政府和社会资本合作（PPP）": "Public-private partnership (PPP)",
  "银行信贷（含政策性银行）": "Bank credit (incl. policy banks)",
  "企业债券/公司债券/资产证券化": "Enterprise/corporate bonds, securitisation",
  "国家、市、区县三级基金": "National, city and district funds",
  "不动产投资信托基金（REITs）": "Real estate investment trusts (REITs)",
  "企业自筹/社会资本": "Self-raised / private capital",
};

/** The term in the interface language when an English name is known, otherwise the term itself. */
export function translateDataTerm(language: Language, term: string): string {
  if (language === "zh") return term;
  return DATA_TERMS_EN[term] ?? term;
}
