import { HistoryOutlined, EditOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Progress, Space, Tag, Typography } from "antd";
import type { IndicatorStatus } from "../../../../../src/domain/contracts/indicators.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatShanghaiDateTime } from "../../../lib/shanghai-time.js";
import { progressBar, STATUS_VIEW, withUnit } from "../utils/indicator-view.js";

interface IndicatorCardProps {
  indicator: IndicatorStatus;
  canRecord: boolean;
  onHistory: () => void;
  onRecord: () => void;
}

/** One indicator: target, the value progress is measured on, the bar, and the recorded and computed values beside it. */
export function IndicatorCard({ indicator, canRecord, onHistory, onRecord }: IndicatorCardProps) {
  const { t, label, language } = useI18n();
  const name = label(indicator);
  const unit = language === "en" ? indicator.unitEn : indicator.unit;
  const { progress, recorded, computed } = indicator;
  const status = STATUS_VIEW[progress.status];
  const bar = progressBar(progress);

  return (
    <section aria-label={name} style={{ height: "100%" }}>
      <Card
        size="small"
        style={{ height: "100%" }}
        title={<span style={{ whiteSpace: "normal" }}>{name}</span>}
        extra={<Tag color={status.color}>{t(status.labelKey)}</Tag>}
        actions={[
          <Button key="history" type="link" size="small" icon={<HistoryOutlined />} onClick={onHistory}>
            {t("indicators.history")}
          </Button>,
          ...(canRecord
            ? [
                <Button key="record" type="link" size="small" icon={<EditOutlined />} onClick={onRecord}>
                  {t("indicators.record")}
                </Button>,
              ]
            : []),
        ]}
      >
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            {t("indicators.target")}：{label(indicator.target.text)}
          </Typography.Text>
          <Flex align="baseline" gap={8} wrap>
            <Typography.Text strong style={{ fontSize: 24 }}>
              {progress.value === null ? t("indicators.noValue") : withUnit(progress.value, unit)}
            </Typography.Text>
            {progress.basis && (
              <Tag color={progress.basis === "recorded" ? "blue" : "purple"}>
                {t(progress.basis === "recorded" ? "indicators.basisRecorded" : "indicators.basisComputed")}
              </Tag>
            )}
            {progress.percent !== null && (
              <Typography.Text type="secondary">
                {t("indicators.share", { percent: progress.percent })}
              </Typography.Text>
            )}
          </Flex>
          {bar && (
            <Progress
              percent={bar.percent}
              status={bar.status}
              showInfo={false}
              aria-label={t("indicators.progressLabel", { name })}
            />
          )}
          {progress.status !== "no_data" && (
            <Typography.Text style={{ fontSize: 13 }}>{label(progress.explanation)}</Typography.Text>
          )}

          <div>
            <Typography.Text strong style={{ fontSize: 13 }}>
              {t("indicators.recorded")}：
            </Typography.Text>
            {recorded ? (
              <>
                <Typography.Text style={{ fontSize: 13 }}>
                  {t("indicators.recordedValue", {
                    value: withUnit(recorded.value, unit),
                    period: recorded.period,
                  })}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {recorded.enteredBy
                    ? t("indicators.recordedBy", {
                        source: recorded.source,
                        name: recorded.enteredBy.name,
                        time: formatShanghaiDateTime(recorded.enteredAt),
                      })
                    : t("indicators.recordedBySystem", {
                        source: recorded.source,
                        time: formatShanghaiDateTime(recorded.enteredAt),
                      })}
                </Typography.Text>
              </>
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t("indicators.notRecorded")}
              </Typography.Text>
            )}
          </div>

          <div>
            <Typography.Text strong style={{ fontSize: 13 }}>
              {t("indicators.computed")}：
            </Typography.Text>
            {computed ? (
              <>
                <Space size={4} wrap>
                  <Typography.Text style={{ fontSize: 13 }}>{withUnit(computed.value, unit)}</Typography.Text>
                  {computed.approximate && <Tag color="orange">{t("indicators.approximate")}</Tag>}
                  {!computed.wholePlan && <Tag color="gold">{t("indicators.partialScope")}</Tag>}
                </Space>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {label(computed.rule)}
                </Typography.Text>
              </>
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t("indicators.notComputable")}
              </Typography.Text>
            )}
          </div>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
            {label(indicator.caveat)}
          </Typography.Paragraph>
        </Flex>
      </Card>
    </section>
  );
}
