#!/usr/bin/env python3
"""The heaviest single anonymous requests we know of, sent one at a time to a running service; for each,
the server's CPU time (utime + stime from /proc/PID/stat) and resident memory (VmRSS) before and after.

    python3 tools/probe/heavy.py --url http://127.0.0.1:5080 --pid PID [--json FILE]

Loopback only. Measures what one request can cost the server; the acceptance bound (issue 12) is at most
100 MB more memory and 2 s of CPU per request.
"""
import argparse, json, os, sys, time, urllib.request, urllib.error

INTROSPECTION = """query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
 types { ...FullType } directives { name description locations args { ...InputValue } } } }
fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue }
 type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef }
 enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }"""

LONG_TEXT = ("本企业主营锂电池极片生产，产线上极片表面缺陷（划痕、凹坑、漏涂、褶皱）依靠人工目检，漏检率高、效率低。"
             "希望引进基于机器视觉与深度学习的在线缺陷检测技术，实现高速产线上的实时检测与分类，并与制造执行系统对接。") * 40

SEARCH = """s%d: search(text: %s, kinds: [ACHIEVEMENT, EXPERT, DEMAND], first: 100) { totalCount facets { name values { value count } }
 edges { cursor score explanation { matchedTerms signals { name share } constraints { name met detail } } highlights { field snippet } node { id kind displayName } } }"""


def cases():
    text = json.dumps(LONG_TEXT[:6000], ensure_ascii=False)
    three = "{ " + " ".join(SEARCH % (i, text) for i in range(3)) + " }"
    # What passes every limit: three whole-demand searches per operation (the expensive-field budget), the
    # default page with explanations, as many operations as a batch holds within the request size.
    demand = json.dumps(LONG_TEXT[:2000], ensure_ascii=False)
    lean = """s%d: search(text: %s, kinds: [ACHIEVEMENT, EXPERT, DEMAND], first: 20) { totalCount edges { score explanation { matchedTerms } node { id } } }"""
    passing = "{ " + " ".join(lean % (i, demand) for i in range(3)) + " }"
    aliased = "{ " + " ".join("r%d: search(text: \"锂电池\") { totalCount }" % i for i in range(150)) + " }"
    return [
        ("introspection", {"query": INTROSPECTION}),
        ("batch of 10 introspections", [{"query": INTROSPECTION}] * 10),
        ("150 aliased searches", {"query": aliased}),
        ("3 whole-demand searches, first 100, facets and explanations", {"query": three}),
        ("batch of 10 × 3 whole-demand searches", [{"query": three}] * 10),
        ("3 whole-demand searches, first 20, matched terms", {"query": passing}),
        ("batch of 10 × 3 whole-demand searches, first 20, matched terms", [{"query": passing}] * 10),
        ("document at the size limit of aliased __typename", {"query": "{ " + " ".join("a%d: __typename" % i for i in range(1800)) + " }"}),
    ]


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", default="http://127.0.0.1:5080")
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--json")
    a = p.parse_args()
    if not a.url.startswith(("http://127.", "http://localhost")):
        sys.exit("loopback targets only")
    rows = []
    for name, body in cases():
        data = json.dumps(body, ensure_ascii=False).encode()
        time.sleep(1.0)
        cpu0, rss0, t0 = cpu_seconds(a.pid), rss_mb(a.pid), time.time()
        request = urllib.request.Request(a.url + "/graphql", data=data, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as r:
                status, payload = r.status, r.read()
        except urllib.error.HTTPError as e:
            status, payload = e.code, e.read()
        wall = time.time() - t0
        time.sleep(0.5)  # let work the request started (and its GC) show in the counters
        cpu, rss = cpu_seconds(a.pid) - cpu0, rss_mb(a.pid) - rss0
        try:
            answer = json.loads(payload)
            first = answer[0] if isinstance(answer, list) else answer
            codes = sorted({e.get("extensions", {}).get("code", "?") for e in first.get("errors", [])}) or ["data"]
        except ValueError:
            codes = ["non-JSON"]
        rows.append({"request": name, "bytes_in": len(data), "status": status, "answer": ",".join(codes),
                     "bytes_out": len(payload), "wall_s": round(wall, 2), "server_cpu_s": round(cpu, 2), "rss_delta_mb": round(rss, 1)})
        r = rows[-1]
        print(f"{name:58} {r['status']} {r['answer'][:24]:24} out {r['bytes_out']/1024:9.1f} KB  wall {wall:5.2f} s  "
              f"server CPU {cpu:5.2f} s  RSS {rss:+7.1f} MB", flush=True)
    worst = {"max_server_cpu_s": max(r["server_cpu_s"] for r in rows), "max_rss_delta_mb": max(r["rss_delta_mb"] for r in rows)}
    print(f"worst: server CPU {worst['max_server_cpu_s']:.2f} s, RSS {worst['max_rss_delta_mb']:+.1f} MB (bound: 2 s, 100 MB)")
    if a.json:
        json.dump({"rows": rows, **worst}, open(a.json, "w"), ensure_ascii=False, indent=2)
    return 0 if worst["max_server_cpu_s"] <= 2 and worst["max_rss_delta_mb"] <= 100 else 1


if __name__ == "__main__":
    sys.exit(main())
