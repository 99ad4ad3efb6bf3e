import type { ProjectLevel } from "../plan.js";
import {
  HOSPITALS,
  type KnownOwner,
  LEADING_UNIVERSITIES,
  TELECOMS,
  UNIVERSITIES,
} from "./owner-catalogue.js";

/** One value for a {placeholder}; it may bring the project's owner or fix its district (by name). */
export interface WordChoice {
  text: string;
  owner?: KnownOwner;
  district?: string;
}
export type Word = string | WordChoice;

/**
 * A project-name pattern with {placeholders}. Built-ins: {区} district, {区简} its short name, {园} a
 * park in it, {特产} its farm product, {片区} its area outside 中心城区, {期} an optional phase.
 * Others come from the special's words or the shared ones. Object patterns can fix the district, the
 * level or the owner the name implies; an owner's name may use the same placeholders.
 */
export type NamePattern =
  string | { name: string; district?: string; level?: ProjectLevel; owner?: KnownOwner };

export interface NameTemplates {
  patterns: readonly NamePattern[];
  words?: Readonly<Record<string, readonly Word[]>>;
}

const asWords = (owners: readonly KnownOwner[]): WordChoice[] =>
  owners.map((owner) => ({
    text: owner.name,
    owner,
    ...(owner.district ? { district: owner.district } : {}),
  }));

/** Placeholders any special may use. */
export const SHARED_WORDS: Readonly<Record<string, readonly Word[]>> = {
  运营商: Object.entries(TELECOMS).map(([text, owner]) => ({ text, owner })),
  高校: asWords(UNIVERSITIES),
  重点高校: asWords(UNIVERSITIES.filter((u) => LEADING_UNIVERSITIES.includes(u.name))),
  医院: asWords(HOSPITALS),
  行业: ["汽车", "摩托车", "装备制造", "电子信息", "材料", "消费品", "医药", "化工", "能源", "食品"],
  技术领域: [
    "高端芯片",
    "功率半导体",
    "集成电路设计",
    "人工智能",
    "车联网",
    "智能网联汽车",
    "区块链",
    "智能传感器",
    "新型显示",
    "工业软件",
    "先进材料",
    "氢能与燃料电池",
    "生物医药",
    "智能装备",
    "工业机器人",
    "5G通信",
    "北斗导航",
    "物联网",
    "新能源汽车",
    "数字孪生",
  ],
};
