import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  Segmented,
  Typography,
  type FormInstance,
} from "antd";
import { useState } from "react";
import {
  PUBLICATION_KIND_LABELS,
  PUBLICATION_KINDS,
  type Publication,
} from "../../../../../src/domain/contracts/publication.js";
import { ApiRequestError, apiErrorCode } from "../../../lib/api-client.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useCreatePublication } from "../api/use-create-publication.js";
import { useUpdatePublication } from "../api/use-update-publication.js";
import {
  EMPTY_PUBLICATION,
  formFieldPath,
  toFormValues,
  toPublicationInput,
  type PublicationFormValues,
} from "../utils/publication-form.js";
import { ImageMetaRows } from "./ImageMetaRows.js";
import { ProjectSearchSelect } from "./ProjectSearchSelect.js";
import { VersionConflictAlert } from "./VersionConflictAlert.js";

const MAX_PROJECTS = 50;

interface PublicationFormDrawerProps {
  open: boolean;
  /** The item being edited (at the version on screen), or null for a new one. */
  publication: Publication | null;
  onClose: () => void;
  /** Fetches the latest version after a conflict; the parent then reopens the form with it. */
  onReload: () => void;
  reloading: boolean;
}

/** Create or edit an item: kind, title, text, linked projects and image metadata. */
export function PublicationFormDrawer({
  open,
  publication,
  onClose,
  onReload,
  reloading,
}: PublicationFormDrawerProps) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PublicationFormValues>();
  const create = useCreatePublication();
  const update = useUpdatePublication();
  const [failure, setFailure] = useState<unknown>(null);
  const saving = create.isPending || update.isPending;

  const handleError = (error: Error) => {
    setFailure(error);
    if (!(error instanceof ApiRequestError) || !error.body) return;
    const details =
      error.body.details ?? (error.body.field ? [{ ...error.body, field: error.body.field }] : []);
    // Server paths ("images.0.width") are not typed against the form's values.
    const untyped: FormInstance = form;
    untyped.setFields(
      details
        .filter((d) => d.field !== "version")
        .map((d) => ({
          name: formFieldPath(d.field),
          errors: [language === "en" ? d.messageEn : d.message],
        })),
    );
  };

  const submit = (values: PublicationFormValues) => {
    setFailure(null);
    const input = toPublicationInput(values);
    const onSuccess = (saved: Publication) => {
      void message.success(t("publications.saved", { title: saved.title }));
      onClose();
    };
    if (publication) {
      update.mutate(
        { id: publication.id, version: publication.version, input },
        { onSuccess, onError: handleError },
      );
    } else {
      create.mutate(input, { onSuccess, onError: handleError });
    }
  };

  const conflict = apiErrorCode(failure) === "version_conflict";
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={880}
      destroyOnHidden
      title={
        publication
          ? t("publicationForm.editTitle", { title: publication.title })
          : t("publicationForm.createTitle")
      }
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("publicationForm.cancel")}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t("publicationForm.save")}
          </Button>
        </Flex>
      }
    >
      {conflict && (
        <div style={{ marginBottom: 16 }}>
          <VersionConflictAlert error={failure} onReload={onReload} reloading={reloading} />
        </div>
      )}
      {failure !== null && !conflict && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("publicationForm.saveFailed")}
          description={describeError(failure, language).message}
        />
      )}
      {!publication && (
        <Typography.Paragraph type="secondary">{t("publicationForm.draftNote")}</Typography.Paragraph>
      )}
      <Form<PublicationFormValues>
        form={form}
        layout="vertical"
        initialValues={publication ? toFormValues(publication) : EMPTY_PUBLICATION}
        onFinish={submit}
        disabled={conflict}
      >
        <Form.Item name="kind" label={t("publicationForm.kind")}>
          <Segmented
            options={PUBLICATION_KINDS.map((kind) => ({
              value: kind,
              label: label(PUBLICATION_KIND_LABELS[kind]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t("publicationForm.title")}
          rules={[{ required: true, whitespace: true, message: t("publicationForm.titleRequired") }]}
        >
          <Input maxLength={200} showCount />
        </Form.Item>
        <Form.Item
          name="body"
          label={t("publicationForm.body")}
          extra={t("publicationForm.bodyHint")}
          rules={[{ required: true, whitespace: true, message: t("publicationForm.bodyRequired") }]}
        >
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 14 }} maxLength={20000} showCount />
        </Form.Item>
        <Form.Item
          name="projects"
          label={t("publicationForm.projects")}
          extra={t("publicationForm.projectsHint", { n: MAX_PROJECTS })}
        >
          <ProjectSearchSelect max={MAX_PROJECTS} />
        </Form.Item>
        <Form.Item label={t("publicationForm.images")} extra={t("publicationForm.imagesHint")}>
          <ImageMetaRows />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
