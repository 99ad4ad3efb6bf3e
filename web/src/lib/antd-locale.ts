import type { ConfigProviderProps } from "antd";

export type AntdLocale = NonNullable<ConfigProviderProps["locale"]>;

function isLocale(value: unknown): value is AntdLocale {
  return (
    typeof value === "object" && value !== null && typeof (value as { locale?: unknown }).locale === "string"
  );
}

/**
 * The Locale inside an antd locale module. antd types its locale files as CommonJS while the bundler
 * serves the ES build, so the value may sit one or two `default`s deep.
 */
export function unwrapAntdLocale(module: unknown): AntdLocale {
  let value = module;
  for (let depth = 0; depth < 3; depth++) {
    if (isLocale(value)) return value;
    value =
      typeof value === "object" && value !== null ? (value as { default?: unknown }).default : undefined;
  }
  throw new Error("not an Ant Design locale module");
}
