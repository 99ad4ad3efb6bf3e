import { DatePicker } from "antd";
import { fromPickerDate, toPickerDate } from "../lib/business-date.js";

interface BusinessDatePickerProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Days after this date (YYYY-MM-DD) cannot be picked, e.g. today for actual dates. */
  latest?: string;
  placeholder?: string;
  status?: "error" | "warning" | "";
}

/** A date picker whose value is a YYYY-MM-DD string, so forms hold business dates and not instants. */
export function BusinessDatePicker({
  id,
  value,
  onChange,
  latest,
  placeholder,
  status,
}: BusinessDatePickerProps) {
  return (
    <DatePicker
      id={id}
      style={{ width: "100%" }}
      value={toPickerDate(value)}
      format="YYYY-MM-DD"
      placeholder={placeholder}
      status={status}
      disabledDate={latest ? (day) => day.format("YYYY-MM-DD") > latest : undefined}
      onChange={(day) => onChange?.(fromPickerDate(day))}
    />
  );
}
