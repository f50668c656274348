"""kb/evaluation.py: how a question set's labels are read and scored."""
import json
from types import SimpleNamespace

from kb.answer import Quote
from kb.evaluation import Scores, load_questions, relevant, score_question


def _write(tmp_path, rows):
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def test_also_docs_count_as_the_answer_s_document(tmp_path):
    # The sample documents repeat phone numbers: the directory and the handbook both give 委员工作室's.
    q, = load_questions(_write(tmp_path, [{
        "id": "X1", "question": "委员工作室电话多少", "doc": "机关处室职责与联系方式.txt",
        "answer_contains": ["0000-5550104"], "answerable": True, "kind": "phone",
        "also_docs": ["委员履职手册.md"]}]))
    assert q.docs == {"机关处室职责与联系方式.txt", "委员履职手册.md"}
    assert relevant(q, "委员履职手册.md", "电话：0000-5550104")
    assert not relevant(q, "社情民意信息工作办法.txt", "电话：0000-5550104")
    hit = SimpleNamespace(doc_key="委员履职手册.md", text="电话 0000-5550104", citation="《手册》第三条")
    answer = SimpleNamespace(hits=[hit], verdict="answer", abstained=False, doc_key="委员履职手册.md")
    outcome = score_question(q, answer, "委员工作室电话 0000-5550104", 0.01)
    assert outcome.rank == 1 and outcome.answer_correct


def test_without_also_docs_only_the_labelled_document_counts(tmp_path):
    q, = load_questions(_write(tmp_path, [{
        "id": "X2", "question": "委员工作室电话多少", "doc": "机关处室职责与联系方式.txt",
        "answer_contains": ["0000-5550104"], "answerable": True, "kind": "phone"}]))
    hit = SimpleNamespace(doc_key="委员履职手册.md", text="电话 0000-5550104", citation="《手册》第三条")
    answer = SimpleNamespace(hits=[hit], verdict="answer", abstained=False, doc_key="委员履职手册.md")
    outcome = score_question(q, answer, "委员工作室电话 0000-5550104", 0.01)
    assert outcome.rank is None and not outcome.answer_correct


def test_an_unanswerable_question_has_no_document(tmp_path):
    q, = load_questions(_write(tmp_path, [{
        "id": "X3", "question": "委员补贴多少钱", "doc": None, "answer_contains": [],
        "answerable": False, "kind": "unanswerable"}]))
    assert q.docs == set()
    assert not relevant(q, "委员履职手册.md", "补贴")


def test_declines_count_the_passage_offered_to_read(tmp_path):
    ans, unans = load_questions(_write(tmp_path, [
        {"id": "X4", "question": "答复写B类是啥意思", "doc": "委员履职手册.md", "answer_contains": ["B类"],
         "answerable": True, "kind": "definition"},
        {"id": "X5", "question": "委员补贴每年几月发", "doc": None, "answer_contains": [],
         "answerable": False, "kind": "unanswerable"}]))
    offered = Quote("《手册》第十八条", "第十八条 …B类：所提问题正在解决…", "委员履职手册.md")
    declined = SimpleNamespace(hits=[], verdict="abstain", abstained=True, doc_key="", nearest=offered)
    bare = SimpleNamespace(hits=[], verdict="abstain", abstained=True, doc_key="", nearest=None)
    scores = Scores([score_question(ans, declined, "抱歉", 0.01), score_question(unans, declined, "抱歉", 0.01),
                     score_question(unans, bare, "抱歉", 0.01)])
    assert scores.outcomes[0].nearest_right is True and scores.outcomes[2].nearest_right is None
    assert scores.declines() == {"answerable_declined": 1, "answerable_offered_right": 1,
                                 "unanswerable_declined": 2, "unanswerable_offered": 1}
