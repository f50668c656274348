"""Replies shaped for a phone, and nothing shown that is not in the documents (kb.answer, bot.kernel.render)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.kernel.messages import to_plain
from bot.kernel.render import render_answer
from bot.kernel.texts import TEXTS
from kb.evaluation import squash

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_QUESTIONS = [json.loads(line)["question"] for line in
                    (ROOT / "samples" / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
MORE = ["考核优秀要多少分", "提案委员会的办公地点在哪", "提案委员会的电话多少", "全会去不了请假找谁要提前几天",
        "社情民意一篇写多少字合适", "提案立案以后还能修改吗", "What is the deadline for proposals?"]

FRAME_KEYS = ["direct_answer", "answer_intro", "answer_second", "answer_same", "further_sources", "pointer_intro",
              "understood_as", "no_answer", "nearest"]


def frame_patterns():
    """Each frame template as a regex whose placeholders match anything."""
    out = []
    for key in FRAME_KEYS:
        for template in TEXTS[key].values():
            plain = to_plain(template)
            parts = re.split(r"\{\w+\}", plain)
            out.append(re.compile("^" + "(.*)".join(re.escape(p) for p in parts) + "$"))
    return out


def unframed(reply: str) -> tuple[list[str], list[str]]:
    """(quoted pieces, direct-answer texts) of a plain reply; the frame lines are removed."""
    patterns = frame_patterns()
    pieces, direct = [], []
    for line in reply.splitlines():
        line = line.strip()
        if not line:
            continue
        for pat, key in zip(patterns, [k for k in FRAME_KEYS for _ in TEXTS[k]]):
            m = pat.match(line)
            if m:
                if key == "direct_answer":
                    direct.append(m.group(1))
                break
        else:
            pieces += [p for p in line.split("……") if p.strip()]
    return pieces, direct


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_sentence_shown_is_in_the_source(sample_kb, language):
    committee = sample_kb.config.committee
    checked = 0
    for question in SAMPLE_QUESTIONS + MORE:
        answer = sample_kb.ask(question)
        if answer.abstained:
            continue
        reply = to_plain(render_answer(answer, committee, language))
        sources = squash("".join(h.text for h in answer.hits))
        pieces, direct = unframed(reply)
        assert pieces, reply
        for piece in pieces:
            assert squash(piece) in sources, (question, piece)
        for text in direct:
            assert squash(text) in squash(answer.quotes[0].text), (question, text)
        checked += 1
    assert checked >= 15


def test_numbered_list_shows_the_item_that_answers(sample_kb):
    answer = sample_kb.ask("考核优秀要多少分")
    reply = to_plain(render_answer(answer, sample_kb.config.committee))
    assert answer.direct == "优秀：年度积分30分以上"
    assert reply.startswith("📌 “优秀：年度积分30分以上”")
    assert "（一）优秀：年度积分30分以上" in reply
    assert "（四）不合格" not in reply                     # the items that do not answer stay out


LISTED = ("第十四条 常务委员会每年选择若干件代表建议进行重点督办。\n"
          "专门委员会应当对代表建议进行综合分析，在广泛征求有关方面意见的基础上，提出拟重点督办的代表建议，"
          "由主任会议研究确定后，交由有关机关、组织研究办理，并跟踪了解办理的进度和结果。\n"
          "重点督办的代表建议根据以下情形确定：\n"
          "（一）事关经济社会发展的重大问题；\n（二）代表反映比较集中的问题；\n（三）办理难度较大的问题。")


def test_a_question_asking_for_the_list_gets_its_items():
    """"啥样的建议会被重点督办" is answered by the items the lead-in announces, not by the lead-in
    and a long sentence before it."""
    from kb.answer import select_sentences

    asked = select_sentences(LISTED, "啥样的代表建议会被挑去重点督办", 120, 4)
    assert "根据以下情形确定：" in asked
    assert all(item in asked for item in ("（一）事关", "（二）代表", "（三）办理"))
    assert "跟踪了解办理的进度" not in asked          # the long sentence made room for them
    # Asked something else, the same passage keeps its best sentences and no list.
    other = select_sentences(LISTED, "重点督办的代表建议由谁研究确定", 120, 4)
    assert "主任会议研究确定" in other and "（三）办理" not in other


DIRECTORY = ("三、常见事项办理去向\n"
             "1．提交提案、查询提案立案和办理情况、对提案答复不满意：找提案委员会（405室，0000-5550102）。\n"
             "2．报送社情民意信息、查询采用情况：找社情民意信息工作室（306室，0000-5550106）。\n"
             "3．会议请假、查询履职档案和积分、提交年度履职报告：找委员工作室（208室，0000-5550104）。\n"
             "4．参加学习培训、提供文史资料：找学习和文史委员会（501室，0000-5550105）。\n"
             "5．会议通知、会务安排等：找办公室（301室，0000-5550101）。")


def test_a_list_quotes_only_the_items_asked_about():
    """"积分找哪个部门" wants one line of the directory's list. The other lines name a body too (the kind
    of answer asked) and scored nearly as well, so the reply quoted four of them; an item that holds
    none of the member's words stays out."""
    from kb.answer import select_sentences

    quoted = select_sentences(DIRECTORY, "查积分找哪个部门", 120, 4)
    assert "找委员工作室（208室" in quoted
    assert "提案委员会" not in quoted and "办公室（301室" not in quoted and "文史" not in quoted
    # A question asking for the list still gets its items.
    listed = select_sentences("可以找这些部门：\n" + DIRECTORY.split("\n", 1)[1], "能找哪些部门", 400, 4)
    assert "提案委员会" in listed and "办公室（301室" in listed


def test_a_sentence_retrieval_cut_otherwise_keeps_its_cosine():
    """Retrieval joins a piece under 6 characters to the sentence before it (kb.sentences), a quote
    keeps it apart: the sentence must still count its cosine, or it is never quoted."""
    from kb.answer import select_sentences
    from kb.retriever import Hit

    text = ("大家认为，要完善涉外法律法规体系，加强立法规划。要深化涉外执法司法合作，主动对接国际规则。"
            "最高人民法院、司法部、商务部负责同志介绍有关情况，并同政协委员协商交流。（吕巍）")
    cosines = [("大家认为，要完善涉外法律法规体系，加强立法规划。", 0.80),
               ("要深化涉外执法司法合作，主动对接国际规则。", 0.80),
               ("最高人民法院、司法部、商务部负责同志介绍有关情况，并同政协委员协商交流。（吕巍）", 0.95)]
    hit = Hit("c", 1, "d", "t", "《t》", text, [], None, sentences=cosines)
    quoted = select_sentences(text, "那次会上还有谁讲了", 60, 1, kinds=[], hit=hit)
    assert "最高人民法院、司法部、商务部" in quoted


@pytest.mark.parametrize("question, direct", [
    ("社情民意一篇写多少字合适", "1500字以内"),
    ("提案委员会的办公地点在哪", "405室"),
    ("提案最晚什么时候交", "2026年12月20日"),
    ("紧急的社情民意多久内要报", "24小时内"),
    ("社情民意信息发到哪个邮箱", "sqmy@example.org"),   # the field asked, not the office's sentence
    ("信息工作室电话多少", "0000-5550103"),
])
def test_direct_answer_has_what_was_asked(sample_kb, question, direct):
    assert direct in sample_kb.ask(question).direct


@pytest.mark.parametrize("question, sentences, direct", [
    ("会议几点开幕", ["会议于2月5日上午9时在河池开幕。", "大会听取了报告。"], "会议于2月5日上午9时在河池开幕"),
    ("合寨村是哪年搞出的村委会", ["1980年，宜州合寨村村民首创村民委员会。"], "1980年"),
])
def test_direct_answer_to_a_year_or_an_hour(question, sentences, direct):
    """"哪年", "几点" ask a time: the year or the hour the passage gives is the direct answer."""
    from kb.extract import direct_answer

    assert direct_answer(question, sentences, "", about="") == direct


def test_asked_how_long_before_the_answer_is_a_time_before(sample_kb):
    """"要提前几天" was answered by 第三十条's "会议结束后3个工作日内补交" (a limit after the meeting,
    for a leave not asked in advance); the article that says how long before is 第二十九条."""
    answer = sample_kb.ask("全会去不了 请假找谁 要提前几天")
    assert answer.citation.endswith("第二十九条") and "开幕3个工作日前" in answer.quote
    # (一) 全体会议 and (二) 常务委员会会议 give a time each, and "全会" is no word of either: no
    # one line is chosen between them, and the quote shows both.
    assert answer.direct in ("", "应当于会议开幕3个工作日前填写《会议请假单》")
    from kb.extract import direct_answer

    late = "因突发疾病等紧急情况无法事先书面请假的，委员可以先电话请假，并在会议结束后3个工作日内补交书面请假单。"
    assert "3个工作日" not in direct_answer("开会要提前几天请假", [late])


def test_a_clause_that_asks_is_no_direct_answer(sample_kb):
    """The directory's "常见咨询" line lists what members ask ("提案是否已经立案、交给哪个承办单位"); it
    came back as the direct answer to "重点提案谁来督办", which it does not answer."""
    from kb.extract import direct_answer

    entry = ["主要职责：负责提案的审查、立案、并案和交办；组织重点提案督办。",
             "常见咨询：提案是否已经立案、交给哪个承办单位；联名提案如何发起和确认。"]
    assert "哪个" not in direct_answer("重点提案谁来督办", entry)
    assert "哪个" not in sample_kb.ask("重点提案谁来督办").direct
    # A rule's own "是否" is no question: "五个工作日内决定是否受理" still answers "多久".
    assert direct_answer("多久告诉受不受理", ["机关应当自收到之日起五个工作日内决定是否受理。"]) \
        == "机关应当自收到之日起五个工作日内决定是否受理"


def test_a_clause_on_something_else_is_no_direct_answer():
    """Asked whether the 居委会 must help keep order, the article on its sub-committees has a
    yes/no clause ("可以兼任") that shares only the search's added words ("居民委员会", "可以"):
    it answers another question, so nothing is served as the one-line answer."""
    from kb.extract import direct_answer

    article = ["第十三条 居民委员会根据需要设人民调解、治安保卫、公共卫生等委员会。",
               "居民委员会成员可以兼任下属的委员会的成员。",
               "居民较少的居民委员会可以不设下属的委员会，由居民委员会的成员分工负责有关工作。"]
    about = "《中华人民共和国城市居民委员会组织法》第十三条"
    assert direct_answer("居委会要不要帮着管治安", article, "居委会要不要帮着管治安 居民委员会 可以", about) == ""
    # The member's own words in the clause still make it the answer.
    assert direct_answer("居委会成员能不能兼任下属委员会的成员", article, "", about) \
        == "居民委员会成员可以兼任下属的委员会的成员"


def test_who_is_answered_by_the_body_that_acts():
    """Asked "谁解决", the one-line answer was the clause naming the matter ("居民委员会的办公用房"),
    which holds a body and most of the question's words; the body that acts comes after 由."""
    from kb.extract import direct_answer

    assert direct_answer("居委会没地方办公 办公用房找谁解决", ["居民委员会的办公用房，由当地人民政府统筹解决。"]) \
        == "由当地人民政府统筹解决"
    # "经费和家属委员会" is no "经…" (by way of) a body.
    assert direct_answer("家属委员会的工作经费谁出",
                         ["家属委员会的工作经费和家属委员会成员的生活补贴费、办公用房，由所属单位解决。"]) \
        == "由所属单位解决"
    # A body before what it does acts too.
    assert direct_answer("几个承办单位意见不一致 谁来协调",
                         ["各有关承办单位答复意见不一致的，市人民政府办公厅应当进行协调。"]) \
        == "各有关承办单位答复意见不一致的，市人民政府办公厅应当进行协调"


def test_yes_or_no_is_answered_by_the_clause_on_the_act_asked():
    """"能直接拿到会上讨论吗" asks about 讨论: the article's first 应当 ("应当由负责合法性审查的部门进行
    合法性审查") shares the topic's words but not the act; "不得提交决策机关讨论" answers."""
    from kb.extract import direct_answer

    article = ["送请合法性审查，应当由负责合法性审查的部门进行合法性审查。",
               "决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论。"]
    assert direct_answer("决策草案没过合法性审查 能直接拿到会上讨论吗", article) \
        == "决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论"


def test_no_direct_answer_when_two_clauses_answer_alike():
    """Asked how many 县 members must co-sign, the article gives 五人 for the 省 and 设区的市 and 三人
    for the 县级; "县人" shares no word with either clause, so the first one ("五人以上联名") was
    served. With nothing to choose by, the quote shows both and no one line is given."""
    from kb.extract import direct_answer

    article = ["省、自治区、直辖市、自治州、设区的市的人民代表大会常务委员会组成人员五人以上联名，"
               "县级的人民代表大会常务委员会组成人员三人以上联名，可以向本级常务委员会提出议案。"]
    assert direct_answer("县人大常委会组成人员几个人联名就能提议案", article) == ""
    # Named, the level chooses.
    assert direct_answer("县级常委会组成人员几个人联名就能提议案", article) == "县级的人民代表大会常务委员会组成人员三人以上联名"


def test_a_one_line_answer_keeps_the_case_it_is_said_of():
    """"提案立案了还能撤回吗" got "提案人可以在提案系统中修改或者撤回", which the handbook says of a
    proposal before 立案: the clause that sets the case comes with it, verbatim."""
    from kb.extract import direct_answer

    article = ["第十六条 提案在立案前，提案人可以在提案系统中修改或者撤回。",
               "提案立案后，不得再修改提案内容或者增减联名提案人；确需撤回的，由第一提案人向提案委员会书面说明理由。"]
    assert direct_answer("提案立案了还能撤回吗", article) == "提案在立案前，提案人可以在提案系统中修改或者撤回"
    # A clause that sets no case is not added: "委员应当于每年12月31日前" stands alone.
    assert direct_answer("年度履职报告什么时候交", ["第三十四条 委员应当于每年12月31日前，通过履职平台提交本年度履职报告。"]) \
        == "委员应当于每年12月31日前"


def test_where_is_answered_by_the_channel():
    """"在哪填" is answered by the platform a thing is filled in on, not by the office named in the
    same article."""
    from kb.extract import direct_answer

    article = ["代表收到承办单位的答复后，应当在十五日内通过山东省人大代表履职网络平台填写征询意见表。",
               "省人民代表大会常务委员会人事代表工作机构负责汇总代表的意见。"]
    assert "履职网络平台" in direct_answer("代表收到答复后 意见表在哪填", article)


def test_next_year_is_no_time_limit():
    """"下一年度" holds "一年", which read as a span: the article's second sentence was the one-line
    answer to "年度履职报告什么时候交" instead of its deadline."""
    from kb.extract import direct_answer

    article = ["第三十四条 委员应当于每年12月31日前，通过履职平台提交本年度履职报告。",
               "年度履职报告应当如实载明本年度参加会议、提交提案等情况以及下一年度的履职打算。"]
    assert direct_answer("年度履职报告什么时候交", article) == "委员应当于每年12月31日前"


def test_asked_which_day_a_year_alone_is_no_answer():
    """"哪天开的" is not answered by "2025年…座谈会召开" (a year says no day), nor "成立105周年" by a number
    of weeks; asked "哪年", the year still is the answer (test_direct_answer_to_a_year_or_an_hour)."""
    from kb.extract import direct_answer

    report = ["2025年市政协民族宗教委员会工作座谈会召开。", "12月10日，市政协民族宗教委员会召开工作座谈会。"]
    assert direct_answer("民族宗教委员会的工作座谈会是哪天开的", report) == "12月10日"
    assert direct_answer("民族宗教委员会的工作座谈会是哪年开的", report[:1]) != ""
    meeting = ["今年全国两会是在中国共产党成立105周年召开的一次重要会议。", "3月24日，市政协党组召开会议传达全国两会精神。"]
    assert direct_answer("传达全国两会精神的会是什么时候开的", meeting) == "3月24日"


def test_a_line_that_answers_another_question_is_not_shown():
    """The clause chosen for "居民公约要报哪里备案" is "由居民委员会监督执行" (another question of the same
    sentence); the line gate (kb/line_gate.py) judges it unlikely to hold the answer, so the reply opens
    with the quote. A short question keeps its right line: "密码忘了找谁" → the directory's 信息中心."""
    from kb.extract import choose_clause, direct_answer

    article = ["第十五条 居民公约由居民会议讨论制定，报不设区的市、市辖区的人民政府或者它的派出机关备案，"
               "由居民委员会监督执行。", "居民应当遵守居民会议的决议和居民公约。"]
    question = "按居委会组织法，居民公约要报哪里备案"
    searched = question + " 居民委员会"            # the search's words (居委会 → 居民委员会)
    about = "《中华人民共和国城市居民委员会组织法》第十五条"
    assert choose_clause(question, article, searched, about).text == "由居民委员会监督执行"
    assert direct_answer(question, article, searched, about) == ""
    directory = ["3．会议请假、查询履职档案和积分、提交年度履职报告：找委员工作室（208室，0000-5550104）。",
                 "4．提案系统或者履职平台登录不了、忘记密码：找信息中心（210室，0000-5550108）。"]
    about = "《政协临江市委员会机关处室职责与联系方式》 三、常见事项办理去向"
    assert "找信息中心（210室，0000-5550108）" in direct_answer("密码忘了找谁", directory, "", about)


def test_the_line_gate_refuses_a_model_of_other_signals():
    import json

    import pytest

    from kb.line_gate import GATE_FILE, LineGate, SIGNALS

    data = json.loads(GATE_FILE.read_text(encoding="utf-8"))
    assert data["signals"] == list(SIGNALS) and len(data["weights"]) == len(SIGNALS)
    data["signals"] = data["signals"][:-1]
    with pytest.raises(ValueError, match="refit"):
        LineGate.from_json(data)


def test_no_direct_answer_without_one_in_the_passage(sample_kb):
    answer = sample_kb.ask("社情民意信息有哪些报送方式")
    assert not answer.abstained and answer.direct == ""


def test_replies_fit_a_phone(sample_kb):
    committee = sample_kb.config.committee
    for question in SAMPLE_QUESTIONS + MORE:
        answer = sample_kb.ask(question)
        reply = to_plain(render_answer(answer, committee))
        limit = committee and (sample_kb.config.answer.max_chars if len(answer.quotes) > 1
                               else sample_kb.config.answer.short_chars)
        assert len(reply) <= limit + 40, (question, len(reply), reply)


def test_pointer_offers_the_passage_without_a_direct_answer(sample_kb):
    from kb.answer import compose

    result = sample_kb.search("考核优秀要多少分")
    result.verdict = "pointer"
    answer = compose(result, sample_kb.config.answer)
    reply = to_plain(render_answer(answer, sample_kb.config.committee))
    assert reply.startswith("这可能相关：") and "📌" not in reply and answer.direct == ""
    en = to_plain(render_answer(answer, sample_kb.config.committee, "en"))
    assert en.startswith("This may be relevant:")


def test_a_followup_quotes_the_sentences_holding_its_own_words():
    """"设区的市" after "县级人大常委会组成人员一般多少人" is read as one question holding both;
    the reply quotes the sentence on 设区的市, the words the member just added (compose's focus)."""
    from kb.answer import select_sentences

    article = ("第四十八条 常务委员会组成人员的名额：（一）省、自治区、直辖市三十五人至六十五人，人口超过八千万的"
               "不超过八十五人；（二）设区的市、自治州十九人至四十一人，人口超过八百万的设区的市不超过五十一人；"
               "（三）县级常委会组成人员十五人至二十七人，人口超过一百万的不超过三十五人。"
               "省、自治区、直辖市每届人民代表大会常务委员会组成人员的名额，由省级人民代表大会依照前款规定，按人口多少并结合常务委员会组成人员结构的需要确定。")
    question = "县级人大常委会组成人员一般的设区的市"
    plain = select_sentences(article, question, 80, 1)
    focused = select_sentences(article, question, 80, 1, focus="设区的市")
    assert "十五人至二十七人" in plain and "十九人至四十一人" not in plain
    assert "十九人至四十一人" in focused


def test_a_followup_asking_a_kind_of_its_own_is_answered_by_it(sample_kb):
    """"一大群人去上访能去几个" after "信访事项一般多少天能办结" asks a number of people: the joined
    reading's reply gave the previous question's time ("60日内办结") as its one-line answer and left
    the sentence on 代表人数 out. The follow-up's own words ask the kind, so no time is served as the
    answer and the sentence holding the count is quoted."""
    from kb.answer import compose

    question, own = "信访事项一般多少天能办结，一大群人去上访能去几个", "一大群人去上访能去几个"
    result = sample_kb.search_question(question)
    before = compose(result, sample_kb.config.answer, question=question)
    after = compose(result, sample_kb.config.answer, question=question, focus=own)
    assert "60日内办结" in before.direct and "不超过5人" not in before.quote
    assert "60日" not in after.direct and "代表人数不超过5人" in after.quote


def test_the_documents_title_words_do_not_choose_the_sentence():
    """A list of members (its lead line says what the list is) asked "有没有水族的委员": the lead
    holds the title's words 委员名单 and 五届, the line that answers only 水族, and it was left out
    as far less relevant than the lead. Title words name the document, which the citation shows;
    they count half in choosing the sentences, so the line with 水族 is quoted beside the lead."""
    from kb.answer import select_sentences
    from kb.retriever import Hit

    title = "政协河池市第五届委员会委员名单"
    text = ("中国人民政治协商会议第五届河池市委员会委员名单如下：（共305人，按姓氏笔画排序）\n"
            + "\n".join(f"{a}（壮族） {b}（瑶族） {c}（女） {d}（仫佬族）" for a, b, c, d in
                        [("韦平", "韦茂明", "韦海山", "龙超云"), ("龙慧芬", "朱琳", "罗彩梅", "胡革"),
                         ("洪浩", "徐钦恒", "黄小耿", "黄正华"), ("黄训力", "黄岸锋", "银建林", "覃舟"),
                         ("覃忠严", "蓝启章", "蒙仕林", "黎丽"), ("潘秋琳", "潘慧华", "韦海良", "牛得斌"),
                         ("李建", "周莉", "周新汉", "廖国芳"), ("滕萍", "卢兴隆", "苏翠芬", "杜红坤")])
            + "\n莫秋婷（女）莫毅坚（壮族）唐雯丽（女）梁华（水族）")
    # Retrieval's sentence cosines as e5 gave them (the lead 0.92, the 水族 line 0.89, the others
    # about 0.88), and the formal words the search added for 政协.
    lines = text.split("\n")
    cosines = [(lines[0], 0.921), (lines[-1], 0.891)] + [(x, 0.88) for x in lines[1:-1]]
    hit = Hit("c1", 1, "list.txt", title, f"《{title}》", text, [], None, sentences=cosines)
    quote = select_sentences(text, "五届市政协委员名单里 有没有水族的委员 是谁", 120, 4, hit=hit,
                             context="政治协商会议")
    assert "梁华（水族）" in quote


def test_a_runner_up_is_read_with_the_question_as_typed(sample_kb):
    """A close paragraph of the same report is read with the member's question, as the best
    passage is (title words at half weight). It was read with the question's bigrams strung
    together without the title's ("组扩大会议说说履履职职要要围围绕…"), whose doubled characters
    made words of their own: "要要" matched "重要要求", and for "党组扩大会议说履职要围绕啥来抓"
    that sentence was quoted instead of the one saying what to 围绕."""
    from kb.answer import compose
    from kb.retriever import Hit, SearchResult

    title = "市政协党组（扩大）会议召开"
    asked = ("要紧紧围绕贯彻落实好市委同意的市政协年度协商计划、常委会工作要点，充分发挥专门协商机构作用，"
             "为加快地方建设献计出力，推动各项工作不断取得新成效，努力开创新时代政协工作新局面，以优异成绩回报全市人民的期待。")
    other = ("与会人员一致表示，要将学习贯彻会议精神与贯彻执行自治区党委部署和市委工作重要要求结合起来，"
             "与本单位实际结合起来，把学习引向深入，做到学思用贯通、知信行统一，切实把思想和行动统一到中央和区市各项决策部署上来。")
    second = other + "\n" + asked
    hits = [Hit("c1", 1, "c_1.txt", title, f"《{title}》", "市政协党组召开扩大会议，传达学习全国两会精神。", [], None,
                score=1.0, stage2=5.0),
            Hit("c2", 1, "c_1.txt", title, f"《{title}》", second, [], None, score=1.0, stage2=4.8,
                sentences=[(other, 0.90), (asked, 0.86)])]
    question = "党组扩大会议说履职要围绕啥来抓"
    answer = compose(SearchResult(question, question, hits, 0.9, False, verdict="answer"), sample_kb.config.answer)
    assert len(answer.quotes) == 2, answer.quotes
    assert "紧紧围绕" in answer.quotes[1].text and "重要要求" not in answer.quotes[1].text, answer.quotes[1].text


def test_a_close_paragraph_of_the_same_report_is_quoted_too(sample_kb):
    """A news report's paragraphs all cite the report: the one that answers, second by a hair, is
    quoted under "同篇还写道：" (it was left out while runners-up were told apart by citation)."""
    from kb.answer import compose
    from kb.retriever import Hit, SearchResult

    title = "九三学社广西区委法律专门委员会第一次法治座谈会在南宁举行"

    def paragraph(n, text, stage2):
        return Hit(f"c{n}", 1, "c_1.txt", title, f"《{title}》", text, [], None, score=1.0, stage2=stage2)

    hits = [paragraph(3, "座谈会上，与会人员围绕法治建设主题交流发言，气氛热烈。", 5.0),
            paragraph(1, "2025年3月28日，座谈会在南宁召开，会议由专委会主任主持。", 4.8),
            Hit("n9", 2, "n09.txt", "某条例", "《某条例》第九条", "第九条 其他内容。", [], "第九条",
                score=0.5, stage2=1.0)]
    result = SearchResult("九三学社法律专委会座谈会几号开的", "九三学社法律专委会座谈会几号开的", hits, 0.9, False,
                          verdict="answer")
    answer = compose(result, sample_kb.config.answer)
    assert [q.citation for q in answer.quotes] == [f"《{title}》"] * 2
    reply = to_plain(render_answer(answer, sample_kb.config.committee))
    assert "同篇还写道：" in reply and "3月28日" in reply, reply
    assert "《某条例》第九条" in reply   # still under "另见"
    # Every line but the frame ("另见：…" is one) is text of the passages.
    pieces, _ = unframed(reply)
    sources = squash("".join(h.text for h in hits))
    assert pieces and all(squash(p) in sources for p in pieces), reply


def test_a_runner_up_holding_what_the_best_article_lacks_is_quoted(sample_kb):
    """A question on 查询 and 进度 ranked 第二十四条 (on 办理) first and 第九条, which says how to
    查询 the 进度, second but far behind: only close runners-up were quoted. A same-document
    runner-up holding words of the question the best article lacks is quoted too, after everything
    quoted before, and leaves the see-also line; one holding nothing new (第二十五条) is not."""
    from kb.answer import compose
    from kb.retriever import Hit, SearchResult

    title = "浙江省信访条例"

    def article(n, text, stage2):
        return Hit(f"a{n}", 1, "zj.txt", title, f"《{title}》第{n}条", f"第{n}条 {text}", [], f"第{n}条",
                   score=1.0, stage2=stage2)

    hits = [article("二十四", "有权处理的机关、单位应当依法办理信访事项，并书面答复信访人。", 9.0),
            article("九", "信访人可以通过信访信息系统查询信访事项的办理进度和结果。", 5.0),
            article("二十五", "有权处理的机关、单位办理信访事项，应当听取信访人陈述事实和理由。", 4.9)]
    question = "浙江信访人能查询自己信访事项的办理进度吗"
    answer = compose(SearchResult(question, question, hits, 0.9, False, verdict="answer"), sample_kb.config.answer)
    assert [q.citation for q in answer.quotes] == [f"《{title}》第二十四条", f"《{title}》第九条"], answer.quotes
    assert "查询信访事项的办理进度" in answer.quotes[1].text
    assert [h.citation for h in answer.further] == [f"《{title}》第二十五条"]
    reply = to_plain(render_answer(answer, sample_kb.config.committee))
    assert "查询信访事项的办理进度" in reply, reply
    pieces, _ = unframed(reply)
    sources = squash("".join(h.text for h in hits))
    assert pieces and all(squash(p) in sources for p in pieces), reply


# A news paragraph (《市政协主席黄恩赴北京拜访文化和旅游部》, public): every sentence names 黄恩, 文旅部
# or 拜访, the words the question names its subject by.
VISIT = ("4月13日至15日，市政协主席、党组书记黄恩率河池市文旅考察团赴北京市，专程拜访文化和旅游部，并实地考察北京五和"
         "博澳药业股份有限公司、依文集团、中国丝绸协会等知名企业与行业机构，积极争取政策支持、深化产业合作、共谋发展蓝图。\n"
         "在文化和旅游部，黄恩一行分别拜访非遗司、资源开发司负责同志，专题汇报河池文化旅游工作，介绍河池生态文旅、红色文化、"
         "民族非遗等资源禀赋和产业发展成效，重点就国家级铜鼓文化(河池)生态保护区提质建设、国家级旅游度假区品牌创建等工作，"
         "恳请给予政策倾斜、项目扶持和业务指导。文旅部相关司局对河池文旅发展给予充分肯定，表示将持续关心支持革命老区、民族"
         "地区文旅事业，在项目申报、品牌创建、资金安排、人才培养等方面加大帮扶力度，助力河池打造文旅精品、培育特色品牌，推动"
         "文旅产业高质量发展。")


def test_the_words_every_sentence_holds_do_not_choose_the_sentence():
    """The passage's topic words (黄恩, 文旅, 拜访) are in most of its sentences and say little about
    which answers; "在哪些方面帮河池" is answered by the sentence that holds 方面 and 帮, which a
    plain count of shared words passed over for the one naming the visit."""
    from kb.answer import _rarity, select_sentences

    quoted = select_sentences(VISIT, "黄恩去文旅部拜访 人家答应在哪些方面帮河池", 200, 4)
    assert "项目申报、品牌创建、资金安排、人才培养" in quoted
    weight = _rarity([{"黄恩", "文旅"}, {"黄恩", "方面"}, {"黄恩"}], {"黄恩", "文旅", "方面"})
    assert weight["方面"] == weight["文旅"] == pytest.approx(1.0) and weight["黄恩"] < 0.3


def test_a_sentence_longer_than_the_budget_keeps_the_clauses_asked_about():
    """A report's paragraph of one long sentence: the reply kept its head and cut "在画好最大同心圆上
    展现新作为", the clause the member asked about. The clauses holding the question's words are kept,
    verbatim, and "……" marks what is left out on either side."""
    from kb.answer import GAP, select_sentences

    text = ("全市各级政协组织、政协各参加单位和广大政协委员要坚持以习近平新时代中国特色社会主义思想为指导，"
            "全面贯彻落实习近平总书记关于加强和改进人民政协工作的重要思想，深入贯彻落实习近平总书记关于广西工作论述的重要要求，"
            "贯彻落实好市委书记在大会开幕会上的讲话精神，在筑牢思想根基上彰显新担当，在服务高质量发展上取得新成果，"
            "在增进民生福祉上实现新突破，在画好最大同心圆上展现新作为，在锻造过硬队伍上呈现新面貌。")
    quoted = select_sentences(text, "闭幕讲话在画同心圆这块要求做到啥", 80, 1, kinds=[])
    assert "在画好最大同心圆上展现新作为" in quoted
    assert quoted.startswith(GAP) and len(quoted) <= 80 + 2 * len(GAP)
    assert all(part in text for part in quoted.split(GAP) if part)
    # Nothing asked beyond the head: the head is kept, as before.
    head = select_sentences(text, "政协委员要坚持以什么为指导", 80, 1, kinds=[])
    assert head.startswith("全市各级政协组织") and head.endswith(GAP)


def test_the_item_asked_by_its_ordinal_is_quoted():
    """"提的第二点希望是啥": the reply quoted "一是…" and "三是…", the sentences holding the question's
    words (希望, 民盟), and left out "二是…". The item counted to is quoted first; 第N条 names an article."""
    from kb.answer import select_sentences

    text = ("贺词提出了三点希望：一是希望市委会坚持把思想政治建设摆在首位，组织全体盟员深入学习。"
            "二是立足特色优势，把履职重点聚焦到中心工作上来。"
            "三是希望市委会按照参政党建设要求，持续加强领导班子建设。")
    quoted = select_sentences(text, "市委在民盟代表大会上提的第二点希望是啥", 60, 1, kinds=[])
    assert "把履职重点聚焦到中心工作上来" in quoted
    assert "把履职重点聚焦到中心工作上来" not in select_sentences(text, "宪法第二条讲的希望是啥", 60, 1, kinds=[])
