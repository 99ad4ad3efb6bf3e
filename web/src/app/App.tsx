import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BrowserRouter } from "react-router-dom";
import { endSession } from "../api/session.js";
import { I18nProvider } from "../lib/i18n/index.js";
import { createQueryClient } from "../lib/query-client.js";
import { AppRoutes } from "./AppRoutes.js";
import { LocalizedConfigProvider } from "./LocalizedConfigProvider.js";

/**
 * The providers, outermost first: language, Ant Design locale and theme, server state, routing. The
 * session gate sits inside the routes, so the public portal opens without signing in.
 */
export function App() {
  // A request that finds the session gone sends the user back to the sign-in form, saying why.
  const [queryClient] = useState(() => createQueryClient(endSession));
  return (
    <I18nProvider>
      <LocalizedConfigProvider>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </LocalizedConfigProvider>
    </I18nProvider>
  );
}
