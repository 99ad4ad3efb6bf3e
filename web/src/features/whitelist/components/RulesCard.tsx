import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Switch, Typography } from "antd";
import type { WhitelistSettings } from "../../../../../src/domain/contracts/financing.js";
import { STAGES } from "../../../../../src/domain/lifecycle.js";
import { PROJECT_LEVELS } from "../../../../../src/domain/plan.js";
import { amountInputProblem } from "../../../lib/amount-input.js";
import { describeError } from "../../../lib/describe-error.js";
import { levelLabel, stageLabel } from "../../../lib/domain-labels.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatShanghaiDateTime } from "../../../lib/shanghai-time.js";
import { useSaveWhitelistSettings } from "../api/use-save-whitelist-settings.js";
import { formToRules, rulesToForm, type RulesFormValues } from "../utils/whitelist-view.js";

/** The city's rules editor: stages, levels, the gap threshold in 万元, and whether red projects are left out. */
export function RulesCard({ settings }: { settings: WhitelistSettings }) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const save = useSaveWhitelistSettings();
  const submit = (values: RulesFormValues) => {
    const rules = formToRules(values);
    if (!rules) return;
    save.mutate(rules, { onSuccess: () => void message.success(t("whitelist.rulesSaved")) });
  };
  return (
    <Card size="small" title={t("whitelist.rulesTitle")}>
      <Form<RulesFormValues>
        layout="vertical"
        initialValues={rulesToForm(settings.rules)}
        onFinish={submit}
        requiredMark={false}
      >
        <Flex gap={24} wrap>
          <Form.Item
            name="stages"
            label={t("whitelist.rulesStages")}
            rules={[{ required: true, type: "array", min: 1, message: t("funding.required") }]}
          >
            <Checkbox.Group options={STAGES.map((s) => ({ value: s, label: label(stageLabel(s)) }))} />
          </Form.Item>
          <Form.Item
            name="levels"
            label={t("whitelist.rulesLevels")}
            rules={[{ required: true, type: "array", min: 1, message: t("funding.required") }]}
          >
            <Checkbox.Group
              options={PROJECT_LEVELS.map((l) => ({ value: l, label: label(levelLabel(l)) }))}
            />
          </Form.Item>
          <Form.Item
            name="minGapWan"
            label={t("whitelist.rulesMinGap")}
            rules={[
              {
                validator: (_, value: string | undefined) =>
                  value && !amountInputProblem(value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("funding.amountFormat"))),
              },
            ]}
          >
            <Input inputMode="decimal" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="excludeRed" label={t("whitelist.rulesExcludeRed")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
        <Flex gap={12} align="center" wrap>
          <Button htmlType="submit" loading={save.isPending}>
            {t("whitelist.rulesSave")}
          </Button>
          {settings.updatedBy && (
            <Typography.Text type="secondary">
              {t("whitelist.rulesUpdated", {
                who: settings.updatedBy,
                at: formatShanghaiDateTime(settings.updatedAt),
              })}
            </Typography.Text>
          )}
        </Flex>
        {save.isError && (
          <Alert
            style={{ marginTop: 12 }}
            type="error"
            showIcon
            title={describeError(save.error, language).message}
          />
        )}
      </Form>
    </Card>
  );
}
