import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Segmented, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import type { Problem } from "../../../../../src/domain/contracts/problems.js";
import {
  PROBLEM_TIER_LABELS,
  PROBLEM_TIERS,
  type ProblemTier,
} from "../../../../../src/domain/dispatch/problems.js";
import { useSession } from "../../../api/use-session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useProblems } from "../api/use-problems.js";
import {
  parseProblemFilters,
  serializeProblemFilters,
  type ProblemFilters,
} from "../utils/problem-filters.js";
import { canCoordinate } from "../utils/problem-rights.js";
import { ProblemDrawer } from "./ProblemDrawer.js";
import { ProblemFilterBar } from "./ProblemFilterBar.js";
import { ProblemTable } from "./ProblemTable.js";
import { RaiseProblemDialog } from "./RaiseProblemDialog.js";
import "./coordination.css";

type TierChoice = ProblemTier | "all";

/**
 * `/coordination`: the blocking problems in the caller's scope, by tier, earliest due first, overdue
 * ones in red; a drawer for each problem's history and actions, and a dialog to raise a new one.
 */
export function CoordinationPage() {
  const { t, label } = useI18n();
  const { data: me } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseProblemFilters(searchParams);
  const filterKey = serializeProblemFilters(filters).toString();
  const list = useProblems(filters);
  const [openId, setOpenId] = useState<number | null>(null);
  const [raising, setRaising] = useState(false);

  const items: Problem[] = list.data?.pages.flatMap((page) => page.items) ?? [];
  const search = (next: ProblemFilters) => setSearchParams(serializeProblemFilters(next));

  return (
    <>
      <PageTitle
        title={t("coordination.title")}
        subtitle={t("coordination.subtitle")}
        extra={
          canCoordinate(me) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)}>
              {t("coordination.raise")}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        {me && !canCoordinate(me) && <Alert type="info" showIcon title={t("coordination.readOnly")} />}
        <Card size="small">
          <ProblemFilterBar key={filterKey} filters={filters} onSearch={search} />
        </Card>
        <Card size="small">
          <Segmented<TierChoice>
            aria-label={t("coordination.filter.tier")}
            style={{ marginBottom: 12 }}
            value={filters.tier ?? "all"}
            onChange={(tier) => search({ ...filters, tier: tier === "all" ? undefined : tier })}
            options={[
              { value: "all", label: t("coordination.filter.allTiers") },
              ...PROBLEM_TIERS.map((tier) => ({ value: tier, label: label(PROBLEM_TIER_LABELS[tier]) })),
            ]}
          />
          {list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <>
              <ProblemTable
                items={items}
                loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
                onOpen={(problem) => setOpenId(problem.id)}
              />
              <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
                <Typography.Text type="secondary" role="status">
                  {list.data ? t("coordination.loaded", { n: items.length }) : ""}
                </Typography.Text>
                {list.hasNextPage && (
                  <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                    {t("coordination.more")}
                  </Button>
                )}
              </Flex>
            </>
          )}
        </Card>
      </Flex>
      {openId !== null && <ProblemDrawer id={openId} onClose={() => setOpenId(null)} />}
      {raising && (
        <RaiseProblemDialog
          onClose={() => setRaising(false)}
          onRaised={(created) => {
            setRaising(false);
            setOpenId(created.id);
          }}
        />
      )}
    </>
  );
}
