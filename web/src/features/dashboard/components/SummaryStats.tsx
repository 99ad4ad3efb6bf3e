import { Card, Flex, Statistic, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import type { PlanSummary } from "../../../../../src/domain/contracts/plan-summary.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen, formatFenSigned, signOfFen, subtractFen } from "../../../lib/money-display.js";

interface StatCardProps {
  title: string;
  value: string | number;
  caption: ReactNode;
}

/** One headline figure; the card is a named region so its number can be found by its title. */
function StatCard({ title, value, caption }: StatCardProps) {
  return (
    <Card role="region" aria-label={title} size="small" styles={{ body: { padding: "14px 18px" } }}>
      <Statistic title={title} value={value} styles={{ content: { fontSize: 26, fontWeight: 600 } }} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {caption}
      </Typography.Text>
    </Card>
  );
}

/** The headline cards: counts and investment against the plan, and the plan's own total vs its specials. */
export function SummaryStats({ summary, categoryCount }: { summary: PlanSummary; categoryCount: number }) {
  const { t } = useI18n();
  const { plan, totals } = summary;
  const headlineGap = subtractFen(plan.specialsTargetInvestmentFen, plan.headlineInvestmentFen);

  return (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(190px, 1fr))", gap: 12 }}>
      <StatCard
        title={t("stat.projects")}
        value={totals.projects}
        caption={t("stat.projectsTarget", { n: plan.headlineProjects })}
      />
      <StatCard
        title={t("stat.investment")}
        value={formatFen(totals.investmentFen, "yi")}
        caption={t("stat.investmentTarget", { amount: formatFen(plan.headlineInvestmentFen, "yi", 0) })}
      />
      <StatCard
        title={t("stat.specials")}
        value={summary.specials.length}
        caption={t("stat.specialsCaption", { n: summary.specials.length })}
      />
      <StatCard
        title={t("stat.sectors")}
        value={summary.sectors.length}
        caption={t("stat.sectorsCaption", { n: categoryCount })}
      />
      <Card
        role="region"
        aria-label={t("stat.headline")}
        size="small"
        styles={{ body: { padding: "14px 18px" } }}
      >
        <Typography.Text type="secondary">{t("stat.headline")}</Typography.Text>
        <Flex gap={16} align="baseline" style={{ margin: "6px 0 4px" }}>
          <span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("stat.headlineTotal")}{" "}
            </Typography.Text>
            <Typography.Text strong style={{ fontSize: 20 }}>
              {formatFen(plan.headlineInvestmentFen, "yi", 0)}
            </Typography.Text>
          </span>
          <span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("stat.specialsSum")}{" "}
            </Typography.Text>
            <Typography.Text strong style={{ fontSize: 20 }}>
              {formatFen(plan.specialsTargetInvestmentFen, "yi", 0)}
            </Typography.Text>
          </span>
        </Flex>
        {signOfFen(headlineGap) === 0 ? (
          <Tag color="success">{t("stat.headlineSame")}</Tag>
        ) : (
          <Tag color="warning">
            {t("stat.headlineDiff", { amount: formatFenSigned(headlineGap, "yi", 0) })}
          </Tag>
        )}
      </Card>
    </div>
  );
}
