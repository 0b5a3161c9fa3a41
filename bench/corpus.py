#!/usr/bin/env python3
"""Writes a deterministic Rounds site of N posts and M notes, for benchmarks.

    bench/corpus.py --posts 1000 --notes 2000 --out /tmp/rounds-bench/medium [--seed 7]

Posts are 500-900 words of clinical-sounding Markdown (headings, lists, emphasis, links, a
quote, sometimes a table and footnotes) with 1-4 of 40 tags; notes are under 280 characters.
The same arguments always give byte-identical files. Python 3 standard library only.
"""
import argparse
import os
import random
from datetime import datetime, timedelta, timezone

TOPICS = ("insulin glucose ketones retinopathy neuropathy footcare hypoglycaemia pregnancy "
          "exercise sleep vaccination asthma inhalers spacers dementia frailty falls stroke "
          "hypertension statins kidneys dialysis wounds dressings pressure ulcers sepsis "
          "antibiotics palliative nutrition hydration mobility continence anxiety depression "
          "smoking alcohol weight screening triage discharge handover audit").split()
TAGS = ["tag-%02d-%s" % (i, TOPICS[i % len(TOPICS)]) for i in range(40)]
WORDS = ("the a clinic patient team review plan advice dose check result visit nurse doctor "
         "pharmacist family carer community ward early safe regular simple clear careful "
         "measure record explain support follow agree change reduce improve monitor discuss "
         "week month morning evening before after with without during often usually "
         "because although when while which every each most many few some").split()


def sentence(rng, low=8, high=18):
    words = [rng.choice(WORDS + TOPICS) for _ in range(rng.randint(low, high))]
    if rng.random() < 0.2:
        i = rng.randrange(len(words))
        words[i] = "*%s*" % words[i] if rng.random() < 0.5 else "**%s**" % words[i]
    if rng.random() < 0.1:
        i = rng.randrange(len(words))
        words[i] = "[%s](https://www.example.org/guide/%s)" % (words[i], rng.choice(TOPICS))
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def post_body(rng):
    parts = [paragraph(rng)]
    footnotes = []
    words = 0
    target = rng.randint(500, 900)
    while words < target:
        parts.append("## " + sentence(rng, 2, 5).rstrip("."))
        parts.append(paragraph(rng))
        kind = rng.random()
        if kind < 0.25:
            parts.append("\n".join("- " + sentence(rng, 4, 9) for _ in range(rng.randint(3, 6))))
        elif kind < 0.4:
            rows = ["| Measure | Before | After |", "| --- | :---: | ---: |"]
            for _ in range(rng.randint(3, 6)):
                rows.append("| %s | %d | %d |" % (rng.choice(TOPICS), rng.randint(10, 99), rng.randint(10, 99)))
            parts.append("\n".join(rows))
        elif kind < 0.5:
            parts.append("> " + sentence(rng))
        elif kind < 0.6:
            n = len(footnotes) + 1
            parts.append(paragraph(rng) + "[^%d]" % n)
            footnotes.append("[^%d]: %s" % (n, sentence(rng, 5, 10)))
        words = sum(len(p.split()) for p in parts)
    return "\n\n".join(parts + footnotes) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, required=True)
    parser.add_argument("--notes", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = datetime(2020, 1, 1, tzinfo=timezone.utc)
    span = 5 * 365 * 24 * 3600
    os.makedirs(os.path.join(args.out, "content", "posts"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "content", "notes"), exist_ok=True)
    with open(os.path.join(args.out, "site.yaml"), "w") as f:
        f.write("title: Rounds benchmark\nbaseURL: https://example.org/\nlanguage: en-gb\n"
                "author: bench\nauthors:\n  bench:\n    name: Dr Bench Mark\n")
    for i in range(args.posts):
        when = start + timedelta(seconds=rng.randrange(span))
        title = sentence(rng, 3, 7).rstrip(".")
        tags = rng.sample(TAGS, rng.randint(1, 4))
        slug = "post-%05d" % i
        with open(os.path.join(args.out, "content", "posts", "%s-%s.md" % (when.strftime("%Y-%m-%d"), slug)), "w") as f:
            f.write("---\ntitle: \"%s\"\ndate: %s\ntags: [%s]\nsummary: \"%s\"\n---\n\n%s" % (
                title, when.strftime("%Y-%m-%dT%H:%M:%SZ"), ", ".join(tags), sentence(rng), post_body(rng)))
    for i in range(args.notes):
        when = start + timedelta(seconds=rng.randrange(span))
        text = sentence(rng, 10, 30)[:270]
        name = "%s-%05d.md" % (when.strftime("%Y-%m-%d-%H%M%S"), i)
        with open(os.path.join(args.out, "content", "notes", name), "w") as f:
            if rng.random() < 0.4:
                f.write("---\ndate: %s\ntags: [%s]\n---\n" % (when.strftime("%Y-%m-%dT%H:%M:%SZ"), rng.choice(TAGS)))
            else:
                f.write("---\ndate: %s\n---\n" % when.strftime("%Y-%m-%dT%H:%M:%SZ"))
            f.write(text + "\n")


if __name__ == "__main__":
    main()
