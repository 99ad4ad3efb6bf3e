import { DatePicker } from "antd";
import dayjs from "dayjs";
import type { CSSProperties } from "react";
import { isMonth } from "../lib/business-month.js";

interface MonthPickerProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Months after this one (YYYY-MM) cannot be picked, e.g. the current month. */
  latest?: string;
  allowClear?: boolean;
  placeholder?: string;
  status?: "error" | "warning" | "";
  style?: CSSProperties;
  "aria-label"?: string;
}

/** A month picker whose value is a YYYY-MM string, so forms and queries hold months and not instants. */
export function MonthPicker({
  id,
  value,
  onChange,
  latest,
  allowClear = false,
  placeholder,
  status,
  style,
  "aria-label": ariaLabel,
}: MonthPickerProps) {
  return (
    <DatePicker
      id={id}
      picker="month"
      format="YYYY-MM"
      style={style}
      aria-label={ariaLabel}
      inputReadOnly
      allowClear={allowClear}
      placeholder={placeholder}
      status={status}
      value={isMonth(value) ? dayjs(`${value}-01`) : null}
      disabledDate={latest ? (day) => day.format("YYYY-MM") > latest : undefined}
      onChange={(day) => onChange?.(day ? day.format("YYYY-MM") : null)}
    />
  );
}
