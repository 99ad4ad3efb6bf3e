import { Card, Flex, Segmented, Typography } from "antd";
import { useState } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router-dom";
import { useReference } from "../../../api/use-reference.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { ScopeNote } from "../../../components/ScopeNote.js";
import { useI18n } from "../../../lib/i18n/index.js";
import type { DisplayUnit } from "../../../lib/money-display.js";
import { useProjectPage } from "../api/use-project-page.js";
import { currentCursor, popCursor, pushCursor, readCursorStack } from "../utils/cursor-stack.js";
import {
  parseListView,
  serializeListView,
  withFilters,
  withSort,
  type FilterPatch,
  type ListView,
} from "../utils/list-view.js";
import { CursorPager } from "./CursorPager.js";
import { ListActions } from "./ListActions.js";
import { ProjectCountSummary } from "./ProjectCountSummary.js";
import { ProjectFilterBar } from "./ProjectFilterBar.js";
import { ProjectTable } from "./ProjectTable.js";

/** `/projects`: the filterable project library with keyset paging; all filters live in the URL. */
export function ProjectListPage() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [unit, setUnit] = useState<DisplayUnit>("yi");

  const view = parseListView(searchParams);
  const cursors = readCursorStack(location.state);
  const page = useProjectPage(view, currentCursor(cursors));
  const reference = useReference();
  const lookup = useReferenceLookup();

  // A new filter, sort or page size starts again at the first page (history state is dropped).
  const showView = (next: ListView) => setSearchParams(serializeListView(next));
  const showPage = (state: { cursors: string[] }) => void navigate({ search: location.search }, { state });

  return (
    <>
      <PageTitle
        title={t("projects.title")}
        subtitle={t("projects.subtitle")}
        extra={<ListActions view={view} />}
      />
      <Flex vertical gap={16}>
        <ProjectFilterBar
          view={view}
          reference={reference.data}
          onFilter={(patch: FilterPatch) => showView(withFilters(view, patch))}
          onReset={() => showView({ ...view, filters: {} })}
        />
        <Card size="small">
          <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} wrap gap={8}>
            <Flex align="center" gap={12} wrap>
              <ScopeNote />
              <ProjectCountSummary view={view} />
            </Flex>
            <Flex align="center" gap={8}>
              <Typography.Text type="secondary">{t("projects.unit")}</Typography.Text>
              <Segmented<DisplayUnit>
                size="small"
                aria-label={t("projects.unit")}
                value={unit}
                onChange={setUnit}
                options={[
                  { value: "yi", label: t("unit.yi") },
                  { value: "wan", label: t("unit.wan") },
                ]}
              />
            </Flex>
          </Flex>
          {page.isError ? (
            <ErrorState error={page.error} onRetry={() => void page.refetch()} />
          ) : (
            <>
              <ProjectTable
                items={page.data?.items ?? []}
                loading={page.isFetching}
                view={view}
                unit={unit}
                lookup={lookup}
                onSort={(sort, order) => showView(withSort(view, sort, order))}
              />
              <CursorPager
                pageNumber={cursors.length + 1}
                hasNext={Boolean(page.data?.nextCursor)}
                pageSize={view.limit}
                disabled={page.isFetching}
                onPrev={() => showPage(popCursor(cursors))}
                onNext={() => page.data?.nextCursor && showPage(pushCursor(cursors, page.data.nextCursor))}
                onPageSize={(limit) => showView({ ...view, limit })}
              />
            </>
          )}
        </Card>
      </Flex>
    </>
  );
}
