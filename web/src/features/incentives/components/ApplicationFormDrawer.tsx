import {
  Alert,
  App,
  Button,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  type FormInstance,
} from "antd";
import { useState } from "react";
import type { Clause } from "../../../../../src/domain/contracts/incentives.js";
import {
  AWARD_BASE_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_LEVELS,
  isMonetaryTerms,
  type AwardLevel,
} from "../../../../../src/domain/incentives/terms.js";
import { ApiRequestError } from "../../../lib/api-client.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useApply } from "../api/use-apply.js";
import type { EvidenceMeta } from "../utils/evidence-file.js";
import { isYuanInput, yuanInputToFen } from "../utils/yuan-amount.js";
import { EvidencePicker } from "./EvidencePicker.js";
import { ProjectPicker } from "./ProjectPicker.js";

interface ApplyValues {
  projectId: number;
  clause: string;
  level?: AwardLevel;
  applicantIsSme?: boolean;
  baseYuan: string;
  evidence: EvidenceMeta[];
  note?: string;
}

/** The server names fields by the API's names; the form's differ for the amount and the documents. */
const FORM_FIELD: Record<string, keyof ApplyValues> = { baseFen: "baseYuan" };
const formField = (field: string): string => FORM_FIELD[field] ?? field.split(".")[0] ?? field;

/** An owner's application: project, clause, the base amount and the supporting documents' metadata. */
export function ApplicationFormDrawer({
  open,
  clauses,
  onClose,
}: {
  open: boolean;
  clauses: Clause[];
  onClose: () => void;
}) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplyValues>();
  const apply = useApply();
  const [code, setCode] = useState<string | undefined>();
  const monetaryClauses = clauses.filter((c) => c.inForce && isMonetaryTerms(c.inForce.terms));
  const terms = monetaryClauses.find((c) => c.code === code)?.inForce?.terms;
  const monetary = terms && isMonetaryTerms(terms) ? terms : null;
  const levels = AWARD_LEVELS.filter((l) => monetary?.capByLevelFen?.[l] !== undefined);

  const submit = (v: ApplyValues) =>
    apply.mutate(
      {
        clause: v.clause,
        projectId: v.projectId,
        ...(v.level && levels.length ? { level: v.level } : {}),
        applicantIsSme: Boolean(v.applicantIsSme),
        baseFen: yuanInputToFen(v.baseYuan) ?? "0",
        evidence: v.evidence,
        note: v.note ?? "",
      },
      {
        onSuccess: (saved) => {
          void message.success(t("inc.apply.saved", { id: saved.id }));
          form.resetFields();
          onClose();
        },
        onError: (error) => {
          if (!(error instanceof ApiRequestError) || !error.body) return;
          const details =
            error.body.details ?? (error.body.field ? [{ ...error.body, field: error.body.field }] : []);
          const untyped: FormInstance = form;
          untyped.setFields(
            details.map((d) => ({
              name: formField(d.field),
              errors: [language === "en" ? d.messageEn : d.message],
            })),
          );
        },
      },
    );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={t("inc.apply.title")}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("inc.incentives.cancel")}</Button>
          <Button type="primary" loading={apply.isPending} onClick={() => form.submit()}>
            {t("inc.apply.submit")}
          </Button>
        </Flex>
      }
    >
      {apply.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("inc.apply.failed")}
          description={describeError(apply.error, language).message}
        />
      )}
      <Form<ApplyValues>
        form={form}
        layout="vertical"
        initialValues={{ evidence: [] }}
        onFinish={submit}
        onValuesChange={(changed: Partial<ApplyValues>) => {
          if (changed.clause !== undefined) setCode(changed.clause);
        }}
      >
        <Form.Item
          name="projectId"
          label={t("inc.apply.project")}
          rules={[{ required: true, message: t("inc.apply.projectRequired") }]}
        >
          <ProjectPicker />
        </Form.Item>
        <Form.Item
          name="clause"
          label={t("inc.quote.clause")}
          rules={[{ required: true, message: t("inc.quote.clauseRequired") }]}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            placeholder={t("inc.quote.clausePlaceholder")}
            options={monetaryClauses.map((c) => ({ value: c.code, label: `${c.code} ${c.zh}` }))}
          />
        </Form.Item>
        {levels.length > 0 && (
          <Form.Item
            name="level"
            label={t("inc.quote.level")}
            rules={[{ required: true, message: t("inc.quote.levelRequired") }]}
          >
            <Radio.Group options={levels.map((l) => ({ value: l, label: label(AWARD_LEVEL_LABELS[l]) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="baseYuan"
          label={monetary ? label(AWARD_BASE_LABELS[monetary.base]) : t("inc.quote.base")}
          rules={[
            { required: true, message: t("inc.quote.baseRequired") },
            {
              validator: (_r, value: string | undefined) =>
                !value || isYuanInput(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("inc.quote.baseFormat"))),
            },
          ]}
        >
          <Input inputMode="decimal" suffix={t("inc.yuan")} />
        </Form.Item>
        {monetary?.eligibility === "sme" && (
          <Form.Item name="applicantIsSme" valuePropName="checked">
            <Checkbox>{t("inc.quote.isSme")}</Checkbox>
          </Form.Item>
        )}
        <Form.Item
          name="evidence"
          label={t("inc.apply.evidence")}
          rules={[{ required: true, type: "array", min: 1, message: t("inc.apply.evidenceRequired") }]}
        >
          <EvidencePicker />
        </Form.Item>
        <Form.Item name="note" label={t("inc.apply.note")}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
