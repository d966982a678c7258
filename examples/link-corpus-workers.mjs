// A large corpus linked on every core: plans are independent, so worker threads each link a share
// of them with link(), and the main thread stores the results in corpus order with
// linkStoreBuilder(): the same store as linkCorpus() makes in one thread.
// Run after `npm run build`:  node examples/link-corpus-workers.mjs [copies=200] [workers=cores]
// (the corpus here: reworded copies of the built-in local plans under new ids; yours would be imported plans)
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { link, linkCorpus, linkStoreBuilder, plans, rootPlan } from "../dist/index.js";

if (!isMainThread) {
  // a worker: link the plans it is given, one message per plan (LinkResults are plain data)
  // in batches (a message costs more than linking one small plan); copying a result reads its
  // evidence, so that is made here, in the worker, with the links
  let batch = [];
  for (const { index, plan } of workerData.share) {
    batch.push({ index, result: link(plan, { evidence: "with-links" }) });
    if (batch.length === 50) {
      parentPort.postMessage(batch);
      batch = [];
    }
  }
  if (batch.length) parentPort.postMessage(batch);
} else {
  const copies = Number(process.argv[2] ?? 200);
  const workers = Math.max(1, Number(process.argv[3] ?? availableParallelism()));
  const locals = plans.filter((p) => p !== rootPlan);
  const corpus = Array.from({ length: copies }, (_, k) => {
    const base = locals[k % locals.length];
    const id = `${base.id}-copy-${k}`;
    // each copy words its tasks a little differently (one word left out), as real plans do
    const reworded = (text) =>
      text
        .split(" ")
        .filter((_, i, words) => words.length < 4 || i !== 1 + (k % (words.length - 1)))
        .join(" ");
    return { ...base, id, tasks: base.tasks.map((t) => ({ ...t, id: `${id}:${t.ref}`, text: reworded(t.text) })) };
  });

  const started = performance.now();
  const builder = linkStoreBuilder();
  const waiting = new Map(); // results that came before their turn, by corpus index
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      // worker w links plans w, w + workers, … (each plan sent with its corpus index), so that
      // results arrive about in corpus order and few wait for their turn
      const share = corpus.map((plan, index) => ({ index, plan })).filter(({ index }) => index % workers === w);
      const worker = new Worker(new URL(import.meta.url), { workerData: { share } });
      worker.on("message", (batch) => {
        for (const { index, result } of batch) waiting.set(index, result);
        while (waiting.has(next)) {
          builder.add(corpus[next], waiting.get(next));
          waiting.delete(next++);
        }
      });
      return new Promise((resolve, reject) => {
        worker.on("error", reject);
        worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`worker ${w} exited with code ${code}`))));
      });
    }),
  );
  const parallel = builder.finish();
  const parallelMs = performance.now() - started;

  const one = performance.now();
  const single = linkCorpus(corpus);
  const singleMs = performance.now() - one;

  const same = corpus.every((plan) => JSON.stringify(parallel.links(plan)) === JSON.stringify(single.links(plan)));
  const tasks = corpus.reduce((n, p) => n + p.tasks.length, 0);
  console.log(`${corpus.length} plans, ${tasks} tasks: ${workers} worker threads ${Math.round(parallelMs)} ms, one thread ${Math.round(singleMs)} ms`);
  console.log(`stores equal: ${same}; V.11 implemented by ${parallel.descendants("qd-06-2022:V.11").length} local tasks`);
}
