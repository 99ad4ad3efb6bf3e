import { Card, Segmented } from "antd";
import { useMemo, useState } from "react";
import type { Warnings } from "../../../../../src/domain/contracts/warnings.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { EChart } from "../../../components/EChart.js";
import { districtDisplayName } from "../../../lib/district-name.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { rollupRows, warningRollupOption, type Rollup } from "../utils/warning-chart.js";

const LEVEL_KEYS = { red: "warnings.red", yellow: "warnings.yellow", green: "warnings.green" } as const;

/** Red, yellow and green stacked per special, sector or district. */
export function WarningRollupChart({ warnings }: { warnings: Warnings }) {
  const { t, label, language } = useI18n();
  const lookup = useReferenceLookup();
  const [rollup, setRollup] = useState<Rollup>("special");
  const rows = rollupRows(warnings, rollup);

  const option = useMemo(() => {
    const groupName = (code: string) => {
      if (rollup === "special") {
        const special = lookup?.special(code);
        return special ? `${code} ${label(special)}` : code;
      }
      if (rollup === "sector") {
        const sector = lookup?.sector(code);
        return sector ? label(sector) : code;
      }
      const district = lookup?.district(code);
      return district ? districtDisplayName(district, language) : code;
    };
    return warningRollupOption(rows, {
      groupName,
      levelName: (level) => t(LEVEL_KEYS[level]),
      axisName: t("warnings.projects"),
    });
  }, [rows, rollup, lookup, label, language, t]);

  return (
    <Card
      size="small"
      title={t("warnings.rollupTitle")}
      extra={
        <Segmented<Rollup>
          size="small"
          aria-label={t("warnings.rollupBy")}
          value={rollup}
          onChange={setRollup}
          options={[
            { value: "special", label: t("warnings.bySpecial") },
            { value: "sector", label: t("warnings.bySector") },
            { value: "district", label: t("warnings.byDistrict") },
          ]}
        />
      }
    >
      <EChart option={option} height={rows.length > 8 ? 400 : 320} label={t("warnings.chartLabel")} />
    </Card>
  );
}
