import { Alert, Button, Card, Flex, Form, type FormInstance } from "antd";
import { useEffect, useState } from "react";
import type { Reference } from "../../../../../src/domain/contracts/reference.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { splitServerErrors } from "../utils/server-errors.js";
import type { ProjectFormValues } from "../utils/project-form-values.js";
import { AnnualPlanRows } from "./AnnualPlanRows.js";
import { BasicFields } from "./BasicFields.js";
import { FormTotalsPanel } from "./FormTotalsPanel.js";
import { FundingRows } from "./FundingRows.js";
import { OwnerFields } from "./OwnerFields.js";

interface ProjectFormProps {
  form: FormInstance<ProjectFormValues>;
  reference: Reference;
  initialValues: ProjectFormValues;
  /** The owner fields: shown to the city, required when it registers a project. */
  owner: "hidden" | "optional" | "required";
  submitLabel: string;
  submitting: boolean;
  /** The last failed save; its field problems are shown on the fields, the rest above the form. */
  saveError: unknown;
  onSubmit: (values: ProjectFormValues) => void;
  onCancel: () => void;
}

/** The project record form shared by registering and editing; amounts in 万元, dates as business dates. */
export function ProjectForm({
  form,
  reference,
  initialValues,
  owner,
  submitLabel,
  submitting,
  saveError,
  onSubmit,
  onCancel,
}: ProjectFormProps) {
  const { t, language } = useI18n();
  const [general, setGeneral] = useState<string[]>([]);

  useEffect(() => {
    if (!saveError) {
      setGeneral([]);
      return;
    }
    const { fields, general } = splitServerErrors(saveError, language);
    // Paths come from the server's field names, so they are checked at run time, not by the form's type.
    const anyFieldForm: FormInstance = form;
    anyFieldForm.setFields(fields.map(({ path, message }) => ({ name: path, errors: [message] })));
    setGeneral(general);
    if (fields[0]) anyFieldForm.scrollToField(fields[0].path, { block: "center" });
  }, [saveError, form, language]);

  return (
    <Form<ProjectFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError={{ block: "center" }}
      requiredMark
    >
      <Flex vertical gap={16}>
        {general.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t("editor.saveFailed")}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {general.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            }
          />
        )}
        <Card size="small" title={t("editor.sectionBasics")}>
          <BasicFields reference={reference} />
        </Card>
        {owner !== "hidden" && (
          <Card size="small" title={t("editor.sectionOwner")}>
            <OwnerFields required={owner === "required"} />
          </Card>
        )}
        <Card size="small" title={t("editor.sectionFunding")}>
          <FundingRows sources={reference.fundingSources} />
        </Card>
        <Card size="small" title={t("editor.sectionAnnual")}>
          <AnnualPlanRows firstYear={reference.plan.startYear} />
        </Card>
        <Card size="small" title={t("editor.totals")}>
          <FormTotalsPanel />
        </Card>
        <Flex gap={8} justify="flex-end">
          <Button onClick={onCancel}>{t("editor.cancel")}</Button>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
