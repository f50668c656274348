"""The knowledge base's parts are built once, whichever of the bot's worker threads asks first.

A burst of messages before the model and indexes are loaded (the bot warms them up at start, the
emulator tests do not) sends several first questions through the worker pool at once. Each used to
build its own Chroma client on the same path, and chromadb's client registry is not safe for that:
a member got "抱歉，处理您的问题时出错了" (seen in tests/test_flood.py, "cannot be read … KeyError").
"""
from __future__ import annotations

import threading


def test_first_questions_asked_at_once_are_all_answered(sample_kb):
    questions = ["提案怎么提交", "社情民意怎么报", "全会请假找谁", "委员工作室电话多少",
                 "信访事项多久办结", "考核优秀要多少分"]
    start = threading.Barrier(len(questions))
    errors: list[BaseException] = []
    answers: dict[str, object] = {}

    def ask(question: str) -> None:
        start.wait()
        try:
            # The vector index first, as a search opens it after the model has loaded: the threads
            # then meet there at once, as the flood's did on a loaded machine.
            sample_kb.store.count()
            answers[question] = sample_kb.ask(question)
        except BaseException as e:      # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=ask, args=(q,)) for q in questions]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert sorted(answers) == sorted(questions)
    # One of each part, shared by every thread.
    assert len({id(sample_kb.store), id(sample_kb.retriever), id(sample_kb.embedder)}) == 3
