import { Card, Tabs } from "antd";
import { useSearchParams } from "react-router-dom";
import { hasSessionPermission } from "../../../api/session.js";
import { useSession } from "../../../api/use-session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useClauses } from "../api/use-clauses.js";
import { ApplicationsPanel } from "./ApplicationsPanel.js";
import { FactorRequestsPanel } from "./FactorRequestsPanel.js";
import { LedgerPanel } from "./LedgerPanel.js";
import { QuoteCalculator } from "./QuoteCalculator.js";

const TABS = ["quote", "applications", "ledger", "factors"] as const;
type Tab = (typeof TABS)[number];

/** `/incentives`: the quote calculator, applications and review queues, the award ledger, factor requests. */
export function IncentivesPage() {
  const { t } = useI18n();
  const { data: me } = useSession();
  const clauses = useClauses();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get("tab")) ?? "quote";
  if (clauses.isError) return <ErrorState error={clauses.error} onRetry={() => void clauses.refetch()} />;
  if (!clauses.data) return <PageLoading />;
  const items = clauses.data.items;
  const applicantId = hasSessionPermission(me, "incentives.apply") && me ? me.organisation.id : null;
  return (
    <>
      <PageTitle title={t("inc.incentives.title")} subtitle={t("inc.incentives.subtitle")} />
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            {
              key: "quote",
              label: t("inc.incentives.tabQuote"),
              children: <QuoteCalculator clauses={items} applicantId={applicantId} />,
            },
            {
              key: "applications",
              label: t("inc.incentives.tabApplications"),
              children: <ApplicationsPanel clauses={items} me={me} />,
            },
            {
              key: "ledger",
              label: t("inc.incentives.tabLedger"),
              children: <LedgerPanel clauses={items} />,
            },
            {
              key: "factors",
              label: t("inc.incentives.tabFactors"),
              children: <FactorRequestsPanel clauses={items} me={me} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
