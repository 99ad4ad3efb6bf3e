import type { shellZh } from "./shell-zh.js";

/** English text of the console shell. */
export const shellEn: Record<keyof typeof shellZh, string> = {
  "nav.publications": "Publicity",
  "nav.audit": "Audit log",
  "nav.portal": "Public portal",
  "nav.main": "Main navigation",
  "shell.readOnly": "Read-only",
  "shell.readOnlyHint": "This account can view but not change any data",

  "user.organisation": "Organisation",
  "user.role": "Role",
  "user.changePassword": "Change password",
  "user.signOut": "Sign out",

  "passwordDialog.title": "Change password",
  "passwordDialog.cancel": "Cancel",
  "passwordDialog.done": "Password changed; this account's sign-ins on other devices have ended",
  "passwordRules.title": "The new password needs",
  "passwordRules.length": "at least {n} characters",
  "passwordRules.classes": "three of upper-case letters, lower-case letters, digits and symbols",
  "passwordRules.username": "not to contain the username",
  "passwordRules.met": "met",
  "passwordRules.unmet": "not met",

  "auth.sessionEnded": "Signed out",
  "auth.publicPortal": "Visit the public portal",
  "auth.publicPortalHint":
    "Demonstration cases, application needs and innovative products, no sign-in needed",

  "forbidden.title": "Access denied",
  "forbidden.subtitle":
    "Your account may not open this page. Ask the City DRC system administrator if you need access.",
  "forbidden.home": "Back to the dashboard",

  "scope.label": "Data scope",
  "scope.all": "All of Chongqing",
  "scope.district": "{name}",
  "scope.owner": "projects of your organisation ({name})",
  "scope.department": "projects led by {name}",
  "scope.whitelist": "the major project whitelist",
  "scope.organisation": "organisation {id}",
  "scope.none": "none",
  "scope.text": "Scope: {scope}",
  "scope.separator": ", ",
};
