import { GlobalOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Empty, Flex, Segmented } from "antd";
import { useState } from "react";
import {
  PUBLICATION_KIND_LABELS,
  PUBLICATION_KINDS,
  type Publication,
} from "../../../../../src/domain/contracts/publication.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { ForbiddenState } from "../../../components/ForbiddenState.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { apiErrorCode, isForbidden } from "../../../lib/api-client.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { usePublications } from "../api/use-publications.js";
import { useSetPublished } from "../api/use-set-published.js";
import { PublicationFormDrawer } from "./PublicationFormDrawer.js";
import { PublicationTable } from "./PublicationTable.js";
import { VersionConflictAlert } from "./VersionConflictAlert.js";

type KindFilter = Publication["kind"] | "all";

interface Editing {
  /** null: a new item. */
  publication: Publication | null;
}

/** `/publications`: the city DRC writes, publishes and withdraws the public portal's items. */
export function PublicationListPage() {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const list = usePublications();
  const setPublished = useSetPublished();
  const [kind, setKind] = useState<KindFilter>("all");
  const [editing, setEditing] = useState<Editing | null>(null);

  if (list.isError && isForbidden(list.error)) return <ForbiddenState />;

  const items = (list.data ?? []).filter((item) => kind === "all" || item.kind === kind);
  const actionError = setPublished.error;
  const actionConflict = apiErrorCode(actionError) === "version_conflict";

  const changePublished = (publication: Publication, published: boolean) =>
    setPublished.mutate(
      { publication, published },
      {
        onSuccess: (saved) =>
          void message.success(
            t(published ? "publications.published" : "publications.unpublished", { title: saved.title }),
          ),
      },
    );

  const reloadAfterConflict = async () => {
    const fresh = await list.refetch();
    setPublished.reset();
    const latest = fresh.data?.find((item) => item.id === editing?.publication?.id);
    if (editing?.publication && latest) setEditing({ publication: latest });
    void message.info(t("publications.reloaded"));
  };

  return (
    <>
      <PageTitle
        title={t("publications.title")}
        subtitle={t("publications.subtitle")}
        extra={
          <Flex gap={8}>
            <Button icon={<GlobalOutlined />} href="/public" target="_blank">
              {t("publications.viewPortal")}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ publication: null })}>
              {t("publications.create")}
            </Button>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        {actionConflict && (
          <VersionConflictAlert
            error={actionError}
            onReload={() => void reloadAfterConflict()}
            reloading={list.isFetching}
          />
        )}
        {actionError && !actionConflict && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setPublished.reset() }}
            title={t("publications.actionFailed")}
            description={describeError(actionError, language).message}
          />
        )}
        <Card size="small">
          <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
            <Segmented<KindFilter>
              aria-label={t("publications.kindFilter")}
              value={kind}
              onChange={setKind}
              options={[
                { value: "all", label: t("publications.allKinds") },
                ...PUBLICATION_KINDS.map((k) => ({ value: k, label: label(PUBLICATION_KIND_LABELS[k]) })),
              ]}
            />
          </Flex>
          {list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : list.data && items.length === 0 ? (
            <Empty description={t("publications.empty")} />
          ) : (
            <PublicationTable
              items={items}
              loading={list.isPending}
              busyId={setPublished.isPending ? (setPublished.variables?.publication.id ?? null) : null}
              onEdit={(publication) => setEditing({ publication })}
              onSetPublished={changePublished}
            />
          )}
        </Card>
      </Flex>
      <PublicationFormDrawer
        key={editing?.publication ? `${editing.publication.id}-${editing.publication.version}` : "new"}
        open={editing !== null}
        publication={editing?.publication ?? null}
        onClose={() => setEditing(null)}
        onReload={() => void reloadAfterConflict()}
        reloading={list.isFetching}
      />
    </>
  );
}
