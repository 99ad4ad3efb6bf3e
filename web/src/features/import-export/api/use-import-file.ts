import { useMutation, useQueryClient } from "@tanstack/react-query";
import { postFile } from "../../../lib/api-client.js";
import { importOutcomeSchema } from "../utils/import-outcome.js";

export interface ImportFileRequest {
  file: File;
  contentType: string;
}

/** Uploads a register or an OC4IDS package as raw bytes; all or nothing. The lists reload after a success. */
export function useImportFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, contentType }: ImportFileRequest) =>
      postFile("/api/v1/imports", file, contentType, importOutcomeSchema, {
        "x-file-name": encodeURIComponent(file.name),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["projects"] });
      void queryClient.invalidateQueries({ queryKey: ["project"] });
    },
  });
}
