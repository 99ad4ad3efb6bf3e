import { Alert, App, Button, Descriptions, Drawer, Flex, Form, Input, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { nextTier, PROBLEM_TIER_LABELS } from "../../../../../src/domain/dispatch/problems.js";
import { useSession } from "../../../api/use-session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { apiErrorCode } from "../../../lib/api-client.js";
import { formatShanghaiTime } from "../../../lib/business-date.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useProblem } from "../api/use-problem.js";
import { useProblemAction, type ProblemAction } from "../api/use-problem-action.js";
import { canCoordinate, canResolve } from "../utils/problem-rights.js";
import { ProblemActionDialog, type DialogKind } from "./ProblemActionDialog.js";
import { CategoryText, DueDate, StatusTag, TierTag } from "./ProblemTags.js";
import { ProblemTimeline } from "./ProblemTimeline.js";

interface ProblemDrawerProps {
  id: number;
  onClose: () => void;
}

/** One problem: its facts, its history, and the comment, escalate, start, resolve and reopen actions. */
export function ProblemDrawer({ id, onClose }: ProblemDrawerProps) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useSession();
  const problem = useProblem(id);
  const action = useProblemAction(id);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [comment] = Form.useForm<{ text?: string }>();

  const send = (next: ProblemAction, done: string, after?: () => void) =>
    action.mutate(next, {
      onSuccess: () => {
        void message.success(done);
        setDialog(null);
        after?.();
      },
      // A conflict is shown in the drawer with a reload; the dialog's version is stale anyway.
      onError: (error) => {
        if (apiErrorCode(error) === "version_conflict") setDialog(null);
      },
    });

  const conflict = apiErrorCode(action.error) === "version_conflict";
  const reload = () => {
    action.reset();
    setDialog(null);
    void problem.refetch();
  };

  const data = problem.data;
  const coordinator = canCoordinate(me);
  const above = data ? nextTier(data.tier) : null;
  const open = data && data.status !== "resolved";

  return (
    <Drawer open onClose={onClose} size={720} title={data?.title ?? t("problem.detailTitle")} destroyOnHidden>
      {problem.isPending ? (
        <PageLoading />
      ) : problem.isError ? (
        <ErrorState error={problem.error} onRetry={() => void problem.refetch()} />
      ) : (
        data && (
          <Flex vertical gap={16}>
            {conflict && (
              <Alert
                type="warning"
                showIcon
                role="alert"
                title={t("problem.conflictTitle")}
                description={describeError(action.error, language).message}
                action={
                  <Button size="small" type="primary" onClick={reload}>
                    {t("problem.reload")}
                  </Button>
                }
              />
            )}
            {action.isError && !conflict && dialog === null && (
              <Alert
                type="error"
                showIcon
                closable={{ onClose: () => action.reset() }}
                title={t("problem.actionFailed")}
                description={describeError(action.error, language).message}
              />
            )}
            {coordinator && (
              <Flex gap={8} wrap>
                {data.status === "open" && (
                  <Button
                    loading={action.isPending}
                    onClick={() =>
                      send(
                        { kind: "status", body: { status: "in_progress", text: "", version: data.version } },
                        t("problem.started"),
                      )
                    }
                  >
                    {t("problem.start")}
                  </Button>
                )}
                {open && above && (
                  <Button onClick={() => setDialog("escalate")}>{t("problem.escalate")}</Button>
                )}
                {open && canResolve(me, data.tier) && (
                  <Button type="primary" onClick={() => setDialog("resolve")}>
                    {t("problem.resolve")}
                  </Button>
                )}
                {data.status === "resolved" && (
                  <Button onClick={() => setDialog("reopen")}>{t("problem.reopen")}</Button>
                )}
              </Flex>
            )}
            {coordinator && open && !above && (
              <Typography.Text type="secondary">{t("problem.atTop")}</Typography.Text>
            )}
            {coordinator && open && !canResolve(me, data.tier) && (
              <Typography.Text type="secondary">
                {t("problem.resolveNotAllowed", { tier: label(PROBLEM_TIER_LABELS[data.tier]) })}
              </Typography.Text>
            )}
            <Descriptions
              size="small"
              bordered
              column={2}
              items={[
                {
                  key: "project",
                  label: t("problem.project"),
                  span: 2,
                  children: <Link to={`/projects/${data.project.id}`}>{data.project.name}</Link>,
                },
                {
                  key: "category",
                  label: t("problem.category"),
                  children: <CategoryText category={data.category} />,
                },
                { key: "tier", label: t("problem.tier"), children: <TierTag tier={data.tier} /> },
                { key: "status", label: t("problem.status"), children: <StatusTag status={data.status} /> },
                { key: "dueDate", label: t("problem.dueDate"), children: <DueDate {...data} /> },
                { key: "unit", label: t("problem.unit"), span: 2, children: data.responsibleUnit },
                {
                  key: "raisedBy",
                  label: t("problem.raisedBy"),
                  children: data.raisedBy
                    ? `${data.raisedBy.displayName}（${data.raisedBy.organisation}）`
                    : t("problem.system"),
                },
                {
                  key: "raisedAt",
                  label: t("problem.raisedAt"),
                  children: formatShanghaiTime(data.raisedAt),
                },
                ...(data.resolvedAt
                  ? [
                      {
                        key: "resolvedAt",
                        label: t("problem.resolvedAt"),
                        span: 2,
                        children: formatShanghaiTime(data.resolvedAt),
                      },
                    ]
                  : []),
                {
                  key: "description",
                  label: t("problem.description"),
                  span: 2,
                  children: data.description ? (
                    <span style={{ whiteSpace: "pre-wrap" }}>{data.description}</span>
                  ) : (
                    <Typography.Text type="secondary">{t("problem.noDescription")}</Typography.Text>
                  ),
                },
              ]}
            />
            <section aria-label={t("problem.timeline")}>
              <Typography.Title level={2} style={{ fontSize: 15 }}>
                {t("problem.timeline")}
              </Typography.Title>
              <ProblemTimeline events={data.events} />
            </section>
            {coordinator && (
              <Form
                form={comment}
                name="problem-comment"
                layout="vertical"
                onFinish={({ text = "" }) =>
                  send({ kind: "comments", body: { text: text.trim() } }, t("problem.commented"), () =>
                    comment.resetFields(),
                  )
                }
              >
                <Form.Item
                  name="text"
                  label={t("problem.comment")}
                  rules={[{ required: true, whitespace: true, message: t("problem.commentRequired") }]}
                >
                  <Input.TextArea
                    maxLength={2000}
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    placeholder={t("problem.commentPlaceholder")}
                  />
                </Form.Item>
                <Flex justify="flex-end">
                  <Button
                    htmlType="submit"
                    loading={action.isPending && action.variables?.kind === "comments"}
                  >
                    {t("problem.commentSubmit")}
                  </Button>
                </Flex>
              </Form>
            )}
          </Flex>
        )
      )}
      {dialog && data && (
        <ProblemActionDialog
          kind={dialog}
          problem={data}
          sending={action.isPending}
          error={conflict ? null : action.error}
          onClose={() => {
            action.reset();
            setDialog(null);
          }}
          onSend={(next) =>
            send(
              next,
              dialog === "escalate"
                ? t("problem.escalated", { tier: above ? label(PROBLEM_TIER_LABELS[above]) : "" })
                : t(dialog === "resolve" ? "problem.resolved" : "problem.reopened"),
            )
          }
        />
      )}
    </Drawer>
  );
}
