import type { FormInstance } from "antd";
import { useEffect, useRef } from "react";
import type { Report } from "../../../../../src/domain/contracts/report.js";
import { prefillFields, versionsOf, type ReportFormValues } from "./report-form-values.js";

/**
 * Fills the form from the project's reports whenever the project, the month or the month's versions
 * change, and only then: a refetch that brings nothing new leaves what the person typed alone.
 */
export function useReportPrefill(
  form: FormInstance<ReportFormValues>,
  projectId: number | undefined,
  month: string,
  reports: Report[] | undefined,
): void {
  const filledFor = useRef<string | null>(null);
  useEffect(() => {
    if (projectId === undefined || !reports) return;
    const key = `${projectId}|${month}|${versionsOf(reports, month).length}|${reports.length}`;
    if (filledFor.current === key) return;
    filledFor.current = key;
    const fields = prefillFields(reports, month);
    form.setFields([
      { name: "month", errors: [] },
      ...Object.entries(fields).map(([name, value]) => ({
        name: name as keyof ReportFormValues,
        value,
        errors: [],
      })),
    ]);
  }, [form, projectId, month, reports]);
}
