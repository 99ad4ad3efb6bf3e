import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../src/services/demo-accounts.js";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { startDemoServer, type RunningServer } from "./support/server.js";
import { signInThroughForm } from "./support/sign-in.js";

const NEW_PASSWORD = "Owner@Cq2025!";

let server: RunningServer;
let chromium: TestBrowser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startDemoServer();
  chromium = await launchBrowser();
  context = await chromium.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await chromium?.browser.close();
  await server?.stop();
});

async function openUserMenu() {
  await page.getByRole("button", { name: "当前用户" }).click();
  return page.getByRole("menu").filter({ hasText: "修改密码" });
}

describe("the signed-in user's menu", () => {
  it("names the user, the organisation and the role", async () => {
    await signInThroughForm(page, server.baseUrl, "owner1");
    const menu = await openUserMenu();
    await menu.waitFor();
    const text = (await menu.textContent()) ?? "";
    expect(text).toContain("重庆云信数字科技有限公司");
    expect(text).toContain("项目业主");
    expect(await menu.getByRole("menuitem", { name: /修改密码/ }).count()).toBe(1);
    expect(await menu.getByRole("menuitem", { name: /退出登录/ }).count()).toBe(1);
    expect(await page.getByText("只读", { exact: true }).count()).toBe(0);
  });

  it("shows the password rules and puts the server's refusal under the field at fault", async () => {
    await page.getByRole("menuitem", { name: /修改密码/ }).click();
    const dialog = page.getByRole("dialog", { name: "修改密码" });
    await dialog.waitFor();
    const rules = dialog.getByRole("list", { name: "新密码要求" });
    expect(await rules.getByRole("listitem").count()).toBe(3);
    expect(await rules.textContent()).toContain("至少 8 个字符");

    await dialog.getByLabel("当前密码").fill("not-my-password");
    await dialog.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
    await dialog.getByLabel("确认新密码").fill(NEW_PASSWORD);
    await dialog.getByRole("button", { name: "修改密码" }).click();
    await dialog.getByText("当前密码不正确").waitFor();

    await dialog.getByLabel("当前密码").fill(DEMO_PASSWORD);
    await dialog.getByRole("button", { name: "修改密码" }).click();
    await page.getByText("密码已修改").waitFor();
    await dialog.waitFor({ state: "hidden" });
  });

  it("signs out, and the new password signs in again", async () => {
    await (await openUserMenu()).getByRole("menuitem", { name: /退出登录/ }).click();
    await page.getByRole("heading", { level: 1, name: "账户登录" }).waitFor();
    await page.getByLabel("用户名").fill("owner1");
    await page.getByLabel("密码").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.getByRole("navigation", { name: "主导航" }).waitFor();
  });
});

describe("an expired session", () => {
  it("returns to the sign-in form with the server's reason", async () => {
    await page.route("**/api/v1/projects?**", (route) =>
      route.fulfill({
        status: 401,
        contentType: "application/json",
        body: JSON.stringify({
          error: {
            code: "session_expired",
            message: "会话已超时，请重新登录",
            messageEn: "Your session has expired; sign in again",
          },
        }),
      }),
    );
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "项目库" }).click();
    await page.getByRole("heading", { level: 1, name: "账户登录" }).waitFor();
    const notice = page.getByRole("alert").filter({ hasText: "会话已超时" });
    expect(await notice.textContent()).toContain("会话已超时，请重新登录");
    await page.unroute("**/api/v1/projects?**");
  });
});
