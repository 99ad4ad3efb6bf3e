import autocannon from "autocannon";
import type { HttpClient, Session } from "../lib/http-client.js";
import type { Timing } from "../lib/stats.js";

/** A district official's everyday list: their district's projects under construction, largest first. */
export const LIST_USER = "yubei";
export const LIST_DISTRICT = "500112";
export const LIST_STAGE = "under_construction";
export const LIST_PATH = `/api/v1/projects?district=${LIST_DISTRICT}&stage=${LIST_STAGE}&sort=totalInvestment&order=desc&limit=20`;

/**
 * The same page as one hand-written statement: the district scope and the filter are the same
 * predicate here, served by the (district, stage, investment, id) index; one row more tells whether
 * another page follows, as the API does.
 */
export const LIST_SQL = {
  text: `select p.id, p.code, p.name, p.sector_code, p.special_code, p.district_code, p.level, p.stage,
      p.plan_category, o.name as owner_name, p.total_investment_fen::text, p.completed_investment_fen::text,
      p.planned_start::text, p.planned_end::text, p.updated_at
    from projects p join organisations o on o.id = p.owner_id
    where p.district_code = $1 and p.stage = $2
    order by p.total_investment_fen desc, p.id desc
    limit 21`,
  params: [LIST_DISTRICT, LIST_STAGE],
};

export interface Throughput {
  connections: number;
  durationS: number;
  requestsPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  failures: number;
}

export interface ListResult {
  api: Timing;
  sql: Timing;
  /** API p95 over SQL p95. */
  ratioP95: number;
  throughput: Throughput;
  /** Whether the API's page holds the same projects, in the same order, as the statement's. */
  samePage: boolean;
}

export async function samePage(client: HttpClient, session: Session, sqlIds: number[]): Promise<boolean> {
  const page = await client.json<{ items: { id: number }[] }>(LIST_PATH, session);
  const ids = page.items.map((i) => i.id);
  return ids.length > 0 && ids.join() === sqlIds.slice(0, 20).join();
}

/** Requests per second with `connections` keep-alive connections for `durationS` seconds (autocannon). */
export async function measureThroughput(
  baseUrl: string,
  session: Session,
  durationS: number,
  connections = 20,
): Promise<Throughput> {
  const result = await autocannon({
    url: `${baseUrl}${LIST_PATH}`,
    connections,
    duration: durationS,
    headers: { cookie: session.cookie },
  });
  return {
    connections,
    durationS,
    requestsPerSec: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
