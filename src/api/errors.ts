import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { ApiError } from "../domain/contracts/common.js";
import { AppError } from "../domain/errors.js";
import { describeIssue } from "../domain/issue-messages.js";

const PART_ZH: Record<string, string> = {
  querystring: "查询参数",
  body: "请求体",
  params: "路径参数",
  headers: "请求头",
};

/** Turns every error into the one error body: validation → 400 naming fields, AppError → its status, the rest → 500. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => {
        // The type provider passes each Zod issue as keyword (its code), instancePath and params (the rest).
        const field = v.instancePath.replace(/^\//, "").replace(/\//g, ".");
        const issue = {
          ...v.params,
          code: v.keyword,
          message: v.message,
          path: field ? field.split(".") : [],
        } as z.core.$ZodIssue;
        const { zh, en } = describeIssue(issue);
        return {
          field: field || (err.validationContext ?? "body"),
          message: `${field}：${zh}`,
          messageEn: `${field} ${en}`,
        };
      });
      const first = details[0];
      const part = err.validationContext ?? "body";
      const body: ApiError = {
        error: {
          code: "invalid_request",
          message: `${PART_ZH[part] ?? part}有误：${details.map((d) => d.message).join("；")}`,
          messageEn: `Invalid ${part}: ${details.map((d) => d.messageEn).join("; ")}`,
          ...(first ? { field: first.field } : {}),
          details,
        },
      };
      return reply.status(400).send(body);
    }
    if (
      err instanceof AppError &&
      err.code === "unauthenticated" &&
      request.sessionEnded &&
      request.sessionEnded !== "missing"
    ) {
      const body: ApiError = {
        error: {
          code: "session_expired",
          message: "会话已超时，请重新登录",
          messageEn: "Your session has expired; sign in again",
        },
      };
      return reply.status(401).send(body);
    }
    if (err instanceof AppError) {
      const body: ApiError = {
        error: {
          code: err.code,
          message: err.messageZh,
          messageEn: err.messageEn,
          ...(err.field ? { field: err.field } : {}),
          ...(err.details ? { details: err.details } : {}),
        },
        ...err.extra,
      };
      return reply.status(err.status).send(body);
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const body: ApiError = {
        error: {
          code: err.code ?? "bad_request",
          message: `请求无效：${err.message}`,
          messageEn: err.message,
        },
      };
      return reply.status(err.statusCode).send(body);
    }
    request.log.error({ err }, "unhandled error");
    const body: ApiError = {
      error: { code: "internal", message: "服务器内部错误，请稍后重试", messageEn: "Internal server error" },
    };
    return reply.status(500).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const body: ApiError = {
      error: {
        code: "route_not_found",
        message: `接口不存在：${request.method} ${request.url}`,
        messageEn: `No such route: ${request.method} ${request.url}`,
      },
    };
    return reply.status(404).send(body);
  });
}
