import { Alert, Button, Card, Flex, Typography } from "antd";
import { useState } from "react";
import { useReference } from "../../../api/use-reference.js";
import { useSession } from "../../../api/use-session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { ForbiddenState } from "../../../components/ForbiddenState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { describeError } from "../../../lib/describe-error.js";
import { canManageRollover } from "../../../lib/edit-rights.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useRecordDecisions } from "../api/use-record-decisions.js";
import { useRecordedDecisions } from "../api/use-recorded-decisions.js";
import { useRolloverProposal } from "../api/use-rollover-proposal.js";
import {
  decisionsBody,
  initialDrafts,
  parseTargets,
  type DecisionDraft,
  type RolloverProposal,
} from "../utils/rollover-drafts.js";
import { RecordedDecisionsTable } from "./RecordedDecisionsTable.js";
import { SectorProposalCard } from "./SectorProposalCard.js";
import { TargetsForm, type TargetsValues } from "./TargetsForm.js";

/** `/rollover`: the city proposes next year's new starts per sector target, decides, and records. */
export function RolloverPage() {
  const { t, language } = useI18n();
  const { data: me } = useSession();
  const reference = useReference();
  const propose = useRolloverProposal();
  const record = useRecordDecisions();
  const [proposal, setProposal] = useState<RolloverProposal | null>(null);
  const [drafts, setDrafts] = useState<Record<number, DecisionDraft>>({});
  const [year, setYear] = useState<number | null>(null);
  const [targetsMissing, setTargetsMissing] = useState(false);
  const initialYear = (reference.data?.plan.startYear ?? 2020) + 1;
  const shownYear = year ?? initialYear;
  const recorded = useRecordedDecisions(canManageRollover(me) ? shownYear : null);

  if (!canManageRollover(me)) return <ForbiddenState />;
  if (reference.isPending) return <PageLoading />;
  if (reference.isError)
    return <ErrorState error={reference.error} onRetry={() => void reference.refetch()} />;

  const submitTargets = (values: TargetsValues) => {
    const { targets } = parseTargets(
      reference.data.sectors.map((s) => s.code),
      values.targets ?? {},
    );
    setTargetsMissing(targets.length === 0);
    if (targets.length === 0) return;
    record.reset();
    propose.mutate(
      { year: values.year, targets },
      {
        onSuccess: (result) => {
          setProposal(result);
          setDrafts(initialDrafts(result));
          setYear(result.year);
        },
      },
    );
  };

  return (
    <>
      <PageTitle title={t("rollover.title")} subtitle={t("rollover.subtitle")} />
      <Flex vertical gap={16}>
        <Card size="small" title={t("rollover.targetsTitle")}>
          <TargetsForm
            reference={reference.data}
            initialYear={initialYear}
            loading={propose.isPending}
            onSubmit={submitTargets}
            onYearChange={setYear}
          />
          {targetsMissing && (
            <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t("rollover.targetsMissing")} />
          )}
          {propose.isError && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              title={describeError(propose.error, language).message}
            />
          )}
        </Card>
        {proposal && (
          <section aria-label={t("rollover.proposalsTitle", { year: proposal.year })}>
            <Flex vertical gap={16}>
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {t("rollover.proposalsTitle", { year: proposal.year })}
              </Typography.Title>
              {proposal.sectors.map((sector) => (
                <SectorProposalCard
                  key={sector.sectorCode}
                  sector={sector}
                  drafts={drafts}
                  onDraft={(projectId, draft) => setDrafts((current) => ({ ...current, [projectId]: draft }))}
                />
              ))}
              <Flex gap={12} align="center" justify="flex-end" wrap>
                {record.isError && (
                  <Alert type="error" showIcon title={describeError(record.error, language).message} />
                )}
                {record.isSuccess && <Alert type="success" showIcon title={t("rollover.recorded")} />}
                <Button
                  type="primary"
                  loading={record.isPending}
                  disabled={proposal.sectors.every((s) => s.proposals.length === 0)}
                  onClick={() => record.mutate(decisionsBody(proposal, drafts))}
                >
                  {t("rollover.record")}
                </Button>
              </Flex>
            </Flex>
          </section>
        )}
        <Card size="small" title={t("rollover.recordedTitle", { year: shownYear })}>
          {recorded.isError ? (
            <ErrorState error={recorded.error} onRetry={() => void recorded.refetch()} />
          ) : (
            <RecordedDecisionsTable items={recorded.data?.items ?? []} loading={recorded.isFetching} />
          )}
        </Card>
      </Flex>
    </>
  );
}
