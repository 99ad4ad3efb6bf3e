import { Button, Card, Col, Form, Input, Row, Select } from "antd";
import { useEffect, useState } from "react";
import type { Reference } from "../../../../../src/domain/contracts/reference.js";
import { useI18n, type MessageKey } from "../../../lib/i18n/index.js";
import type { FilterKey, FilterPatch, ListView } from "../utils/list-view.js";

interface ProjectFilterBarProps {
  view: ListView;
  reference: Reference | undefined;
  onFilter: (patch: FilterPatch) => void;
  onReset: () => void;
}

type Option = { value: string; label: string };
type OptionGroup = { label: string; title: string; options: Option[] };

interface FilterSelectProps {
  name: FilterKey;
  labelKey: MessageKey;
  value: string | undefined;
  options: (Option | OptionGroup)[];
  onChange: (value: string | undefined) => void;
}

function FilterSelect({ name, labelKey, value, options, onChange }: FilterSelectProps) {
  const { t } = useI18n();
  const id = `filter-${name}`;
  return (
    <Form.Item label={t(labelKey)} htmlFor={id} style={{ marginBottom: 0 }}>
      <Select
        id={id}
        allowClear
        showSearch={{ optionFilterProp: "label" }}
        value={value}
        options={options}
        onChange={(next: string | undefined) => onChange(next)}
        placeholder={t(labelKey)}
        popupMatchSelectWidth={false}
      />
    </Form.Item>
  );
}

/** The list's filters; every change goes to the URL, the text search on Enter or the search button. */
export function ProjectFilterBar({ view, reference, onFilter, onReset }: ProjectFilterBarProps) {
  const { t, label, term, language } = useI18n();
  const [text, setText] = useState(view.filters.q ?? "");
  useEffect(() => setText(view.filters.q ?? ""), [view.filters.q]);

  const sectors = reference?.sectors ?? [];
  const specials = (reference?.specials ?? []).filter(
    (s) => !view.filters.sector || s.sectorCode === view.filters.sector,
  );
  const districtGroups: OptionGroup[] = (reference?.regions ?? []).map((region) => ({
    label: term(region),
    title: term(region),
    options: (reference?.districts ?? [])
      .filter((d) => d.region === region)
      .map((d) => ({ value: d.code, label: language === "en" ? d.nameEn : d.name })),
  }));
  const districtOptions = districtGroups.some((g) => g.options.length > 0)
    ? districtGroups.filter((g) => g.options.length > 0)
    : (reference?.districts ?? []).map((d) => ({
        value: d.code,
        label: language === "en" ? d.nameEn : d.name,
      }));

  const labelled = (items: readonly { code: string; zh: string; en: string }[]): Option[] =>
    items.map((item) => ({ value: item.code, label: label(item) }));

  const selectSpecial = (code: string | undefined) => {
    const sectorCode = reference?.specials.find((s) => s.code === code)?.sectorCode;
    onFilter(sectorCode ? { sector: sectorCode, special: code } : { special: code });
  };

  const span = { xs: 24, sm: 12, lg: 8, xxl: 6 };
  return (
    <Card size="small" role="search" aria-label={t("projects.title")}>
      <Form
        layout="horizontal"
        labelCol={{ flex: language === "en" ? "104px" : "76px" }}
        labelAlign="left"
        colon={false}
      >
        <Row gutter={[16, 10]}>
          <Col {...span}>
            <FilterSelect
              name="sector"
              labelKey="filter.sector"
              value={view.filters.sector}
              options={labelled(sectors)}
              onChange={(v) => onFilter({ sector: v })}
            />
          </Col>
          <Col {...span}>
            <FilterSelect
              name="special"
              labelKey="filter.special"
              value={view.filters.special}
              options={specials.map((s) => ({ value: s.code, label: `${s.code} ${label(s)}` }))}
              onChange={selectSpecial}
            />
          </Col>
          <Col {...span}>
            <FilterSelect
              name="region"
              labelKey="filter.region"
              value={view.filters.region}
              options={(reference?.regions ?? []).map((r) => ({ value: r, label: term(r) }))}
              onChange={(v) => onFilter({ region: v })}
            />
          </Col>
          <Col {...span}>
            <FilterSelect
              name="district"
              labelKey="filter.district"
              value={view.filters.district}
              options={districtOptions}
              onChange={(v) => onFilter({ district: v })}
            />
          </Col>
          <Col {...span}>
            <FilterSelect
              name="stage"
              labelKey="filter.stage"
              value={view.filters.stage}
              options={labelled(reference?.stages ?? [])}
              onChange={(v) => onFilter({ stage: v })}
            />
          </Col>
          <Col {...span}>
            <FilterSelect
              name="planCategory"
              labelKey="filter.planCategory"
              value={view.filters.planCategory}
              options={labelled(reference?.planCategories ?? [])}
              onChange={(v) => onFilter({ planCategory: v })}
            />
          </Col>
          <Col {...span}>
            <FilterSelect
              name="level"
              labelKey="filter.level"
              value={view.filters.level}
              options={labelled(reference?.levels ?? [])}
              onChange={(v) => onFilter({ level: v })}
            />
          </Col>
          <Col xs={24} sm={24} lg={16} xxl={12}>
            <Form.Item
              label={t("filter.q")}
              htmlFor="filter-q"
              labelCol={{ flex: "none" }}
              style={{ marginBottom: 0 }}
            >
              <Row gutter={8} wrap={false}>
                <Col flex="auto">
                  <Input.Search
                    id="filter-q"
                    allowClear
                    maxLength={100}
                    value={text}
                    placeholder={t("filter.q")}
                    enterButton={t("filter.search")}
                    onChange={(e) => setText(e.target.value)}
                    onSearch={(value) => onFilter({ q: value })}
                  />
                </Col>
                <Col flex="none">
                  <Button onClick={onReset}>{t("filter.reset")}</Button>
                </Col>
              </Row>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
