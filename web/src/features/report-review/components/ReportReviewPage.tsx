import { Tabs } from "antd";
import { useSearchParams } from "react-router-dom";
import { PageTitle } from "../../../components/PageTitle.js";
import { ScopeNote } from "../../../components/ScopeNote.js";
import { isMonth, lastMonthInShanghai } from "../../../lib/business-month.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { ReportStatusPanel } from "./ReportStatusPanel.js";
import { ReviewQueue } from "./ReviewQueue.js";

type Tab = "queue" | "status";

/** `/reports/review`: the reports awaiting the caller's unit, and who has reported for a month. */
export function ReportReviewPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get("tab") === "status" ? "status" : "queue";
  const monthParam = params.get("month");
  const month = isMonth(monthParam) ? monthParam : null;

  const show = (next: { tab?: Tab; month?: string | null }) => {
    const search = new URLSearchParams(params);
    const nextTab = next.tab ?? tab;
    if (nextTab === "status") search.set("tab", "status");
    else search.delete("tab");
    const nextMonth = "month" in next ? next.month : month;
    if (nextMonth) search.set("month", nextMonth);
    else search.delete("month");
    setParams(search, { replace: true });
  };

  return (
    <>
      <PageTitle title={t("review.title")} subtitle={t("review.subtitle")} extra={<ScopeNote />} />
      <Tabs
        activeKey={tab}
        onChange={(key) => show({ tab: key === "status" ? "status" : "queue" })}
        items={[
          {
            key: "queue",
            label: t("review.tabQueue"),
            children: <ReviewQueue month={month} onMonth={(m) => show({ month: m })} />,
          },
          {
            key: "status",
            label: t("review.tabStatus"),
            children: (
              <ReportStatusPanel month={month ?? lastMonthInShanghai()} onMonth={(m) => show({ month: m })} />
            ),
          },
        ]}
      />
    </>
  );
}
