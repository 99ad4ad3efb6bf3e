import type { DistrictRef } from "../plan.js";

/** The district's name without 区/县/自治县, e.g. 渝北区 → 渝北, 石柱土家族自治县 → 石柱; 忠县 stays 忠县. */
export function districtShortName(name: string): string {
  const short = name.replace(/(土家族苗族|苗族土家族|土家族)?自治县$/, "").replace(/[区县]$/, "");
  return short.length >= 2 ? short : name;
}

/** The finest region label: the subregion inside 主城都市区, else the region (渝东北, 渝东南). */
export function areaLabel(district: DistrictRef): string {
  return district.subregion ?? district.region;
}

/** Industrial and science parks by district, for names such as "仙桃国际大数据谷数据中心". */
export const PARKS: Readonly<Record<string, readonly string[]>> = {
  渝北区: ["仙桃国际大数据谷", "两江数字经济产业园", "礼嘉智慧公园", "空港工业园"],
  北碚区: ["两江水土", "蔡家智慧新城"],
  江北区: ["鱼复工业园"],
  沙坪坝区: ["西部（重庆）科学城", "西永微电子产业园", "重庆大学城"],
  九龙坡区: ["重庆高新区", "西部（重庆）科学城金凤片区"],
  南岸区: ["重庆经开区", "广阳湾智创生态城"],
  巴南区: ["重庆国际生物城"],
  江津区: ["双福工业园"],
  璧山区: ["璧山高新区"],
  永川区: ["永川大数据产业园", "永川高新区"],
  涪陵区: ["涪陵高新区"],
  合川区: ["合川信息安全产业城"],
  长寿区: ["长寿经开区"],
  荣昌区: ["荣昌高新区"],
  万州区: ["万州经开区"],
  大足区: ["大足高新区"],
};

/** Signature farm products by district, for agricultural platforms. */
export const SPECIALTIES: Readonly<Record<string, string>> = {
  涪陵区: "榨菜",
  奉节县: "脐橙",
  潼南区: "柠檬",
  江津区: "花椒",
  石柱土家族自治县: "黄连",
  荣昌区: "生猪",
  巫山县: "脆李",
  忠县: "柑橘",
  永川区: "茶叶",
  梁平区: "柚子",
  城口县: "腊肉",
  酉阳土家族苗族自治县: "青花椒",
};

const AREA_WEIGHT: Readonly<Record<string, number>> = {
  中心城区: 3,
  主城新区: 1.3,
  渝东北: 0.7,
  渝东南: 0.6,
};

/** Districts that draw more projects than their area alone suggests (两江新区, 科学城, regional centres). */
const DISTRICT_WEIGHT: Readonly<Record<string, number>> = {
  渝北区: 2.5,
  沙坪坝区: 1.5,
  九龙坡区: 1.4,
  南岸区: 1.3,
  江北区: 1.3,
  北碚区: 1.3,
  万州区: 2.2,
  黔江区: 1.8,
  永川区: 1.3,
  涪陵区: 1.2,
};

/**
 * How likely a project is to sit in a district: mostly 主城都市区 and above all 中心城区, while every
 * region gets some. `boost` multiplies by district name or area label; `spread` < 1 flattens the
 * weights for specials found in every district (智慧城市, 卫生).
 */
export function districtWeights(
  districts: readonly DistrictRef[],
  boost: Readonly<Record<string, number>> = {},
  spread = 1,
): number[] {
  return districts.map((d) => {
    const base = (AREA_WEIGHT[areaLabel(d)] ?? 1) * (DISTRICT_WEIGHT[d.name] ?? 1);
    const factor = (boost[d.name] ?? 1) * (boost[areaLabel(d)] ?? 1) * (boost[d.region] ?? 1);
    return Math.pow(base, spread) * factor;
  });
}
