"""How well curated answers reach later askers, and what they cost answerable questions.

    .venv/bin/python -m bench.curation_eval [--corpus DIR] [--questions FILE] [--work-dir DIR] [--cache-dir DIR]

Uses the evaluation set in ../shared/eval (skipped with a message when absent;
the project's tests never need it). Two parts:

1. Calibration of the "same question" rule of ``bot.features.curation.matching``:
   hand-written paraphrase pairs and hard negatives (same topic, different
   question) on committee matters *outside* the evaluation questions, the
   natural duplicates between dev_questions.jsonl and samples/questions.jsonl,
   and every other pair of those questions as natural negatives. Prints the
   sweep the thresholds were chosen from.
2. End to end through the chat core: build the knowledge base from the corpus
   (embeddings cached in --cache-dir; the first run takes several minutes),
   ask each unanswerable dev question as a member (it is queued: by
   abstention, or by a 👎 when the bot answered anyway), answer each queue item
   as staff by replying to it, then ask two hand-written paraphrases per
   question (and the independent wordings in samples/questions.jsonl) as
   other members and count who gets the right curated answer; finally ask
   every answerable dev question and count false curated matches and the
   change in answer accuracy.
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# ----- calibration pairs (not from the evaluation questions) -----

POSITIVE = [
    ("全会期间的餐券在哪里领", "开大会的时候吃饭的票去哪拿"),
    ("履职培训什么时候开始报名", "新委员培训啥时候能报名"),
    ("委员工作室在几楼", "委员工作室的办公室在哪一层"),
    ("提案系统手机上能用吗", "用手机能不能登录提案系统"),
    ("年度履职报告交给谁", "一年的履职报告要交到哪里"),
    ("委员可以带家属参加视察吗", "视察活动能带家里人一起去吗"),
    ("会议材料可以带回家吗", "开会发的材料能不能带走"),
    ("视察的交通费怎么报销", "参加视察活动路费能报吗"),
    ("委员读书活动有微信群吗", "政协有没有委员读书群"),
    ("大会发言稿要多少字", "全会上发言材料写多长"),
    ("换了手机号要去哪里改", "手机号码变了怎么更新登记信息"),
    ("全会要穿正装吗", "开全体会议有着装要求吗"),
    ("我能不能推荐别人当委员", "委员可以推荐新委员吗"),
    ("政协大楼周末开门吗", "周六周日政协机关有人上班吗"),
    ("提案可以匿名提交吗", "不署名能交提案吗"),
    ("列席常委会需要什么条件", "什么情况下委员能列席常委会会议"),
    ("政协给委员安排体检吗", "委员每年有体检吗"),
    ("会场里能拍照吗", "开会时可以拍照片吗"),
    ("履职服务平台的手机应用怎么下载", "委员履职平台的APP在哪下载"),
    ("非政协委员可以参加专题协商会吗", "不是委员能参加协商会吗"),
    ("委员证有效期多久", "委员证件到什么时候过期"),
    ("委员可以在企业兼职吗", "当了委员还能去公司兼职吗"),
    ("全会期间的住宿费谁出", "开全会住酒店要自己掏钱吗"),
    ("委员的履职积分年底会清零吗", "履职积分到了年底还保留吗"),
    ("委员怎么订阅政协的会议通知", "会议通知在哪里能收到"),
    ("政协机关食堂委员能去吃饭吗", "委员可以在机关食堂吃饭吗"),
    ("外出调研的保险谁来买", "调研的时候有没有给委员上保险"),
    ("委员能不能要一份全会的录像", "全体会议的视频可以拷给委员吗"),
    ("委员退休了还能继续当委员吗", "退休以后委员资格还在吗"),
    ("专委会的活动可以请假吗", "专门委员会组织的活动能不能请假"),
]
HARD_NEGATIVE = [
    ("全会期间的餐券在哪里领", "全会期间的会议材料在哪里领"),
    ("履职培训什么时候开始报名", "履职培训在哪里举行"),
    ("提案系统手机上能用吗", "提案系统的密码怎么改"),
    ("年度履职报告交给谁", "年度履职报告什么时候交"),
    ("委员可以带家属参加视察吗", "委员可以带家属住会吗"),
    ("视察的交通费怎么报销", "视察的时间怎么安排"),
    ("大会发言稿要多少字", "大会发言稿交给谁"),
    ("委员工作室在几楼", "委员工作室的电话是多少"),
    ("全会要穿正装吗", "全会要带委员证吗"),
    ("提案可以匿名提交吗", "提案可以联名提交吗"),
    ("会场里能拍照吗", "会场里能吃东西吗"),
    ("委员证有效期多久", "委员证丢了怎么办"),
    ("全会期间能请假吗", "全会期间能带手机吗"),
    ("政协大楼周末开门吗", "政协大楼在哪条路"),
    ("委员可以在企业兼职吗", "委员可以在企业担任法人吗"),
    ("全会期间的住宿费谁出", "全会期间的住宿怎么安排"),
    ("委员的履职积分年底会清零吗", "委员的履职积分怎么查"),
    ("委员怎么订阅政协的会议通知", "委员怎么请假不参加会议"),
    ("政协机关食堂委员能去吃饭吗", "政协机关食堂几点开门"),
    ("外出调研的保险谁来买", "外出调研的报告谁来写"),
    ("委员退休了还能继续当委员吗", "委员退休了还有补贴吗"),
    ("专委会的活动可以请假吗", "专委会的活动在哪里报名"),
    ("列席常委会需要什么条件", "常委会多久开一次"),
    ("非政协委员可以参加专题协商会吗", "专题协商会一年开几次"),
    ("委员读书活动有微信群吗", "委员读书活动多久一次"),
    ("提案可以匿名提交吗", "提案被退回了怎么办"),
    ("换了手机号要去哪里改", "换了工作单位要去哪里改"),
    ("会议材料可以带回家吗", "会议材料什么时候发"),
    ("政协给委员安排体检吗", "政协给委员发工资吗"),
    ("委员能不能要一份全会的录像", "委员能不能在全会上发言"),
]
# The same question asked independently in dev_questions.jsonl and samples/questions.jsonl.
NATURAL_DUPLICATES = [
    ("D056", "S019"), ("D058", "S014"), ("D059", "S015"), ("D060", "S010"), ("D055", "S005"), ("D011", "D048"),
]

# ----- end to end: a staff answer and two paraphrases per unanswerable dev question -----

STAFF_ANSWERS = {
    "D054": "市政协办公室电话 0000-5550101（示例），工作日 8:30–17:30；非工作时间请拨机关值班电话 0000-5550100。",
    "D055": "全体会议期间政协大院不对外停车，请乘坐大会统一安排的接驳车，或停在滨江公共停车场（示例答复）。",
    "D056": "委员证遗失的，请到委员工作室（208室）填写补办申请，附近期免冠照片一张，约5个工作日补发（示例答复）。",
    "D057": "委员因公出国考察，由所在单位按外事管理规定报批；以政协名义组团的，由市政协办公室统一报市外办审批（示例答复）。",
    "D058": "提案系统密码由信息中心（210室，0000-5550108）重置，请携带委员证或由本人电话联系（示例答复）。",
    "D059": "委员履职不领取固定补贴；参加会议、视察调研按规定安排食宿和交通，不另发补贴（示例答复）。",
    "D060": "今年全会外地委员统一安排在临江宾馆住宿，报到时领取房卡；本地委员不安排住宿（示例答复）。",
}
PARAPHRASES = {
    "D054": ["政协办公室的联系电话是多少", "想打电话给市政协办公室，号码是啥"],
    "D055": ["全会期间政协院子里可以停车吗", "开大会的时候能把车开进政协大院吗"],
    "D056": ["委员证不见了，怎么重新办一个", "我的委员证弄丢了要怎么补"],
    "D057": ["委员出国考察需要找哪个部门批", "政协委员去国外考察，审批找哪里"],
    "D058": ["忘了提案系统的密码，找谁帮忙重置", "提案系统密码不记得了找哪个部门重置"],
    "D059": ["政协委员每年的履职补贴是多少钱", "委员履职一年能拿多少补贴"],
    "D060": ["今年开全会委员住在哪个宾馆", "全会期间委员统一安排住哪家酒店"],
}


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def table(title: str, header: list[str], rows: list[list]) -> str:
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(header))]
    out = [title]
    for n, r in enumerate(cells):
        out.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths)))
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def _width(s: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in s)


# ----- part 1 -----

def calibrate(kb, dev: list[dict], samples: list[dict]) -> None:
    import numpy as np

    from bot.features import curation as C

    by_id = {q["id"]: q["question"] for q in dev + samples}
    natural_pos = [(by_id[a], by_id[b]) for a, b in NATURAL_DUPLICATES]
    dup = {frozenset(p) for p in natural_pos}
    questions = [q["question"] for q in dev + samples]
    natural_neg = [(a, b) for a, b in itertools.combinations(questions, 2) if frozenset((a, b)) not in dup]
    texts = sorted({t for pair in POSITIVE + HARD_NEGATIVE + natural_pos for t in pair} | set(questions))
    t0 = time.perf_counter()
    cache = {}

    def probe(text):
        if text not in cache:
            vec = np.asarray(kb.embedder.embed_query(text), dtype=np.float32)
            cache[text] = C.Probe(text, vec, set(kb.tokenizer.tokens(text)), C.focus(text))
        return cache[text]

    for text in texts:
        probe(text)
    print(f"(embedded {len(texts)} questions in {time.perf_counter() - t0:.1f} s)\n")

    def features(pairs):
        out = []
        for a, b in pairs:
            pa, pb = probe(a), probe(b)
            out.append(pa.compare(pb.vector, pb.tokens, pb.text))
        return out

    sets = {"paraphrases": features(POSITIVE), "natural dup.": features(natural_pos),
            "hard neg.": features(HARD_NEGATIVE), "natural neg.": features(natural_neg)}

    def count(name, cos_alone, cos_terms, terms_min, use_focus=True):
        return sum(1 for cos, ov, ok in sets[name]
                   if (ok or not use_focus) and (cos >= cos_alone or (cos >= cos_terms and ov >= terms_min)))

    rows = []
    chosen = (C.COS_ALONE, C.COS_WITH_TERMS, C.TERMS_MIN)
    points = [(0.94, 9, 9, False), (0.95, 9, 9, False), (0.96, 9, 9, False), (0.97, 9, 9, False),
              (0.95, 9, 9, True), (0.96, 9, 9, True), (0.96, 0.93, 0.4, True), (*chosen, True),
              (0.96, 0.93, 0.6, True), (0.97, 0.93, 0.5, True), (0.95, 0.93, 0.5, True)]
    for cos_alone, cos_terms, terms_min, use_focus in points:
        rule = f"cos>={cos_alone}" + (f" | cos>={cos_terms} & terms>={terms_min}" if cos_terms < 9 else "")
        rule += " + focus" if use_focus else ""
        mark = " <- chosen" if (cos_alone, cos_terms, terms_min, use_focus) == (*chosen, True) else ""
        rows.append([rule + mark,
                     f"{count('paraphrases', cos_alone, cos_terms, terms_min, use_focus)}/{len(POSITIVE)}",
                     f"{count('natural dup.', cos_alone, cos_terms, terms_min, use_focus)}/{len(natural_pos)}",
                     f"{count('hard neg.', cos_alone, cos_terms, terms_min, use_focus)}/{len(HARD_NEGATIVE)}",
                     f"{count('natural neg.', cos_alone, cos_terms, terms_min, use_focus)}/{len(natural_neg)}"])
    print(table("Calibration: pairs judged 'the same question' (paraphrases, duplicates: higher is better; "
                "negatives: lower)", ["rule", "paraphrases", "natural dup.", "hard neg.", "natural neg."], rows))
    cos = sorted(c for c, _, _ in sets["natural neg."])
    print(f"\ncosine of different questions: median {cos[len(cos) // 2]:.3f}, 99.9th pct "
          f"{cos[int(len(cos) * 0.999)]:.3f}, max {cos[-1]:.3f}; of paraphrases: min "
          f"{min(c for c, _, _ in sets['paraphrases']):.3f}\n")


# ----- part 2 -----

async def end_to_end(kb, dev: list[dict], samples: list[dict]) -> None:
    from bot.app import build_assistant
    from bot.features import curation as C
    from bot.kernel.access import OpenAccess
    from bot.kernel.messages import Callback, Chat, Incoming, User, to_plain
    from bot.kernel.render import render_answer
    from kb.evaluation import Question, score_question

    db = kb.db
    for table_name in ("curation_messages", "curated_variants", "curated_entries", "curation_asks",
                       "curation_items", "questions", "events"):
        if db[table_name].exists():
            db.execute(f"delete from {table_name}")

    staff_id = "tg:900"
    assistant = build_assistant(kb=kb, access=OpenAccess(staff={staff_id: "staff"}))
    cur = C.install(assistant)
    from tests.support.doubles import RecordingTransport

    transport = RecordingTransport()
    transport.name = "telegram"
    assistant.attach_transport(transport)
    ids = itertools.count(1)
    users = itertools.count(1000)

    async def say(uid: str, text: str, reply_to: str | None = None) -> None:
        user = User(uid, display_name="秘书处 张工" if uid == staff_id else "委员", language="zh")
        msg = Incoming("telegram", user, Chat(uid, "private"), text=text, message_id=f"m{next(ids)}",
                       reply_to_message_id=reply_to, reply_to_bot=reply_to is not None, received_at=time.time())
        if text.startswith("/"):
            head, _, args = text[1:].partition(" ")
            msg.command, msg.args = head, args
        await assistant.handle(msg, transport)

    async def press(uid: str, data: str) -> None:
        user = User(uid, language="zh")
        await assistant.handle(Incoming("telegram", user, Chat(uid, "private"),
                                        callback=Callback(str(next(ids)), data)), transport)

    def last_question(uid: str) -> dict:
        return next(db.query("select * from questions where user_id = ? order by id desc limit 1", [uid]))

    answerable = [q for q in dev if q.get("answerable", True)]
    unanswerable = [q for q in dev if not q.get("answerable", True)]

    # Baseline: accuracy of the knowledge base alone on the answerable questions.
    baseline = {}
    for q in answerable:
        question = Question(q["id"], q["question"], q.get("doc"), q.get("answer_contains") or [], True,
                            q.get("kind", ""), q.get("section"))
        answer = kb.ask(q["question"])
        baseline[q["id"]] = score_question(question, answer, to_plain(render_answer(answer, kb.config.committee)), 0)

    # Members ask the unanswerable questions; each is queued (abstention or 👎).
    entered = {"abstained": 0, "downvoted": 0}
    for q in unanswerable:
        uid = f"tg:{next(users)}"
        await say(uid, q["question"])
        row = last_question(uid)
        if row["status"] != "abstained":
            await press(uid, f"fb:down:{row['id']}")
            entered["downvoted"] += 1
        else:
            entered["abstained"] += 1
    items = cur.open_items()
    print(f"Queued {len(unanswerable)} unanswerable questions ({entered['abstained']} by abstention, "
          f"{entered['downvoted']} by 👎) into {len(items)} items.")

    # Staff answer each item by replying to it in /queue.
    await say(staff_id, "/queue")
    shown = {}
    for n, (chat, message) in enumerate(transport.sent, 1):
        if chat == staff_id and message.plain.startswith("#"):
            shown[int(message.plain[1:].split(" ", 1)[0])] = str(n)
    entry_of = {}
    for item in items:
        asks = cur.asks_of(item["id"])
        qids = [next(q["id"] for q in unanswerable if q["question"] == a["text"]) for a in asks]
        await say(staff_id, STAFF_ANSWERS[qids[0]], reply_to=shown[item["id"]])
        entry = cur.item(item["id"])["entry_id"]
        for qid in qids:
            entry_of[qid] = entry
    notified = db.execute("select count(*) from curation_asks where notified_at is not null").fetchone()[0]
    print(f"Staff answered {len(items)} items; {notified} askers notified.\n")

    # Later members ask in other words.
    sample_by_id = {q["id"]: q for q in samples}
    probes = []
    for q in unanswerable:
        probes += [(q["id"], "verbatim", q["question"])]
        probes += [(q["id"], "paraphrase", p) for p in PARAPHRASES[q["id"]]]
    for dev_id, sample_id in NATURAL_DUPLICATES:
        if sample_id in sample_by_id and dev_id in entry_of:
            probes.append((dev_id, "samples wording", sample_by_id[sample_id]["question"]))
    results = {}
    misses = []
    for dev_id, kind, text in probes:
        uid = f"tg:{next(users)}"
        await say(uid, text)
        row = last_question(uid)
        right = row["status"] == "curated" and row["doc_key"] == f"curated:{entry_of[dev_id]}"
        wrong = row["status"] == "curated" and not right
        r = results.setdefault(kind, [0, 0, 0])
        r[0] += 1
        r[1] += right
        r[2] += wrong
        if not right:
            best = cur.best_entry(cur.probe(text))
            misses.append((dev_id, kind, text, "wrong entry" if wrong else "not served",
                           f"closest variant cos {best.cos:.3f}, terms {best.overlap:.2f}, "
                           f"focus {C.focus(text)}/{C.focus(best.variant)}"))
    print(table("Curated answers served to later askers",
                ["wording", "asked", "right curated answer", "wrong curated answer"],
                [[k, v[0], f"{v[1]} ({v[1] / v[0]:.0%})", v[2]] for k, v in results.items()]))
    if misses:
        print("\nNot served (or wrong):")
        for m in misses:
            print("  " + " | ".join(m))

    # Answerable questions: false curated matches and answer accuracy.
    false_matches = []
    for q in answerable:
        uid = f"tg:{next(users)}"
        await say(uid, q["question"])
        row = last_question(uid)
        if row["status"] == "curated":
            false_matches.append((q["id"], q["question"], row["doc_key"]))
    # Sample questions that are duplicates of a dev question (answerable from the samples, not from the
    # corpus) are the same question, so a match there is right: leave them out.
    duplicates = {s for _, s in NATURAL_DUPLICATES}
    extra_neg = [q for q in samples if q.get("answerable", True) and q["id"] not in duplicates]
    extra_false = []
    for q in extra_neg:
        m = cur.best_entry(cur.probe(q["question"]))
        if m and m.same:
            extra_false.append((q["id"], q["question"], m.entry_id))
    before = sum(o.answer_correct for o in baseline.values())
    curated_ids = {qid for qid, _, _ in false_matches}
    after = sum(o.answer_correct for qid, o in baseline.items() if qid not in curated_ids)
    n = len(answerable)
    print()
    print(table("Answerable questions (curated entries must not take them over)",
                ["set", "questions", "false curated matches", "answer accuracy before", "after"],
                [["dev answerable", n, len(false_matches), f"{before / n:.3f}", f"{after / n:.3f}"],
                 ["samples answerable (matching only)", len(extra_neg), len(extra_false), "-", "-"]]))
    for m in false_matches + extra_false:
        print("  false match:", m)
    print(f"\nThresholds: cos >= {C.COS_ALONE}, or cos >= {C.COS_WITH_TERMS} and term Jaccard >= {C.TERMS_MIN}; "
          f"question focus must agree. Suggestion to staff from cos >= {C.COS_SUGGEST}.")
    assistant.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = ROOT.parent / "shared" / "eval"
    parser.add_argument("--corpus", type=Path, default=shared / "corpus")
    parser.add_argument("--questions", type=Path, default=shared / "dev_questions.jsonl")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples" / "questions.jsonl")
    parser.add_argument("--work-dir", type=Path, default=ROOT / "data" / "bench" / "curation",
                        help="Where the benchmark's knowledge base lives (reused between runs).")
    parser.add_argument("--cache-dir", type=Path, default=ROOT / "data" / "cache",
                        help="Embedding cache shared with `ingest.py eval`.")
    args = parser.parse_args()
    if not args.corpus.is_dir() or not args.questions.is_file():
        print(f"Evaluation set not found ({args.corpus}, {args.questions}); nothing to do.")
        return 0

    import logging

    logging.basicConfig(level=logging.WARNING)
    from kb.config import load_config
    from kb.knowledge_base import KnowledgeBase

    config = load_config(ROOT / "config.yaml")
    config.cache_dir = args.cache_dir
    config.data_dir = args.work_dir
    kb = KnowledgeBase(config)
    t0 = time.perf_counter()
    report = kb.add_paths([args.corpus])
    print(f"Knowledge base: {kb.chunk_count()} chunks ({report.count('added') + report.count('updated')} documents "
          f"ingested, {report.count('unchanged')} unchanged, {report.count('failed')} failed) in "
          f"{time.perf_counter() - t0:.0f} s; abstain_below = {config.retrieval.abstain_below}\n")
    dev = load_jsonl(args.questions)
    samples = load_jsonl(args.samples) if args.samples.is_file() else []
    calibrate(kb, dev, samples)
    asyncio.run(end_to_end(kb, dev, samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
