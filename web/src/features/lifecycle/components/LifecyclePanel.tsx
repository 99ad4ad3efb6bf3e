import { Button, Card, Col, Flex, Row, Steps, Tag, Typography } from "antd";
import { useState } from "react";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { useSession } from "../../../api/use-session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { canEditProject } from "../../../lib/edit-rights.js";
import { stageColor, stageLabel } from "../../../lib/domain-labels.js";
import { useI18n, type MessageKey } from "../../../lib/i18n/index.js";
import { useTransitions } from "../api/use-transitions.js";
import {
  availableMoves,
  lifecycleSteps,
  MAIN_PATH,
  type Move,
  type MoveKind,
} from "../utils/lifecycle-steps.js";
import { TransitionDialog } from "./TransitionDialog.js";
import { TransitionHistory } from "./TransitionHistory.js";

const MOVE_TEXT: Record<MoveKind, MessageKey> = {
  forward: "lifecycle.moveTo",
  back: "lifecycle.moveBack",
  resume: "lifecycle.resume",
  suspend: "lifecycle.suspend",
  cancel: "lifecycle.cancelProject",
};

/** The project's stage on the lifecycle path, the moves open to the caller, and the history of moves. */
export function LifecyclePanel({ project }: { project: ProjectDetail }) {
  const { t, label } = useI18n();
  const { data: me } = useSession();
  const history = useTransitions(project.id);
  const [move, setMove] = useState<Move | null>(null);

  const cancelledFrom =
    project.stage === "cancelled"
      ? (history.data?.items.find((i) => i.to === "cancelled")?.from ?? null)
      : null;
  const steps = lifecycleSteps(project.stage, project.suspendedFrom, cancelledFrom);
  const moves = canEditProject(me, project.owner.id)
    ? availableMoves(project.stage, project.suspendedFrom)
    : [];

  return (
    <section aria-label={t("lifecycle.title")}>
      <Card
        size="small"
        title={t("lifecycle.title")}
        extra={
          <span role="status">
            {t("lifecycle.current")}
            <Tag color={stageColor(project.stage)} style={{ marginInlineEnd: 0 }}>
              {label(stageLabel(project.stage))}
            </Tag>
          </span>
        }
      >
        <Flex vertical gap={16}>
          <Steps
            size="small"
            current={steps.current}
            status={steps.status}
            aria-label={t("lifecycle.steps")}
            items={MAIN_PATH.map((stage, index) => ({
              title: label(stageLabel(stage)),
              content:
                index === steps.current && steps.offPath ? (
                  <Tag color={steps.offPath === "cancelled" ? "red" : "orange"}>
                    {label(stageLabel(steps.offPath))}
                  </Tag>
                ) : undefined,
            }))}
          />
          <Row gutter={[24, 16]}>
            <Col xs={24} lg={10}>
              <Typography.Title level={2} style={{ fontSize: 14, marginTop: 0 }}>
                {t("lifecycle.moves")}
              </Typography.Title>
              {moves.length > 0 ? (
                <Flex gap={8} wrap>
                  {moves.map((m) => (
                    <Button
                      key={m.to}
                      type={m.kind === "forward" || m.kind === "resume" ? "primary" : "default"}
                      danger={m.kind === "cancel"}
                      onClick={() => setMove(m)}
                    >
                      {t(MOVE_TEXT[m.kind], { stage: label(stageLabel(m.to)) })}
                    </Button>
                  ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">
                  {availableMoves(project.stage, project.suspendedFrom).length === 0
                    ? t("lifecycle.final")
                    : t("lifecycle.readOnly")}
                </Typography.Text>
              )}
            </Col>
            <Col xs={24} lg={14}>
              <section aria-label={t("lifecycle.history")}>
                <Typography.Title level={2} style={{ fontSize: 14, marginTop: 0 }}>
                  {t("lifecycle.history")}
                </Typography.Title>
                {history.isError ? (
                  <ErrorState error={history.error} onRetry={() => void history.refetch()} />
                ) : (
                  <TransitionHistory items={history.data?.items ?? []} />
                )}
              </section>
            </Col>
          </Row>
        </Flex>
        {move && <TransitionDialog project={project} move={move} onClose={() => setMove(null)} />}
      </Card>
    </section>
  );
}
