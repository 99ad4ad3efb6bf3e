import { Alert, Card, Flex, Statistic, Tag, Timeline, Typography } from "antd";
import type { QuoteResult } from "../../../../../src/domain/contracts/incentives.js";
import { formatFen } from "../../../lib/money-display.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatYuan } from "../utils/yuan-amount.js";

/** A quote: the maximum in 元 (and 万元), whether the applicant qualifies, and each step in words. */
export function QuoteResultCard({ quote }: { quote: QuoteResult }) {
  const { t, language } = useI18n();
  return (
    <Card size="small" title={t("inc.quote.resultTitle", { clause: quote.clause, version: quote.version })}>
      <Flex vertical gap={12}>
        <Flex gap={24} align="center" wrap>
          {quote.maxAwardFen === null ? (
            <Alert type="info" showIcon title={t("inc.quote.noAmount")} />
          ) : (
            <div data-testid="quote-max">
              <Statistic
                title={t("inc.quote.maxAward")}
                value={formatYuan(quote.maxAwardFen)}
                suffix={t("inc.yuan")}
              />
            </div>
          )}
          {quote.maxAwardFen !== null && (
            <Typography.Text type="secondary">
              {t("inc.quote.inWan", { amount: formatFen(quote.maxAwardFen, "wan", 6).replace(/\.?0+$/, "") })}
            </Typography.Text>
          )}
          <Tag color={quote.eligible ? "success" : "error"}>
            {t(quote.eligible ? "inc.quote.eligible" : "inc.quote.notEligible")}
          </Tag>
        </Flex>
        <Timeline
          items={quote.steps.map((step, i) => ({
            key: i,
            color:
              step.kind === "result"
                ? "green"
                : step.kind === "eligibility" && !quote.eligible
                  ? "red"
                  : "blue",
            content: <span data-testid="quote-step">{language === "en" ? step.en : step.zh}</span>,
          }))}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("inc.quote.roundingNote")}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
