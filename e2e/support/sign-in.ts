import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../src/services/demo-accounts.js";

/** Opens the console at `path` and signs in through the form; resolves once the console shell shows. */
export async function signInThroughForm(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("heading", { level: 1, name: "账户登录" }).waitFor();
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.getByRole("navigation", { name: "主导航" }).waitFor();
}
