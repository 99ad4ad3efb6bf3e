import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router-dom";
import { PageLoading } from "../components/PageLoading.js";
import { SessionGate } from "../features/auth/components/SessionGate.js";
import { ProjectListPage } from "../features/projects/components/ProjectListPage.js";
import { AppLayout } from "./AppLayout.js";
import { RequirePermission } from "./RequirePermission.js";

// The chart pages carry ECharts; they load on first visit so the shell and the list stay light.
const DashboardPage = lazy(() =>
  import("../features/dashboard/components/DashboardPage.js").then((m) => ({ default: m.DashboardPage })),
);
const ProjectDetailPage = lazy(() =>
  import("./ProjectDetailRoute.js").then((m) => ({ default: m.ProjectDetailRoute })),
);
const ProjectCreatePage = lazy(() =>
  import("../features/project-editor/components/ProjectCreatePage.js").then((m) => ({
    default: m.ProjectCreatePage,
  })),
);
const ProjectEditPage = lazy(() =>
  import("../features/project-editor/components/ProjectEditPage.js").then((m) => ({
    default: m.ProjectEditPage,
  })),
);
const ImportPage = lazy(() =>
  import("../features/import-export/components/ImportPage.js").then((m) => ({ default: m.ImportPage })),
);
const RollingPlanPage = lazy(() =>
  import("../features/rolling-plan/components/RollingPlanPage.js").then((m) => ({
    default: m.RollingPlanPage,
  })),
);
const RolloverPage = lazy(() =>
  import("../features/rollover/components/RolloverPage.js").then((m) => ({ default: m.RolloverPage })),
);
const PublicPortalPage = lazy(() =>
  import("../features/public-portal/components/PublicPortalPage.js").then((m) => ({
    default: m.PublicPortalPage,
  })),
);
const PublicPublicationPage = lazy(() =>
  import("../features/public-portal/components/PublicPublicationPage.js").then((m) => ({
    default: m.PublicPublicationPage,
  })),
);

const PublicationListPage = lazy(() =>
  import("../features/publications/components/PublicationListPage.js").then((m) => ({
    default: m.PublicationListPage,
  })),
);
const IncentivesPage = lazy(() =>
  import("../features/incentives/components/IncentivesPage.js").then((m) => ({ default: m.IncentivesPage })),
);
const ClausesPage = lazy(() =>
  import("../features/incentives/components/ClausesPage.js").then((m) => ({ default: m.ClausesPage })),
);
const AuditLogPage = lazy(() =>
  import("../features/audit-log/components/AuditLogPage.js").then((m) => ({ default: m.AuditLogPage })),
);

const MonthlyReportPage = lazy(() =>
  import("../features/monthly-report/components/MonthlyReportPage.js").then((m) => ({
    default: m.MonthlyReportPage,
  })),
);
const ReportReviewPage = lazy(() =>
  import("../features/report-review/components/ReportReviewPage.js").then((m) => ({
    default: m.ReportReviewPage,
  })),
);
const WarningBoardPage = lazy(() =>
  import("../features/warning-board/components/WarningBoardPage.js").then((m) => ({
    default: m.WarningBoardPage,
  })),
);
const CockpitPage = lazy(() =>
  import("../features/cockpit/components/CockpitPage.js").then((m) => ({ default: m.CockpitPage })),
);

const IndicatorsPage = lazy(() =>
  import("../features/indicators/components/IndicatorsPage.js").then((m) => ({ default: m.IndicatorsPage })),
);
const BulletinPage = lazy(() =>
  import("../features/bulletin/components/BulletinPage.js").then((m) => ({ default: m.BulletinPage })),
);

const CoordinationPage = lazy(() =>
  import("../features/coordination/components/CoordinationPage.js").then((m) => ({
    default: m.CoordinationPage,
  })),
);

const WhitelistPage = lazy(() =>
  import("../features/whitelist/components/WhitelistPage.js").then((m) => ({ default: m.WhitelistPage })),
);
const CreditPage = lazy(() =>
  import("../features/whitelist/components/CreditPage.js").then((m) => ({ default: m.CreditPage })),
);
const FinancingSummaryPage = lazy(() =>
  import("../features/whitelist/components/FinancingSummaryPage.js").then((m) => ({
    default: m.FinancingSummaryPage,
  })),
);

const ApprovalsPage = lazy(() =>
  import("../features/approvals/components/ApprovalsPage.js").then((m) => ({ default: m.ApprovalsPage })),
);

const NotFoundPage = lazy(() => import("./NotFoundPage.js").then((m) => ({ default: m.NotFoundPage })));

/**
 * `/public` and `/public/:id`: the portal, for anyone. Everything else needs a signed-in caller:
 * `/` dashboard, `/projects` list, `/projects/:id` detail, and the pages some roles only may open.
 */
export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="public" element={<PublicPortalPage />} />
        <Route path="public/:id" element={<PublicPublicationPage />} />
        <Route
          element={
            <SessionGate>
              <AppLayout />
            </SessionGate>
          }
        >
          <Route index element={<DashboardPage />} />
          <Route path="projects" element={<ProjectListPage />} />
          <Route path="projects/:id" element={<ProjectDetailPage />} />
          <Route
            path="projects/new"
            element={
              <RequirePermission permission="projects.edit">
                <ProjectCreatePage />
              </RequirePermission>
            }
          />
          <Route
            path="projects/:id/edit"
            element={
              <RequirePermission permission="projects.edit">
                <ProjectEditPage />
              </RequirePermission>
            }
          />
          <Route
            path="projects/import"
            element={
              <RequirePermission permission="projects.edit">
                <ImportPage />
              </RequirePermission>
            }
          />
          <Route path="rolling-plan" element={<RollingPlanPage />} />
          <Route path="coordination" element={<CoordinationPage />} />
          <Route path="approvals" element={<ApprovalsPage />} />
          <Route path="indicators" element={<IndicatorsPage />} />
          <Route path="bulletin" element={<BulletinPage />} />
          <Route path="cockpit" element={<CockpitPage />} />
          <Route path="warnings" element={<WarningBoardPage />} />
          <Route
            path="reports/new"
            element={
              <RequirePermission permission="projects.edit">
                <MonthlyReportPage />
              </RequirePermission>
            }
          />
          <Route
            path="reports/review"
            element={
              <RequirePermission permission="reports.review">
                <ReportReviewPage />
              </RequirePermission>
            }
          />
          <Route
            path="rollover"
            element={
              <RequirePermission permission="rollover.manage">
                <RolloverPage />
              </RequirePermission>
            }
          />
          <Route
            path="publications"
            element={
              <RequirePermission permission="publications.manage">
                <PublicationListPage />
              </RequirePermission>
            }
          />
          <Route
            path="incentives"
            element={
              <RequirePermission permission="incentives.read">
                <IncentivesPage />
              </RequirePermission>
            }
          />
          <Route
            path="incentives/clauses"
            element={
              <RequirePermission permission="incentives.read">
                <ClausesPage />
              </RequirePermission>
            }
          />
          <Route path="financing" element={<FinancingSummaryPage />} />
          <Route
            path="whitelist"
            element={
              <RequirePermission permission="whitelist.manage">
                <WhitelistPage />
              </RequirePermission>
            }
          />
          <Route
            path="credit"
            element={
              <RequirePermission permission="credit.decide">
                <CreditPage />
              </RequirePermission>
            }
          />
          <Route
            path="audit"
            element={
              <RequirePermission permission="audit.read">
                <AuditLogPage />
              </RequirePermission>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
