import { Form } from "antd";
import { useNavigate } from "react-router-dom";
import { useReference } from "../../../api/use-reference.js";
import { useSession } from "../../../api/use-session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { ForbiddenState } from "../../../components/ForbiddenState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { canEditProjects } from "../../../lib/edit-rights.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useCreateProject } from "../api/use-create-project.js";
import { formValuesToBody, type ProjectFormValues } from "../utils/project-form-values.js";
import { ProjectForm } from "./ProjectForm.js";

const EMPTY: ProjectFormValues = { funding: [], annualPlans: [] };

/** `/projects/new`: registers a project, which starts in planning (策划包装). */
export function ProjectCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProjectFormValues>();
  const reference = useReference();
  const { data: me } = useSession();
  const create = useCreateProject();

  if (!canEditProjects(me)) return <ForbiddenState />;
  if (reference.isPending) return <PageLoading />;
  if (reference.isError)
    return <ErrorState error={reference.error} onRetry={() => void reference.refetch()} />;

  const forOwner = Boolean(me?.roles.includes("city_admin"));
  return (
    <>
      <PageTitle title={t("editor.createTitle")} subtitle={t("editor.createSubtitle")} />
      <ProjectForm
        form={form}
        reference={reference.data}
        initialValues={EMPTY}
        owner={forOwner ? "required" : "hidden"}
        submitLabel={t("editor.create")}
        submitting={create.isPending}
        saveError={create.error}
        onCancel={() => void navigate("/projects")}
        onSubmit={(values) =>
          create.mutate(formValuesToBody(values, forOwner), {
            onSuccess: (project) => void navigate(`/projects/${project.id}`),
          })
        }
      />
    </>
  );
}
