import type { warningsZh } from "./warnings-zh.js";

/** English text of the warning board. */
export const warningsEn: Record<keyof typeof warningsZh, string> = {
  "nav.warnings": "Warnings",

  "warnings.title": "Warning board",
  "warnings.subtitle":
    "Each month: pace against plan, start delays, stalls and reporting; every red and yellow project with its reasons",
  "warnings.month": "Month assessed",
  "warnings.red": "Red",
  "warnings.yellow": "Yellow",
  "warnings.green": "Green",
  "warnings.share": "{pct}% of projects assessed",
  "warnings.rollupTitle": "Where the warnings are",
  "warnings.rollupBy": "Group by",
  "warnings.bySpecial": "Special",
  "warnings.bySector": "Sector",
  "warnings.byDistrict": "District",
  "warnings.projects": "Projects",
  "warnings.chartLabel": "Stacked bars of red, yellow and green projects per group",
  "warnings.listTitle": "Red and yellow projects ({n})",
  "warnings.listTitleMore": "Red and yellow projects (the worst {n} listed)",
  "warnings.filter": "Light",
  "warnings.filterAll": "All",
  "warnings.colLevel": "Light",
  "warnings.colProject": "Project",
  "warnings.colReasons": "Reasons",
  "warnings.none": "No red or yellow project this month",
};
