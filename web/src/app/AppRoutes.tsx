import { lazy } from "react";
import { Route, Routes } from "react-router-dom";
import { ProjectListPage } from "../features/projects/components/ProjectListPage.js";
import { AppLayout } from "./AppLayout.js";

// The chart pages carry ECharts; they load on first visit so the shell and the list stay light.
const DashboardPage = lazy(() =>
  import("../features/dashboard/components/DashboardPage.js").then((m) => ({ default: m.DashboardPage })),
);
const ProjectDetailPage = lazy(() =>
  import("../features/project-detail/components/ProjectDetailPage.js").then((m) => ({
    default: m.ProjectDetailPage,
  })),
);

const NotFoundPage = lazy(() => import("./NotFoundPage.js").then((m) => ({ default: m.NotFoundPage })));

/** `/` dashboard, `/projects` list, `/projects/:id` detail. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="projects" element={<ProjectListPage />} />
        <Route path="projects/:id" element={<ProjectDetailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
