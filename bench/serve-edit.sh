#!/usr/bin/env bash
# Times the writing loop of `rounds serve`: from saving an edited post to the rebuilt page being
# served, on a generated site of 1,000 posts and 2,000 notes; median of 20 edits. A benchmark,
# never part of `./mvnw verify`. The corpus and the server's copy of it live under WORK and are
# never committed.
#
#   bench/serve-edit.sh [--edits N] [--posts N] [--notes N] [--work DIR] [--java] [--shared]
#
#   --edits N    timed edits (default 20; 3 more warm the server up first and are not counted)
#   --posts N    posts in the corpus (default 1000)
#   --notes N    notes in the corpus (default 2000)
#   --work DIR   where the corpus, the edited copy and the server's log go (default /tmp/rounds-bench)
#   --java       run `java -jar target/rounds.jar` instead of the bin/rounds launcher
#   --shared     make the corpus with ../shared/bench/gen-corpus.py (the peers' corpus) when it is there
#
# Each edit rewrites one post's body with a new marker and polls the post's address (over one
# kept-alive connection) until the marker is served. Reported: the median, fastest and slowest
# edit-to-served times; the render times the server printed for the edited page (its fast path)
# and for the lists, tag pages and feeds that show it, rendered right after.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
edits=20
posts=1000
notes=2000
work=/tmp/rounds-bench
launcher="$here/bin/rounds"
shared=0
while [ $# -gt 0 ]; do
  case "$1" in
    --edits) edits=$2; shift ;;
    --posts) posts=$2; shift ;;
    --notes) notes=$2; shift ;;
    --work) work=$2; shift ;;
    --java) launcher="java -jar $here/target/rounds.jar" ;;
    --shared) shared=1 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -f "$here/target/rounds.jar" ] || (cd "$here" && ./mvnw -B -q -DskipTests package)
mkdir -p "$work"
corpus="$work/serve-corpus-$posts-$notes"
if [ ! -d "$corpus" ]; then
  if [ "$shared" = 1 ] && [ -x "$here/../shared/bench/gen-corpus.py" ]; then
    "$here/../shared/bench/gen-corpus.py" --posts "$posts" --notes "$notes" --out "$corpus" >/dev/null
  else
    "$here/bench/corpus.py" --posts "$posts" --notes "$notes" --out "$corpus" >/dev/null
  fi
fi
site="$work/serve-site"
rm -rf "$site"
cp -r "$corpus" "$site"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
log="$work/serve.log"
# shellcheck disable=SC2086
$launcher serve "$site" --port "$port" > "$log" 2>&1 &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$site"' EXIT

python3 - "$site" "$port" "$log" "$edits" "$posts" "$notes" <<'PY'
import http.client, os, re, statistics, sys, time

site, port, log, edits, posts, notes = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6]
deadline = time.time() + 600
while "Serving" not in open(log).read():
    if time.time() > deadline or open(log).read().startswith("error"):
        sys.exit("the server did not start: see " + log)
    time.sleep(0.1)
startup = open(log).read()

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
def get(path):
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read().decode("utf-8", "replace")

status, sitemap = get("/sitemap.xml")
urls = re.findall(r"<loc>http://127\.0\.0\.1:%d(/[^<]*)</loc>" % port, sitemap)
folder = os.path.join(site, "content", "posts")
names = sorted(n for n in os.listdir(folder) if n.endswith(".md"))
name = names[len(names) // 2]
stem = name[:-3]
slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", stem)
matches = [u for u in urls if u.rstrip("/").endswith("/" + slug)]
if not matches:
    sys.exit("cannot find the address of %s in the sitemap" % name)
url = matches[0]
path = os.path.join(folder, name)
original = open(path, encoding="utf-8").read()
head, sep, body = original.partition("\n---\n")
front = head + sep

def edit(n):
    marker = "Edited for the benchmark, run %d." % n
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(front + "\n" + marker + "\n\n" + body)
    start = time.perf_counter()
    os.replace(path + ".tmp", path)  # how most editors save: a new file renamed into place
    while True:
        status, page = get(url)
        if marker in page:
            return (time.perf_counter() - start) * 1000
        if time.perf_counter() - start > 120:
            sys.exit("the edit was not served within 120 s")
        time.sleep(0.002)

lines_before = 0
for n in range(3):
    edit(n)
    time.sleep(0.3)
lines_before = len(open(log).read().splitlines())
times = []
for n in range(3, 3 + edits):
    times.append(edit(n))
    time.sleep(0.3)
time.sleep(0.5)
time.sleep(0.5)
measured_log = "\n".join(open(log).read().splitlines()[lines_before:])
renders = [int(m) for m in re.findall(r"page rendered in (\d+) ms", measured_log)]
lists = [int(m) for m in re.findall(r"its lists and feeds \(\d+ files?\) in (\d+) ms", measured_log)]
rebuilds = [int(m) for m in re.findall(r"rebuilt in (\d+) ms", measured_log)]
with open(path, "w", encoding="utf-8") as f:
    f.write(original)
first = re.search(r"in (\d+) ms", startup)
print("# rounds serve: edit to served")
print()
print("%s posts, %s notes; %d edits of %s (%s); %d cores." % (posts, notes, edits, name, url, os.cpu_count()))
print()
print("| measure | median | fastest | slowest |")
print("| --- | --- | --- | --- |")
print("| save to page served | %.0f ms | %.0f ms | %.0f ms |" % (statistics.median(times), min(times), max(times)))
if renders:
    print("| the edited page rendered (fast path, as printed) | %.0f ms | %d ms | %d ms |" % (statistics.median(renders), min(renders), max(renders)))
if lists:
    print("| its lists, tag pages and feeds rendered next (as printed) | %.0f ms | %d ms | %d ms |" % (statistics.median(lists), min(lists), max(lists)))
if rebuilds:
    print("| full rebuilds (the fast path could not take the edit) | %.0f ms | %d ms | %d ms |" % (statistics.median(rebuilds), min(rebuilds), max(rebuilds)))
if first:
    print()
    print("First build when the server started: %s ms." % first.group(1))
PY
