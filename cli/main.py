"""Staff command line: a thin layer over kb.KnowledgeBase.

Each command opens the library, calls one method, prints the result, and
turns library errors (app.errors.AppError) into click errors with the same
sentence.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import click

from cli.common import cli_config, kb_errors
from cli.texts import say
from kb.config import Config


@click.group()
@click.option("--config", "config_path", envvar="BOT_CONFIG", type=click.Path(dir_okay=False),
              help="config.yaml to use (default: the project's; env BOT_CONFIG).")
@click.option("--data-dir", envvar="BOT_DATA_DIR", type=click.Path(file_okay=False),
              help="Data directory (env BOT_DATA_DIR).")
@click.option("--lang", envvar="BOT_LANG", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of the output (env BOT_LANG); Chinese, as in chat, by default.")
@click.pass_context
def cli(ctx, config_path, data_dir, lang):
    """Manage the committee assistant's knowledge base."""
    from bot.logsetup import quiet_libraries

    quiet_libraries()        # bm25s logs at DEBUG by default; its lines are not for staff
    ctx.obj = {"config_path": config_path, "data_dir": data_dir, "lang": lang}


def _config(ctx) -> Config:
    return cli_config(ctx)


def _interactive() -> bool:
    """A person at a terminal can answer a question (not a script or a pipe)."""
    return sys.stdin.isatty()


def format_time(ts, config) -> str:
    from app.timefmt import local_time

    return local_time(ts, config.committee.timezone)


def _kb(ctx):
    from kb.knowledge_base import KnowledgeBase

    return KnowledgeBase(_config(ctx))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--by", "added_by", default="cli", help="Who is adding (recorded with the document).")
@click.option("--replace", "same_title", flag_value="replace",
              help="A file with the title of a document under another file name replaces it (a new version).")
@click.option("--keep-both", "same_title", flag_value="keep",
              help="A file with the title of a document under another file name is added beside it.")
@click.pass_context
@kb_errors
def add(ctx, paths, added_by, same_title):
    """Add or update documents (files or folders, recursively).

    A file whose title is already that of another document (a new version under a new
    file name?) is asked about, or needs --replace or --keep-both when not interactive.
    """
    from tqdm import tqdm

    kb = _kb(ctx)
    bars = {}

    def on_same_title(prepared, other):
        if same_title:
            return same_title
        if not _interactive():
            return "refuse"
        click.echo(say("same_title", doc_key=prepared.doc_key, title=prepared.title, other=other["doc_key"],
                       version=other["version"], when=format_time(other["updated_at"], kb.config),
                       chunks=other["chunk_count"]))
        answer = click.prompt(say("same_title_prompt"),
                              type=click.Choice(["r", "k", "s"]), default="s", show_choices=False)
        return {"r": "replace", "k": "keep", "s": "skip"}[answer]

    def on_file(path, chunks):
        bar = tqdm(total=chunks, desc=path.name[:40], unit="chunk", leave=False, file=sys.stderr)
        bars["current"] = bar
        return bar.update

    def on_result(result):
        bar = bars.pop("current", None)
        if bar:
            bar.close()
        mark = {"added": "+", "updated": "~", "unchanged": "=", "skipped": "-", "failed": "!"}[result.status]
        detail = say("chunks", n=result.chunks) if result.status != "failed" else result.error
        click.echo(f"{mark} {say('status_' + result.status):<9} {result.doc_key}: {detail}")

    t0 = time.perf_counter()
    report = kb.add_paths(paths, added_by=added_by, on_file=on_file, on_result=on_result,
                          on_same_title=on_same_title)
    elapsed = time.perf_counter() - t0
    skipped = say("add_skipped", n=report.count("skipped")) if report.count("skipped") else ""
    click.echo(say("add_summary", added=report.count("added"), updated=report.count("updated"),
                   unchanged=report.count("unchanged"), skipped=skipped, failed=report.count("failed"),
                   seconds=elapsed))
    if report.count("failed") and not (report.count("added") or report.count("updated") or report.count("unchanged")):
        sys.exit(1)


@cli.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
@kb_errors
def list_(ctx, as_json):
    """List documents."""
    docs = _kb(ctx).list_documents()
    if as_json:
        click.echo(json.dumps(docs, ensure_ascii=False, indent=1))
        return
    if not docs:
        click.echo(say("kb_empty"))
        return
    config = _config(ctx)
    for d in docs:
        when = format_time(d["updated_at"], config)
        status = "" if d["status"] == "ready" else f" [{d['status']}]"
        chunks = say("chunks", n=f"{d['chunk_count']:>4}")
        click.echo(f"{d['id']:>4}  {when}  {chunks}  v{d['version']}  {d['doc_key']}  《{d['title']}》{status}")
    click.echo(say("list_summary", n=len(docs), tz=config.committee.timezone))


@cli.command()
@click.argument("doc")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@kb_errors
def remove(ctx, doc, yes):
    """Remove a document (by id, file name or title)."""
    kb = _kb(ctx)
    row = kb.find_document(doc)
    if not yes:
        click.confirm(say("confirm_remove", doc_key=row["doc_key"], title=row["title"], chunks=row["chunk_count"]),
                      abort=True)
    kb.remove(row["id"])
    click.echo(say("removed", doc_key=row["doc_key"]))


@cli.command()
@click.pass_context
@kb_errors
def reindex(ctx):
    """Re-embed every chunk with the configured model (after changing embedder)."""
    from tqdm import tqdm

    kb = _kb(ctx)
    with tqdm(total=kb.chunk_count(), unit="chunk", file=sys.stderr) as bar:
        n = kb.reindex(progress=bar.update)
    click.echo(say("reindexed", n=n, model=kb.embedder.model_id))


@cli.command()
@click.option("--repair", is_flag=True, help="Fix what is found (re-sync Chroma and BM25 from SQLite).")
@click.pass_context
@kb_errors
def verify(ctx, repair):
    """Check that SQLite, Chroma and the BM25 index agree."""
    kb = _kb(ctx)
    report = kb.verify(repair=repair)
    click.echo(say("verify_counts", documents=report.documents, chunks=report.chunks, chroma=report.chroma,
                   bm25=report.bm25))
    problems = []
    if report.chroma_error:
        problems.append(report.chroma_error.split(": run `")[0])
    elif report.missing_in_chroma:
        problems.append(say("missing_in_chroma", n=len(report.missing_in_chroma)))
    if report.extra_in_chroma:
        problems.append(say("extra_in_chroma", n=len(report.extra_in_chroma)))
    if report.bm25_stale:
        problems.append(say("bm25_stale"))
    if report.pending_documents:
        problems.append(say("pending_documents", n=len(report.pending_documents),
                            names=", ".join(report.pending_documents[:5])))
    if report.second_stage_missing:
        problems.append(say("second_stage_missing", n=report.second_stage_missing))
    if not report.embedder_matches:
        problems.append(say("embedder_mismatch", recorded=report.embedder_recorded,
                            configured=report.embedder_configured))
    if not problems:
        click.echo(say("verify_ok"))
        return
    for p in problems:
        click.echo(f"- {p}")
    if report.moved_aside:
        click.echo(say("moved_aside", path=report.moved_aside))
    if report.repaired:
        after = kb.verify()
        click.echo(say("repaired") if after.ok else say("not_repaired"))
        if not after.ok:
            sys.exit(1)
    else:
        click.echo(say("run_repair"))
        sys.exit(1)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.pass_context
@kb_errors
def backup(ctx, path):
    """Copy assistant.db to PATH (a file or a folder) while the bot may be running."""
    kb = _kb(ctx)
    dest = kb.backup(path)
    size = dest.stat().st_size / 1024 / 1024
    click.echo(say("backed_up", src=kb.config.db_path, mb=size, dest=dest))
    click.echo(say("restore_hint"))


@cli.command()
@click.argument("question")
@click.option("--lang", default="zh", type=click.Choice(["zh", "en"]), help="Reply language.")
@click.option("--mode", default="hybrid", type=click.Choice(["hybrid", "dense", "bm25"]))
@click.option("--debug", is_flag=True, help="Show the ranked passages and scores.")
@click.pass_context
@kb_errors
def ask(ctx, question, lang, mode, debug):
    """Print the reply a member would get."""
    from bot.kernel.messages import to_plain
    from bot.kernel.render import render_answer

    kb = _kb(ctx)
    t0 = time.perf_counter()
    answer = kb.ask(question, mode=mode)
    elapsed = time.perf_counter() - t0
    click.echo(to_plain(render_answer(answer, kb.config.committee, lang)))
    if debug:
        result = kb.search(question, mode=mode)
        click.echo(f"\n[{elapsed * 1000:.0f} ms, best dense {answer.best_dense:.3f}, verdict {result.verdict}, "
                   f"confidence {result.confidence:.2f}]")
        for n, h in enumerate(answer.hits, 1):
            click.echo(f"{n}. {h.score:+.2f} d={h.dense:.3f} b={h.bm25:.1f} {h.citation}  {h.text[:50]}")


@cli.command()
@click.option("--questions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Questions with expected documents (JSONL, the eval format); not needed with --reset.")
@click.option("--max-false-abstention", type=float, default=None,
              help="Share of answerable questions the bot may wrongly decline "
                   "(default: retrieval.abstention.max_false_abstention).")
@click.option("--reset", is_flag=True, help="Forget the calibration; use the bundled verdict "
                                           "(kb/verdict_default.json) or retrieval.abstain_below.")
@click.option("--language", default="zh", show_default=True,
              help="Language of the questions (en: English questions get their own threshold).")
@click.pass_context
@kb_errors
def calibrate(ctx, questions, max_false_abstention, reset, language):
    """Fit this knowledge base's answer / pointer / abstain verdict from real questions."""
    from kb.calibration import calibrate as run_calibration
    from kb.evaluation import load_questions
    from kb.language import calibrate_language

    kb = _kb(ctx)
    if reset:
        kb.set_abstain_threshold(None, language=language)
        model = kb.abstention_model() if language == "zh" else None
        if model is not None and model.weights:
            click.echo(f"Calibration removed; the bundled verdict serves ({model.note}).")
        else:
            click.echo(f"Calibration removed; abstaining below {kb.abstain_threshold(language):.4f} (config).")
        return
    if questions is None:
        raise click.UsageError("Give --questions FILE (questions with their expected documents), or --reset.")
    if language != "zh":
        # Another language: a cosine threshold of its own (kb.language).
        result = calibrate_language(kb, load_questions(questions), language,
                                    0.05 if max_false_abstention is None else max_false_abstention)
        aa = "-" if result.abstention_accuracy is None else f"{result.abstention_accuracy:.2f}"
        click.echo(f"[{language}] Abstain below cosine {result.threshold:.4f}: false abstention "
                   f"{result.false_abstention:.2f} on {result.answerable} answerable, abstention accuracy {aa} "
                   f"on {result.unanswerable} unanswerable (in-sample).")
        return
    from kb.calibration_report import declined_answerable, explain

    samples = load_questions(questions)
    result = run_calibration(kb, samples, max_false_abstention)
    aa = "-" if result.abstention_accuracy is None else f"{result.abstention_accuracy:.2f}"
    what = {"logistic": "Several-signal model", "bundled": "Bundled several-signal model (too few questions to fit one)"
            }.get(result.method, f"Abstain below cosine {result.threshold:.4f}")
    click.echo(f"{what}: false abstention {result.false_abstention:.2f} on {result.answerable} answerable, "
               f"abstention accuracy {aa} on {result.unanswerable} unanswerable (in-sample).")
    declined = declined_answerable(kb, samples)
    for line in explain(result, declined, configured=kb.config.retrieval.abstain_below,
                        max_false_abstention=max_false_abstention
                        if max_false_abstention is not None else kb.config.retrieval.abstention.max_false_abstention):
        click.echo(line)
    if kb.config.retrieval.rerank.learned:
        from kb.ranker import MIN_LABELLED, fit as fit_ranker, fit_labelled

        # The staff's labelled questions first; too few of them: pseudo-questions from the articles.
        weights, stats = fit_labelled(kb, samples)
        source = f"{stats['in_candidates']} labelled questions"
        if weights is None:
            click.echo(f"Ranker: {stats['in_candidates']} labelled questions have their article among the "
                       f"candidates (needs {MIN_LABELLED}); learning from pseudo-questions instead.")
            weights, stats = fit_ranker(kb)
            source = f"{stats['questions']} pseudo-questions"
        kb.set_ranker_weights(weights)
        if weights is None:
            click.echo(f"Ranker: not learned ({stats['in_candidates']} of {stats['questions']} pseudo-questions "
                       "found their article); the configured weights stay.")
        else:
            from kb.rerank import FEATURES

            # Every second-stage column, relative to the first stage's 1 (kb.rerank.FEATURES).
            click.echo(f"Ranker learned from {source}: "
                       + ", ".join(f"{name.replace('_', ' ')} {w:.2f}" for name, w in zip(FEATURES[1:], weights[1:]))
                       + ".")


@cli.command("eval")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of documents to build a fresh knowledge base from.")
@click.option("--questions", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), help="Write figures as JSON.")
@click.option("--use-kb", is_flag=True, help="Evaluate the configured knowledge base instead of a fresh one.")
@click.option("--mode", default="hybrid", type=click.Choice(["hybrid", "dense", "bm25", "all"]),
              help="Retrieval mode; 'all' compares the three.")
@click.option("--misses/--no-misses", default=True, help="List the questions missed.")
@click.pass_context
@kb_errors
def eval_(ctx, corpus, questions, json_out, use_kb, mode, misses):
    """Score retrieval and answers on a question file (see shared/eval/README.md)."""
    from bot.kernel.messages import to_plain
    from bot.kernel.render import render_answer
    from kb.evaluation import FIGURE_COLUMNS, evaluate, format_table, load_questions
    from kb.knowledge_base import KnowledgeBase

    if not corpus and not use_kb:
        raise click.UsageError("Give --corpus DIR (fresh knowledge base) or --use-kb.")
    config = _config(ctx)
    qs = load_questions(questions)
    with tempfile.TemporaryDirectory(prefix="kb-eval-") as tmp:
        if not use_kb:
            config.cache_dir = config.cache_path   # keep the shared embedding cache
            config.data_dir = Path(tmp)
        kb = KnowledgeBase(config)
        if not use_kb:
            t0 = time.perf_counter()
            report = kb.add_paths([corpus])
            click.echo(f"Ingested {report.count('added')} documents, {kb.chunk_count()} chunks "
                       f"in {time.perf_counter() - t0:.1f} s; {report.count('failed')} failed.", err=True)
        modes = ["bm25", "dense", "hybrid"] if mode == "all" else [mode]
        results = {}
        for m in modes:
            def ask_one(q, m=m):
                answer = kb.ask(q, mode=m)
                return answer, to_plain(render_answer(answer, config.committee, "zh"))

            results[m] = evaluate(ask_one, qs)

    for m, scores in results.items():
        click.echo(format_table(f"[{m}] overall", {"all": scores.figures()}, FIGURE_COLUMNS))
        click.echo(format_table("by kind", scores.by_kind(), FIGURE_COLUMNS))
        report = scores.to_json()
        lat, d = report["latency_ms"], report["declines"]
        click.echo(f"latency per question (ms): p50 {lat.get('p50')}, p95 {lat.get('p95')}")
        click.echo(f"declined: {d['answerable_declined']} answerable (the right passage offered to read for "
                   f"{d['answerable_offered_right']}), {d['unanswerable_declined']} unanswerable (a passage "
                   f"offered for {d['unanswerable_offered']})\n")
    final = results[modes[-1]]
    if misses:
        click.echo(f"Misses ({modes[-1]}):")
        for o in final.misses():
            what = "abstained" if o.abstained else f"rank {o.rank}, answer {'ok' if o.answer_correct else 'wrong'}"
            exp = f"{o.question.doc} {o.question.section}" if o.question.answerable else "no answer"
            click.echo(f"  {o.question.id} {o.question.question} | {what} | expected {exp} | got {o.top[:1]}")
    if json_out:
        payload = {m: s.to_json() for m, s in results.items()}
        out = payload[modes[-1]] | {"modes": payload} if len(modes) > 1 else payload[modes[0]]
        # The scoring contract's names at the top level.
        out = out | out["overall"]
        json_out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        click.echo(f"Wrote {json_out}")


def _register_groups() -> None:
    from cli.broadcast import broadcast
    from cli.duty import duty
    from cli.members import members
    from cli.outbox import outbox
    from cli.queue import queue
    from cli.reports import reports
    from cli.stats import stats

    cli.add_command(members)
    cli.add_command(stats)
    cli.add_command(broadcast)
    cli.add_command(outbox)
    cli.add_command(queue)
    cli.add_command(duty)
    cli.add_command(reports)


_register_groups()


def main() -> None:
    from app.private_files import private_umask

    private_umask()           # data and exports are members' data: readable by this account only
    cli()
