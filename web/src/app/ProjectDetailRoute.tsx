import { LifecyclePanel } from "../features/lifecycle/components/LifecyclePanel.js";
import { ProjectDetailPage } from "../features/project-detail/components/ProjectDetailPage.js";

/** `/projects/:id`: the detail page with the lifecycle panel composed in (features do not import each other). */
export function ProjectDetailRoute() {
  return <ProjectDetailPage lifecycle={(project) => <LifecyclePanel project={project} />} />;
}
