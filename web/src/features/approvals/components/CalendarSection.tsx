import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import type { CalendarDayKind } from "../../../../../src/domain/approvals/working-days.js";
import type { CalendarYear } from "../../../../../src/domain/contracts/approvals.js";
import { hasSessionPermission } from "../../../api/session.js";
import { useSession } from "../../../api/use-session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { fromPickerDate, todayInShanghai, toPickerDate } from "../../../lib/business-date.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useCalendarYear, useChangeCalendarDay } from "../api/use-calendar.js";

type Day = CalendarYear["days"][number];

interface NewDay {
  day?: string | null;
  kind?: CalendarDayKind;
  name?: string;
}

const FIRST_YEAR = 2020;

/** A year's holidays and make-up working days; the city administrator adds and removes them from 2023 on. */
export function CalendarSection() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useSession();
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const calendar = useCalendarYear(year);
  const change = useChangeCalendarDay();
  const [form] = Form.useForm<NewDay>();
  const [failure, setFailure] = useState<unknown>(null);
  const mayManage = Boolean(me && !me.readOnly && hasSessionPermission(me, "calendar.manage"));
  const editable = mayManage && calendar.data?.editable === true;
  const weekdays = t("calendar.weekdays").split(",");
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

  const send = (day: string, input: { kind: CalendarDayKind; name: string } | null) => {
    setFailure(null);
    change.mutate(
      { day, input },
      {
        onSuccess: () => {
          void message.success(t(input ? "calendar.saved" : "calendar.removed", { day }));
          if (input) form.resetFields();
        },
        onError: setFailure,
      },
    );
  };

  const columns = [
    { title: t("calendar.col.day"), dataIndex: "day", key: "day", width: 120 },
    {
      title: t("calendar.col.weekday"),
      key: "weekday",
      width: 80,
      render: (_: unknown, row: Day) => weekdays[new Date(`${row.day}T00:00:00Z`).getUTCDay()],
    },
    {
      title: t("calendar.col.kind"),
      key: "kind",
      width: 120,
      render: (_: unknown, row: Day) => (
        <Tag color={row.kind === "holiday" ? "volcano" : "blue"}>{t(`calendar.kind.${row.kind}`)}</Tag>
      ),
    },
    { title: t("calendar.col.name"), dataIndex: "name", key: "name" },
    ...(editable
      ? [
          {
            title: "",
            key: "remove",
            width: 70,
            render: (_: unknown, row: Day) => (
              <Popconfirm
                title={t("calendar.removeConfirm", { day: row.day })}
                onConfirm={() => send(row.day, null)}
              >
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`${t("calendar.remove")} ${row.day}`}
                />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t("calendar.title")}
      extra={
        <Select
          aria-label={t("calendar.year")}
          size="small"
          style={{ width: 100 }}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("calendar.subtitle")}
        </Typography.Text>
        {calendar.isError ? (
          <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />
        ) : (
          <>
            {calendar.data && (
              <Flex gap={8} align="center" wrap>
                <Tag>{t(`calendar.source.${calendar.data.source}`)}</Tag>
                <Typography.Text>
                  {t("calendar.workingDays", { n: calendar.data.workingDays })}
                </Typography.Text>
              </Flex>
            )}
            {editable && (
              <Form<NewDay>
                form={form}
                layout="inline"
                name="calendar-day"
                initialValues={{ kind: "holiday" }}
                onFinish={(values) => {
                  if (!values.day || !values.kind || !values.name?.trim()) return;
                  send(values.day, { kind: values.kind, name: values.name.trim() });
                }}
              >
                <Form.Item
                  name="day"
                  label={t("calendar.day")}
                  rules={[{ required: true }]}
                  getValueProps={(value: string | null | undefined) => ({ value: toPickerDate(value) })}
                  normalize={(value: Parameters<typeof fromPickerDate>[0]) => fromPickerDate(value)}
                >
                  <DatePicker format="YYYY-MM-DD" disabledDate={(d) => d.year() !== year} />
                </Form.Item>
                <Form.Item name="kind" label={t("calendar.kind")} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 130 }}
                    options={(["holiday", "workday"] as const).map((k) => ({
                      value: k,
                      label: t(`calendar.kind.${k}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name="name"
                  label={t("calendar.name")}
                  rules={[{ required: true, whitespace: true }]}
                >
                  <Input maxLength={50} placeholder={t("calendar.namePlaceholder")} />
                </Form.Item>
                <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={change.isPending}>
                  {t("calendar.add")}
                </Button>
              </Form>
            )}
            {failure !== null && (
              <Alert
                type="error"
                showIcon
                title={t("calendar.failed")}
                description={describeError(failure, language).message}
              />
            )}
            <Table<Day>
              size="small"
              rowKey="day"
              columns={columns}
              dataSource={calendar.data?.days ?? []}
              loading={calendar.isPending}
              pagination={{ pageSize: 15, size: "small", hideOnSinglePage: true }}
              locale={{ emptyText: t("calendar.empty") }}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
