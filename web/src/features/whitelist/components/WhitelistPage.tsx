import { Alert, Button, Card, Flex, Tabs } from "antd";
import { useState } from "react";
import type { ProposalResult, WhitelistEntry } from "../../../../../src/domain/contracts/financing.js";
import {
  WHITELIST_STATUSES,
  type WhitelistAction,
  type WhitelistStatus,
} from "../../../../../src/domain/financing/whitelist.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useProposeWhitelist } from "../api/use-propose-whitelist.js";
import { useWhitelist } from "../api/use-whitelist.js";
import { useWhitelistAction } from "../api/use-whitelist-action.js";
import { useWhitelistSettings } from "../api/use-whitelist-settings.js";
import { countByStatus } from "../utils/whitelist-view.js";
import { EntriesTable } from "./EntriesTable.js";
import { RemoveEntryDialog } from "./RemoveEntryDialog.js";
import { RulesCard } from "./RulesCard.js";

type Tab = WhitelistStatus | "all";

/** `/whitelist`: the city edits the rules, runs the proposal, and confirms, publishes or removes entries. */
export function WhitelistPage() {
  const { t, language } = useI18n();
  const settings = useWhitelistSettings();
  const list = useWhitelist();
  const propose = useProposeWhitelist();
  const act = useWhitelistAction();
  const [tab, setTab] = useState<Tab>("candidate");
  const [removing, setRemoving] = useState<WhitelistEntry | null>(null);
  const [result, setResult] = useState<ProposalResult | null>(null);
  const [publishing, setPublishing] = useState(false);

  if (settings.isPending) return <PageLoading />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;

  const entries = list.data?.items ?? [];
  const counts = countByStatus(entries);
  const shown = tab === "all" ? entries : entries.filter((e) => e.status === tab);
  const run = (entry: WhitelistEntry, action: WhitelistAction, note = "") =>
    act.mutateAsync({ id: entry.id, action, version: entry.version, note });
  const publishAll = async () => {
    setPublishing(true);
    try {
      for (const e of entries.filter((x) => x.status === "confirmed")) await run(e, "publish");
    } finally {
      setPublishing(false);
    }
  };

  return (
    <>
      <PageTitle title={t("whitelist.title")} subtitle={t("whitelist.subtitle")} />
      <Flex vertical gap={16}>
        <RulesCard key={settings.data.updatedAt} settings={settings.data} />
        <Card size="small">
          <Flex gap={12} align="center" wrap>
            <Button
              type="primary"
              loading={propose.isPending}
              onClick={() => propose.mutate(undefined, { onSuccess: setResult })}
            >
              {t("whitelist.propose")}
            </Button>
            {counts.confirmed > 0 && (
              <Button loading={publishing} onClick={() => void publishAll().catch(() => undefined)}>
                {t("whitelist.publishAll", { n: counts.confirmed })}
              </Button>
            )}
            {result && (
              <Alert
                type="success"
                showIcon
                title={t("whitelist.proposed", {
                  month: result.month ?? t("whitelist.noMonth"),
                  evaluated: result.evaluated,
                  eligible: result.eligible,
                  created: result.created.length,
                  listed: result.alreadyListed,
                  removed: result.previouslyRemoved,
                })}
              />
            )}
            {propose.isError && (
              <Alert type="error" showIcon title={describeError(propose.error, language).message} />
            )}
          </Flex>
        </Card>
        <Card size="small">
          {act.isError && (
            <Alert
              style={{ marginBottom: 12 }}
              type="error"
              showIcon
              title={describeError(act.error, language).message}
            />
          )}
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(key as Tab)}
            items={[
              ...WHITELIST_STATUSES.map((s) => ({
                key: s,
                label: `${t(`whitelist.status.${s}`)} (${counts[s]})`,
              })),
              { key: "all", label: `${t("whitelist.tabAll")} (${entries.length})` },
            ]}
          />
          {list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <EntriesTable
              entries={shown}
              loading={list.isFetching}
              busy={act.isPending || publishing}
              onConfirm={(e) => void run(e, "confirm").catch(() => undefined)}
              onPublish={(e) => void run(e, "publish").catch(() => undefined)}
              onRemove={setRemoving}
            />
          )}
        </Card>
      </Flex>
      <RemoveEntryDialog
        entry={removing}
        loading={act.isPending}
        onClose={() => setRemoving(null)}
        onRemove={(note) => {
          if (!removing) return;
          void run(removing, "remove", note)
            .then(() => setRemoving(null))
            .catch(() => undefined);
        }}
      />
    </>
  );
}
