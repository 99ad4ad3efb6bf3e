import { Alert, App, Button, Card, Flex, Form, type FormInstance } from "antd";
import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import type { Report } from "../../../../../src/domain/contracts/report.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { formatShanghaiTime } from "../../../lib/business-date.js";
import { currentMonthInShanghai, isMonth, lastMonthInShanghai } from "../../../lib/business-month.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useProjectReports } from "../api/use-project-reports.js";
import { useReportDueDay } from "../api/use-report-due-day.js";
import { useReportProject } from "../api/use-report-project.js";
import { useSubmitReport } from "../api/use-submit-report.js";
import {
  currentReportOf,
  formValuesToReportInput,
  versionsOf,
  type ReportFormValues,
} from "../utils/report-form-values.js";
import { splitReportErrors } from "../utils/server-errors.js";
import { useReportPrefill } from "../utils/use-report-prefill.js";
import { DeadlineNote } from "./DeadlineNote.js";
import { DerivedTotals } from "./DerivedTotals.js";
import { MonthVersions } from "./MonthVersions.js";
import { ReportFigureFields } from "./ReportFigureFields.js";
import { ReportTargetFields } from "./ReportTargetFields.js";

function projectParam(value: string | null): number | undefined {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** `/reports/new?project=ID&month=YYYY-MM`: an owner's monthly report, one column so it works on a phone. */
export function MonthlyReportPage() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const projectId = projectParam(params.get("project"));
  const monthParam = params.get("month");
  const month = isMonth(monthParam) ? monthParam : lastMonthInShanghai();
  const [form] = Form.useForm<ReportFormValues>();
  const project = useReportProject(projectId);
  const reports = useProjectReports(projectId);
  const dueDay = useReportDueDay();
  const submit = useSubmitReport();
  const [general, setGeneral] = useState<string[]>([]);
  const [saved, setSaved] = useState<Report | null>(null);

  // The address holds the project and the month, so the detail page can link here and a reload keeps them.
  useEffect(() => form.setFieldsValue({ projectId, month }), [form, projectId, month]);
  useReportPrefill(form, projectId, month, reports.data);

  const choose = (changed: Partial<ReportFormValues>) => {
    if (!("projectId" in changed) && !("month" in changed)) return;
    const next = new URLSearchParams(params);
    const nextProject = "projectId" in changed ? changed.projectId : projectId;
    if (nextProject) next.set("project", String(nextProject));
    if ("month" in changed && changed.month) next.set("month", changed.month);
    setParams(next, { replace: true });
    setGeneral([]);
    setSaved(null);
  };

  const onFinish = (values: ReportFormValues) => {
    if (!projectId) return;
    setGeneral([]);
    submit.mutate(
      { projectId, body: formValuesToReportInput({ ...values, month }) },
      {
        onSuccess: (report) => {
          setSaved(report);
          // The form is long on a phone: the toast shows wherever the page is scrolled to.
          void message.success(t("report.saved", { month: report.month, n: report.version }));
        },
        onError: (error) => showServerErrors(form, splitReportErrors(error, language), setGeneral),
      },
    );
  };

  const versions = reports.data ? versionsOf(reports.data, month) : [];
  const previous = reports.data
    ?.filter((r) => r.current && r.month < month)
    .sort((a, b) => b.month.localeCompare(a.month))[0];
  const current = reports.data ? currentReportOf(reports.data, month) : null;
  // Like the reporting status, the current version's day decides whether the month came in on time.
  const reportedOn = current ? formatShanghaiTime(current.submittedAt).slice(0, 10) : null;

  return (
    <div style={{ maxWidth: 760 }}>
      <PageTitle title={t("report.title")} subtitle={t("report.subtitle")} />
      <Form<ReportFormValues>
        form={form}
        layout="vertical"
        initialValues={{ projectId, month }}
        onValuesChange={choose}
        onFinish={onFinish}
        scrollToFirstError={{ block: "center" }}
        requiredMark
      >
        <Flex vertical gap={16}>
          {general.length > 0 && (
            <Alert type="error" showIcon title={t("report.submitFailed")} description={general.join("；")} />
          )}
          <Card size="small" title={t("report.targetTitle")}>
            <ReportTargetFields selected={project.data} latestMonth={currentMonthInShanghai()} />
            {dueDay !== null && (projectId === undefined || reports.data) && (
              <DeadlineNote month={month} dueDay={dueDay} reportedOn={reportedOn} />
            )}
          </Card>
          {projectId !== undefined && (project.isError || reports.isError) && (
            <Alert
              type="error"
              showIcon
              title={t("report.projectUnavailable")}
              action={
                <Button size="small" onClick={() => void Promise.all([project.refetch(), reports.refetch()])}>
                  {t("common.retry")}
                </Button>
              }
            />
          )}
          {saved && (
            <Alert
              type="success"
              showIcon
              role="status"
              title={t("report.saved", { month: saved.month, n: saved.version })}
              description={
                projectId !== undefined && <Link to={`/projects/${projectId}`}>{t("report.toProject")}</Link>
              }
            />
          )}
          {project.data && reports.data && (
            <>
              <Card size="small" title={t("report.figuresTitle", { month })}>
                <ReportFigureFields
                  progressBefore={previous?.progressPct ?? null}
                  totals={<DerivedTotals month={month} project={project.data} reports={reports.data} />}
                />
              </Card>
              <MonthVersions month={month} versions={versions} />
              <Button type="primary" htmlType="submit" size="large" block loading={submit.isPending}>
                {current ? t("report.submitCorrection") : t("report.submit")}
              </Button>
            </>
          )}
        </Flex>
      </Form>
    </div>
  );
}

/** Puts the server's field problems on their fields, scrolls to the first, and lists the rest. */
function showServerErrors(
  form: FormInstance<ReportFormValues>,
  split: ReturnType<typeof splitReportErrors>,
  setGeneral: (messages: string[]) => void,
) {
  form.setFields(split.fields.map(({ name, messages }) => ({ name, errors: messages })));
  setGeneral(split.general);
  if (split.fields[0]) form.scrollToField(split.fields[0].name, { block: "center" });
}
