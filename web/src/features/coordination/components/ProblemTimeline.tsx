import { Flex, Timeline, Typography } from "antd";
import type { ProblemEvent } from "../../../../../src/domain/contracts/problems.js";
import { PROBLEM_TIER_LABELS, type ProblemTier } from "../../../../../src/domain/dispatch/problems.js";
import { formatShanghaiTime } from "../../../lib/business-date.js";
import { useI18n } from "../../../lib/i18n/index.js";

const COLORS: Record<ProblemEvent["kind"], string> = {
  raised: "blue",
  comment: "gray",
  escalated: "orange",
  auto_escalated: "red",
  status: "green",
};

/** What happened to a problem, oldest first: who did what, when, and what they wrote. */
export function ProblemTimeline({ events }: { events: ProblemEvent[] }) {
  const { t, label, language } = useI18n();
  const tier = (value: ProblemTier | null) => (value ? label(PROBLEM_TIER_LABELS[value]) : "");

  const headline = (event: ProblemEvent, index: number): string => {
    switch (event.kind) {
      case "raised":
        return t("problem.event.raised", { tier: tier(event.toTier) });
      case "comment":
        return t("problem.event.comment");
      case "escalated":
        return t("problem.event.escalated", { from: tier(event.fromTier), to: tier(event.toTier) });
      case "auto_escalated":
        return t("problem.event.autoEscalated", { from: tier(event.fromTier), to: tier(event.toTier) });
      case "status": {
        if (event.status === "resolved") return t("problem.event.resolved");
        const reopened = events.slice(0, index).some((e) => e.kind === "status" && e.status === "resolved");
        return t(reopened ? "problem.event.reopened" : "problem.event.in_progress");
      }
    }
  };

  // The raise repeats the title; the automatic escalation's text is its reason in Chinese.
  const shownText = (event: ProblemEvent) =>
    event.text !== "" && event.kind !== "raised" && (event.kind !== "auto_escalated" || language === "zh");

  return (
    <Timeline
      items={events.map((event, index) => ({
        key: event.id,
        color: COLORS[event.kind],
        title: formatShanghaiTime(event.at),
        content: (
          <Flex vertical gap={2}>
            <span>
              <Typography.Text strong>{headline(event, index)}</Typography.Text>{" "}
              <Typography.Text type="secondary">
                {event.by ? `${event.by.displayName}（${event.by.organisation}）` : t("problem.system")}
              </Typography.Text>
            </span>
            {shownText(event) && (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
                {event.text}
              </Typography.Paragraph>
            )}
          </Flex>
        ),
      }))}
    />
  );
}
