import { Flex } from "antd";
import type { ReactNode } from "react";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { useSession } from "../../../api/use-session.js";
import { ChangePasswordPage } from "./ChangePasswordPage.js";
import { SignInPage } from "./SignInPage.js";

/** Renders the console only for a signed-in caller who owes no password change. */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.isPending) return <PageLoading />;
  if (session.isError) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </Flex>
    );
  }
  if (!session.data) return <SignInPage />;
  if (session.data.mustChangePassword) return <ChangePasswordPage me={session.data} />;
  return children;
}
