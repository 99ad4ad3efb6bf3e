import { Skeleton, Typography } from "antd";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";
import { useProjectCount } from "../api/use-project-count.js";
import type { ListView } from "../utils/list-view.js";

/** "共 N 个项目，总投资 X 亿元" for the current filters, fetched on its own so the table never waits for it. */
export function ProjectCountSummary({ view }: { view: ListView }) {
  const { t } = useI18n();
  const count = useProjectCount(view);
  if (count.isPending) {
    return (
      <span aria-busy="true">
        <Skeleton.Input active size="small" style={{ width: 260 }} />
        <span style={{ position: "absolute", left: -9999 }}>{t("projects.counting")}</span>
      </span>
    );
  }
  if (count.isError) return <Typography.Text type="secondary">{t("projects.countFailed")}</Typography.Text>;
  return (
    <Typography.Text role="status" strong={false}>
      {t("projects.count", { total: count.data.total, amount: formatFen(count.data.investmentFen, "yi") })}
    </Typography.Text>
  );
}
