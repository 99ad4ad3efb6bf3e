import { Empty, Flex, Tag, Timeline, Typography } from "antd";
import type { z } from "zod";
import type { transitionSchema } from "../../../../../src/domain/contracts/project.js";
import { formatShanghaiTime } from "../../../lib/business-date.js";
import { stageColor, stageLabel } from "../../../lib/domain-labels.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";

type Transition = z.infer<typeof transitionSchema>;

function detailText(details: Record<string, unknown>, key: string): string | null {
  const value = details[key];
  return typeof value === "string" && value ? value : null;
}

/** The project's moves through the lifecycle, newest first: when, from → to, why, and by whom. */
export function TransitionHistory({ items }: { items: Transition[] }) {
  const { t, label } = useI18n();
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("lifecycle.noHistory")} />;

  return (
    <Timeline
      items={items.map((item) => {
        const actualStart = detailText(item.details, "actualStart");
        const actualEnd = detailText(item.details, "actualEnd");
        const finalInvestment = detailText(item.details, "finalInvestmentFen");
        return {
          key: item.id,
          color: item.to === "cancelled" ? "red" : item.to === "suspended" ? "orange" : "blue",
          title: formatShanghaiTime(item.at),
          content: (
            <Flex vertical gap={2}>
              <span>
                <Tag color={stageColor(item.from)}>{label(stageLabel(item.from))}</Tag>→{" "}
                <Tag color={stageColor(item.to)}>{label(stageLabel(item.to))}</Tag>
                <Typography.Text type="secondary">
                  {t("lifecycle.by", { user: item.actorUsername })}
                </Typography.Text>
              </span>
              <Typography.Text>{t("lifecycle.reasonText", { reason: item.reason })}</Typography.Text>
              {actualStart && (
                <Typography.Text type="secondary">
                  {t("lifecycle.actualStartText", { date: actualStart })}
                </Typography.Text>
              )}
              {actualEnd && (
                <Typography.Text type="secondary">
                  {t("lifecycle.actualEndText", { date: actualEnd })}
                </Typography.Text>
              )}
              {finalInvestment && (
                <Typography.Text type="secondary">
                  {t("lifecycle.finalInvestmentText", { amount: formatFen(finalInvestment, "wan") })}
                </Typography.Text>
              )}
            </Flex>
          ),
        };
      })}
    />
  );
}
