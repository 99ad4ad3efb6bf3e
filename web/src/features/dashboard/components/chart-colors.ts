/** Shared dashboard palette: plan targets muted, library actuals in the primary blue. */
export const TARGET_COLOR = "#b7c7e0";
export const ACTUAL_COLOR = "#1f5fbf";
export const SERIES_COLORS = ["#1f5fbf", "#36a18b", "#e6a23c", "#8e6cc9", "#d4564e", "#4aa3df", "#7f8c9d"];
