import { CheckCircleTwoTone, CloseCircleTwoTone } from "@ant-design/icons";
import type { WhitelistEntry } from "../../../../../src/domain/contracts/financing.js";
import { useI18n } from "../../../lib/i18n/index.js";

/** Why the rules proposed an entry: each rule's outcome in words and numbers. */
export function ReasonList({ reasons }: { reasons: WhitelistEntry["reasons"] }) {
  const { t, label } = useI18n();
  return (
    <ul style={{ margin: 0, paddingLeft: 0, listStyle: "none" }}>
      {reasons.map((r) => (
        <li key={r.rule}>
          {r.met ? (
            <CheckCircleTwoTone twoToneColor="#52c41a" aria-label={t("whitelist.reasonMet")} />
          ) : (
            <CloseCircleTwoTone twoToneColor="#ff4d4f" aria-label={t("whitelist.reasonNotMet")} />
          )}{" "}
          {label(r)}
        </li>
      ))}
    </ul>
  );
}
