import { DeleteOutlined, PaperClipOutlined } from "@ant-design/icons";
import { Button, Flex, List, Select, Typography } from "antd";
import { useRef, useState } from "react";
import {
  EVIDENCE_KIND_LABELS,
  EVIDENCE_KINDS,
  type EvidenceKind,
} from "../../../../../src/domain/incentives/application-rules.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { evidenceOfFile, formatBytes, type EvidenceMeta } from "../utils/evidence-file.js";

interface EvidencePickerProps {
  id?: string;
  value?: EvidenceMeta[];
  onChange?: (value: EvidenceMeta[]) => void;
}

/** Supporting documents chosen on this computer: their name, size and SHA-256 are kept, the files are not sent. */
export function EvidencePicker({ id, value = [], onChange }: EvidencePickerProps) {
  const { t, label } = useI18n();
  const [kind, setKind] = useState<EvidenceKind>("invoice");
  const [reading, setReading] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const add = async (files: FileList | null) => {
    if (!files?.length) return;
    setReading(true);
    try {
      const read = await Promise.all([...files].map((f) => evidenceOfFile(f, kind)));
      onChange?.([...value, ...read]);
    } finally {
      setReading(false);
      if (input.current) input.current.value = "";
    }
  };

  return (
    <Flex vertical gap={8} id={id}>
      <Flex gap={8} wrap>
        <Select<EvidenceKind>
          aria-label={t("inc.evidence.kind")}
          value={kind}
          onChange={setKind}
          style={{ width: 180 }}
          options={EVIDENCE_KINDS.map((k) => ({ value: k, label: label(EVIDENCE_KIND_LABELS[k]) }))}
        />
        <Button icon={<PaperClipOutlined />} loading={reading} onClick={() => input.current?.click()}>
          {t("inc.evidence.choose")}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="evidence-files"
          onChange={(e) => void add(e.target.files)}
        />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("inc.evidence.note")}
      </Typography.Text>
      {value.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={value}
          renderItem={(item, i) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t("inc.evidence.remove", { name: item.name })}
                  onClick={() => onChange?.(value.filter((_, j) => j !== i))}
                />,
              ]}
            >
              <Flex vertical>
                <span>
                  {item.name} · {label(EVIDENCE_KIND_LABELS[item.kind])} · {formatBytes(item.size)}
                </span>
                <Typography.Text type="secondary" code style={{ fontSize: 11 }}>
                  SHA-256 {item.sha256}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
