"""The 'my own record' matchers take questions about the asker's record and leave rule questions alone."""
import pytest

from bot.features.duty.intent import DUTY
from bot.features.proposals.chat import PROPOSALS
from bot.features.venues.chat import VENUE

MINE = [(DUTY, "我今年积分多少"), (DUTY, "我还差几分到优秀"), (DUTY, "我的积分"), (DUTY, "我现在是什么等次"),
        (DUTY, "查一下我的履职记录"), (DUTY, "本人今年得分多少？"), (DUTY, "What are my points this year?"),
        (PROPOSALS, "我的提案被采纳了吗"), (PROPOSALS, "我提的提案立案了吗"), (PROPOSALS, "我的提案怎么样了"),
        (VENUE, "我在哪个社区联系点"), (VENUE, "我的联系点在哪里")]
RULES = [(DUTY, "积分标准是什么"), (DUTY, "出席全体会议计几分"), (DUTY, "优秀要多少分"), (DUTY, "我的积分怎么算"),
         (DUTY, "我们的积分制度有哪些规定"), (DUTY, "委员履职考核结果分几个等次"), (DUTY, "我市委员履职档案记录哪些内容"),
         (DUTY, "How are points calculated?"), (DUTY, "提案怎么提交"),
         (PROPOSALS, "我的提案怎么写"), (PROPOSALS, "提案立案的条件是什么"), (PROPOSALS, "我的提案什么时候答复"),
         (VENUE, "委员社区联系点有什么职责"), (VENUE, "联系点制度是怎样的"),
         (DUTY, "我想了解一下，委员在全体会议上作大会发言以后，积分是如何计算的，书面发言和口头发言是否一样计分")]


@pytest.mark.parametrize("intent,question", MINE)
def test_own_record_questions_are_taken(intent, question):
    assert intent.matches(question)


@pytest.mark.parametrize("intent,question", RULES)
def test_rule_questions_are_left_to_the_knowledge_base(intent, question):
    assert not intent.matches(question)
