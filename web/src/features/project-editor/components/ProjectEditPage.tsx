import { Form } from "antd";
import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { useReference } from "../../../api/use-reference.js";
import { useSession } from "../../../api/use-session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { ForbiddenState } from "../../../components/ForbiddenState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { canEditProject } from "../../../lib/edit-rights.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useProjectToEdit } from "../api/use-project-to-edit.js";
import { useUpdateProject } from "../api/use-update-project.js";
import {
  editedFields,
  formValuesToBody,
  projectToFormValues,
  type ProjectEdits,
  type ProjectFormValues,
} from "../utils/project-form-values.js";
import { readVersionConflict, type VersionConflict } from "../utils/version-conflict.js";
import { ConflictDialog } from "./ConflictDialog.js";
import { ProjectForm } from "./ProjectForm.js";

type PendingConflict = VersionConflict & { edits: ProjectEdits; editedVersion: number };

/** `/projects/:id/edit`: edits a project on the version loaded; a stale save opens the conflict dialog. */
export function ProjectEditPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProjectFormValues>();
  const reference = useReference();
  const { data: me } = useSession();
  const project = useProjectToEdit(id);
  const update = useUpdateProject();
  // The version being edited: fixed when the page opens, replaced only when the person reloads theirs.
  const [baseline, setBaseline] = useState<ProjectDetail | null>(null);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);

  useEffect(() => {
    if (project.data && !baseline) setBaseline(project.data);
  }, [project.data, baseline]);
  useEffect(() => {
    if (baseline) form.resetFields();
  }, [baseline, form]);

  if (project.isError) return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  if (reference.isError)
    return <ErrorState error={reference.error} onRetry={() => void reference.refetch()} />;
  if (!baseline || reference.isPending) return <PageLoading />;
  if (!canEditProject(me, baseline.owner.id)) return <ForbiddenState />;

  const withOwner = Boolean(me?.roles.includes("city_admin"));
  const detailPath = `/projects/${baseline.id}`;
  const save = (edits: ProjectEdits, version: number) =>
    update.mutate(
      { id: baseline.id, version, edits },
      {
        onSuccess: () => void navigate(detailPath),
        onError: (error) => {
          const found = readVersionConflict(error);
          if (found) setConflict({ ...found, edits, editedVersion: version });
        },
      },
    );

  const onSubmit = (values: ProjectFormValues) => {
    const before = formValuesToBody(projectToFormValues(baseline), withOwner);
    const edits = editedFields(before, formValuesToBody(values, withOwner));
    if (Object.keys(edits).length === 0) {
      void navigate(detailPath);
      return;
    }
    save(edits, baseline.version);
  };

  return (
    <>
      <PageTitle
        title={t("editor.editTitle", { name: baseline.name })}
        subtitle={t("editor.editSubtitle", { version: baseline.version })}
      />
      <ProjectForm
        form={form}
        reference={reference.data}
        initialValues={projectToFormValues(baseline)}
        owner={withOwner ? "optional" : "hidden"}
        submitLabel={t("editor.save")}
        submitting={update.isPending && !conflict}
        saveError={readVersionConflict(update.error) ? null : update.error}
        onCancel={() => void navigate(detailPath)}
        onSubmit={onSubmit}
      />
      {conflict && (
        <ConflictDialog
          current={conflict.current}
          changedFields={conflict.changedFields}
          edits={conflict.edits}
          editedVersion={conflict.editedVersion}
          reapplying={update.isPending}
          onClose={() => setConflict(null)}
          onReload={() => {
            setBaseline(conflict.current);
            setConflict(null);
            update.reset();
          }}
          onReapply={() => save(conflict.edits, conflict.current.version)}
        />
      )}
    </>
  );
}
