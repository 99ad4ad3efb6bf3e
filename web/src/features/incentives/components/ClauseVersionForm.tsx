import { Alert, App, Button, Checkbox, Col, Form, Input, Row, Select, type FormInstance } from "antd";
import type { Clause } from "../../../../../src/domain/contracts/incentives.js";
import {
  AWARD_BASE_LABELS,
  AWARD_BASES,
  CLAUSE_KIND_LABELS,
  CLAUSE_KINDS,
  ELIGIBILITIES,
  ELIGIBILITY_LABELS,
  FACTOR_TYPE_LABELS,
  FACTOR_TYPES,
} from "../../../../../src/domain/incentives/terms.js";
import { BusinessDatePicker } from "../../../components/BusinessDatePicker.js";
import { ApiRequestError } from "../../../lib/api-client.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useAddClauseVersion } from "../api/use-add-clause-version.js";
import { formToTerms, termsToForm, type TermsFormValues } from "../utils/terms-form.js";

interface VersionValues extends TermsFormValues {
  effectiveFrom: string;
  note: string;
}

/** Server paths of the terms ("terms.capPerItemFen") as the form's fields. */
const TERM_FIELDS: Record<string, keyof VersionValues> = {
  "terms.rate": "ratePct",
  "terms.capByLevelFen.national": "capNationalWan",
  "terms.capByLevelFen.municipal_pilot": "capPilotWan",
  "terms.capPerItemFen": "capPerItemWan",
  "terms.cumulativeCapPerApplicantFen": "cumulativeCapWan",
  "terms.capPerYearFen": "capPerYearWan",
  "terms.speedupMin": "speedupPct",
};

/** A new version of a clause's terms from a date: kind, base, rate, caps, eligibility (city DRC). */
export function ClauseVersionForm({ clause, today }: { clause: Clause; today: string }) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<VersionValues>();
  const add = useAddClauseVersion();
  const current = clause.versions[0];
  const kind = Form.useWatch("kind", form) ?? current?.terms.kind;
  const monetary = kind === "reward" || kind === "subsidy" || kind === "grant";
  const wanField = (name: keyof VersionValues, text: string) => (
    <Col xs={24} sm={12}>
      <Form.Item name={name} label={text}>
        <Input inputMode="decimal" suffix={t("unit.wan")} allowClear />
      </Form.Item>
    </Col>
  );

  const submit = (v: VersionValues) =>
    add.mutate(
      { code: clause.code, body: { effectiveFrom: v.effectiveFrom, note: v.note, terms: formToTerms(v) } },
      {
        onSuccess: (saved) =>
          void message.success(
            t("inc.clauses.versionSaved", { code: saved.code, version: saved.versions[0]?.version ?? 0 }),
          ),
        onError: (error) => {
          if (!(error instanceof ApiRequestError) || !error.body) return;
          const details =
            error.body.details ?? (error.body.field ? [{ ...error.body, field: error.body.field }] : []);
          const untyped: FormInstance = form;
          untyped.setFields(
            details.map((d) => ({
              name: TERM_FIELDS[d.field] ?? d.field.replace(/^terms\./, ""),
              errors: [language === "en" ? d.messageEn : d.message],
            })),
          );
        },
      },
    );

  return (
    <Form<VersionValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        ...(current ? termsToForm(current.terms) : { kind: "case_by_case" }),
        effectiveFrom: today,
        note: "",
      }}
    >
      {add.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={describeError(add.error, language).message}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="effectiveFrom" label={t("inc.clauses.effectiveFrom")} rules={[{ required: true }]}>
            <BusinessDatePicker />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="kind" label={t("inc.clauses.kind")}>
            <Select options={CLAUSE_KINDS.map((k) => ({ value: k, label: label(CLAUSE_KIND_LABELS[k]) }))} />
          </Form.Item>
        </Col>
        {monetary && (
          <>
            <Col xs={24} sm={12}>
              <Form.Item name="base" label={t("inc.clauses.base")}>
                <Select
                  options={AWARD_BASES.map((b) => ({ value: b, label: label(AWARD_BASE_LABELS[b]) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="ratePct" label={t("inc.clauses.rate")}>
                <Input inputMode="decimal" suffix="%" allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="rateIsMaximum" valuePropName="checked" label=" ">
                <Checkbox>{t("inc.clauses.rateIsMaximum")}</Checkbox>
              </Form.Item>
            </Col>
            {wanField("capNationalWan", t("inc.clauses.capNational"))}
            {wanField("capPilotWan", t("inc.clauses.capPilot"))}
            {wanField("capPerItemWan", t("inc.clauses.capPerItem"))}
            {wanField("cumulativeCapWan", t("inc.clauses.cumulativeCap"))}
            {wanField("capPerYearWan", t("inc.clauses.capPerYear"))}
            <Col xs={24} sm={12}>
              <Form.Item name="eligibility" label={t("inc.clauses.eligibility")}>
                <Select
                  options={ELIGIBILITIES.map((e) => ({ value: e, label: label(ELIGIBILITY_LABELS[e]) }))}
                />
              </Form.Item>
            </Col>
          </>
        )}
        {kind === "factor" && (
          <>
            <Col xs={24} sm={12}>
              <Form.Item name="factor" label={t("inc.factors.factor")}>
                <Select
                  options={FACTOR_TYPES.map((f) => ({ value: f, label: label(FACTOR_TYPE_LABELS[f]) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="responsibleUnit" label={t("inc.factors.unit")}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </>
        )}
        {kind === "approval" && (
          <Col xs={24} sm={12}>
            <Form.Item name="speedupPct" label={t("inc.clauses.speedup")}>
              <Input inputMode="decimal" suffix="%" />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item
            name="note"
            label={t("inc.clauses.note")}
            rules={[{ required: true, min: 2, message: t("inc.clauses.noteRequired") }]}
          >
            <Input.TextArea rows={2} maxLength={500} placeholder={t("inc.clauses.notePlaceholder")} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {t("inc.clauses.issue")}
      </Button>
    </Form>
  );
}
