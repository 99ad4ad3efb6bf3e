import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { buildQuery, deleteJson } from "../../../lib/api-client.js";

/** Deletes a project still in planning, on the version shown; the list and counts reload afterwards. */
export function useDeleteProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      deleteJson(`/api/v1/projects/${id}${buildQuery({ version })}`, z.null()),
    onSuccess: (_nothing, { id }) => {
      queryClient.removeQueries({ queryKey: ["project", String(id)] });
      void queryClient.invalidateQueries({ queryKey: ["projects"] });
    },
  });
}
