import cluster from "node:cluster";
import { main } from "../../src/cli/main.js";

/**
 * `node cluster-serve.js WORKERS PORT`: that many `newinfra serve` processes sharing one port through
 * Node's cluster module, the primary handing connections to them in turn. Sessions and locks live in
 * the database, so any worker serves any user.
 */
const [workers = "2", port = "3000"] = process.argv.slice(2);
if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_RR;
  for (let i = 0; i < Number(workers); i++) {
    const worker = cluster.fork();
    console.log(`worker-pid ${worker.process.pid}`);
  }
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  cluster.on("exit", () => {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  });
} else {
  await main(["serve", "--port", port]);
}
