"""The point rules and grade thresholds, as data (config.yaml ``duty:``), typed and checked at start.

Another committee's rules are a config change, not code: each rule names the
category it scores, its points (or points per level, for 社情民意 adopted at
city / provincial / national level), an optional yearly cap, and the article
of the handbook that states it, which every line of ``/duty`` cites.

A mistake in the section fails at start-up with the key that is wrong
(:class:`kb.errors.ConfigError`), never later with a wrong score.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.config import build_section as _build
from app.errors import ConfigError

KEY = re.compile(r"[a-z][a-z0-9_]*$")
MONTH_DAY = re.compile(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


@dataclass
class RuleConfig:
    key: str = ""                    # the category records carry (e.g. plenary)
    name: str = ""                   # what the member reads (出席全体会议)
    group: str = ""                  # the column of the annual table it adds to (会议, 提案 ...)
    points: float = 0.0              # per record (negative: a deduction; 0: evidence only)
    levels: dict[str, float] = field(default_factory=dict)   # level -> points; highest per source id counts
    cap: float | None = None         # most points a year from this rule (None: no cap)
    article: str = ""                # 第三十三条


@dataclass
class GradeConfig:
    name: str = ""                   # 优秀
    min_points: float = 0.0
    max_counts: dict[str, int] = field(default_factory=dict)   # category -> at most this many records
    needs_report: bool = False       # the annual report submitted on time
    article: str = ""


@dataclass
class FailConfig:
    name: str = "不合格"
    at_least: dict[str, int] = field(default_factory=dict)      # category -> this many records fails
    none_of: list[str] = field(default_factory=list)            # no record of any of these in a year fails
    any_of: list[str] = field(default_factory=list)             # one record of any of these fails
    article: str = ""


@dataclass
class ReportConfig:
    category: str = "annual_report"  # the record of the annual duty report
    due: str = "12-31"               # MM-DD of the assessed year
    article: str = "第三十四条"


@dataclass
class DisputeConfig:
    article: str = "第三十五条"
    deadline: str = "01-31"          # MM-DD of the following year
    office: str = "委员工作室"


@dataclass
class DutyConfig:
    handbook: str = "委员履职手册"
    rules: list[RuleConfig] = field(default_factory=list)
    grades: list[GradeConfig] = field(default_factory=list)
    fail: FailConfig = field(default_factory=FailConfig)
    report: ReportConfig = field(default_factory=ReportConfig)
    dispute: DisputeConfig = field(default_factory=DisputeConfig)
    registered_statuses: list[str] = field(default_factory=lambda: ["立案", "并案"])
    max_import_mb: float = 10.0
    max_import_rows: int = 100_000


@dataclass(frozen=True)
class Rule:
    key: str
    name: str
    group: str
    points: float
    levels: dict
    cap: float | None
    article: str

    def points_for(self, level: str | None) -> float:
        if self.levels:
            return self.levels.get(level or "", 0.0)
        return self.points

    def level_rank(self, level: str | None) -> int:
        """Position of ``level`` in the ladder (by points): higher wins when several levels adopt."""
        ordered = sorted(self.levels, key=lambda k: self.levels[k])
        return ordered.index(level) if level in ordered else -1


@dataclass(frozen=True)
class DutyRules:
    handbook: str
    rules: dict                      # key -> Rule, in config order
    groups: list                     # group names in config order
    grades: list                     # GradeConfig, best first
    fail: FailConfig
    report: ReportConfig
    dispute: DisputeConfig
    registered_statuses: tuple
    max_import_bytes: int
    max_import_rows: int
    lowest: str                      # the grade when no ladder grade is reached (基本合格)

    def rule(self, key: str) -> Rule:
        try:
            return self.rules[key]
        except KeyError:
            raise UnknownCategory(key, list(self.rules)) from None

    def cite(self, article: str) -> str:
        return f"《{self.handbook}》{article}" if article else f"《{self.handbook}》"


class UnknownCategory(ConfigError):
    def __init__(self, key: str, known: list[str]):
        super().__init__(f"No point rule for category {key!r}; duty.rules in config.yaml has: {', '.join(known)}.")
        self.key = key


def parse_rules(raw: dict | None) -> DutyRules:
    """Check and type the ``duty:`` section (None or {} gives the built-in handbook defaults)."""
    cfg = _build(DutyConfig, raw or {}, "duty")
    if not cfg.rules:
        cfg.rules = [_build(RuleConfig, r, "duty.rules") for r in DEFAULT_RULES]
    if not cfg.grades:
        cfg.grades = [_build(GradeConfig, g, "duty.grades") for g in DEFAULT_GRADES]
        cfg.fail = _build(FailConfig, DEFAULT_FAIL, "duty.fail")
    rules: dict[str, Rule] = {}
    groups: list[str] = []
    for n, r in enumerate(cfg.rules):
        where = f"duty.rules[{n}]"
        if not KEY.match(r.key or ""):
            raise ConfigError(f"{where}.key must be a lower-case name like plenary, got {r.key!r}.")
        if r.key in rules:
            raise ConfigError(f"{where}.key {r.key!r} is used twice.")
        if not r.name or not r.group or not r.article:
            raise ConfigError(f"{where} ({r.key}) needs name, group and article (the article that states it).")
        if r.levels and r.points:
            raise ConfigError(f"{where} ({r.key}) has both points and levels; give one of them.")
        if r.cap is not None and r.cap <= 0:
            raise ConfigError(f"{where}.cap must be more than 0, or left out for no cap.")
        rules[r.key] = Rule(r.key, r.name, r.group, float(r.points), dict(r.levels),
                            None if r.cap is None else float(r.cap), r.article)
        if r.group not in groups:
            groups.append(r.group)

    def known(keys, where):
        for key in keys:
            if key not in rules:
                raise ConfigError(f"{where} names category {key!r}, which no rule in duty.rules defines.")

    last = None
    for n, g in enumerate(cfg.grades):
        if not g.name:
            raise ConfigError(f"duty.grades[{n}].name is missing.")
        known(g.max_counts, f"duty.grades[{n}].max_counts")
        if last is not None and g.min_points > last:
            raise ConfigError(f"duty.grades must go from the best grade down; {g.name} asks for more points "
                              f"({g.min_points}) than the grade above it ({last}).")
        last = g.min_points
    if len(cfg.grades) < 2:
        raise ConfigError("duty.grades needs at least two grades: the ladder and the lowest one.")
    known(cfg.fail.at_least, "duty.fail.at_least")
    known(cfg.fail.none_of, "duty.fail.none_of")
    known(cfg.fail.any_of, "duty.fail.any_of")
    known([cfg.report.category], "duty.report.category")
    for value, where in ((cfg.report.due, "duty.report.due"), (cfg.dispute.deadline, "duty.dispute.deadline")):
        if not MONTH_DAY.match(value):
            raise ConfigError(f"{where} must be MM-DD, got {value!r}.")
    if cfg.max_import_mb <= 0 or cfg.max_import_rows <= 0:
        raise ConfigError("duty.max_import_mb and duty.max_import_rows must be more than 0.")
    # The last grade is what is left when no other is reached: it has no conditions.
    ladder, lowest = cfg.grades[:-1], cfg.grades[-1]
    return DutyRules(cfg.handbook, rules, groups, ladder, cfg.fail, cfg.report, cfg.dispute,
                     tuple(cfg.registered_statuses), int(cfg.max_import_mb * 1024 * 1024), cfg.max_import_rows,
                     lowest.name)


def rules_of(config) -> DutyRules:
    """The rules of a loaded :class:`kb.config.Config` (cached on it: parsed once)."""
    cached = _CACHE.get(id(config))
    if cached is not None and cached[0] is config:
        return cached[1]
    rules = parse_rules(config.duty)
    _CACHE[id(config)] = (config, rules)
    return rules


_CACHE: dict[int, tuple[object, DutyRules]] = {}

# 《委员履职手册》第二十六条, 第三十三条, 第三十四条, 第三十六条: used when config.yaml has no duty.rules.
DEFAULT_RULES = [
    {"key": "plenary", "name": "出席全体会议", "group": "会议", "points": 3, "article": "第三十三条"},
    {"key": "standing", "name": "出席常务委员会会议", "group": "会议", "points": 2, "article": "第三十三条"},
    {"key": "excused", "name": "请假", "group": "会议", "points": 0, "article": "第二十九条"},
    {"key": "absence", "name": "无故缺席全体会议或常委会会议", "group": "会议", "points": -2, "article": "第三十三条"},
    {"key": "proposal_first", "name": "提案立案（第一提案人）", "group": "提案", "points": 3, "article": "第三十三条"},
    {"key": "proposal_joint", "name": "提案立案（联名提案人）", "group": "提案", "points": 1, "article": "第三十三条"},
    {"key": "proposal_key", "name": "重点提案或优秀提案（第一提案人另加）", "group": "提案", "points": 2,
     "article": "第三十三条"},
    {"key": "proposal_filed", "name": "提交提案", "group": "提案", "points": 0, "article": "第三十六条"},
    {"key": "sqmy_adopted", "name": "社情民意信息采用", "group": "社情民意",
     "levels": {"city": 2, "province": 4, "national": 6}, "article": "第二十六条"},
    {"key": "sqmy_instruction", "name": "社情民意信息获领导批示（另加）", "group": "社情民意", "points": 3,
     "article": "第二十六条"},
    {"key": "sqmy_filed", "name": "报送社情民意信息", "group": "社情民意", "points": 0, "article": "第三十六条"},
    {"key": "activity", "name": "参加视察、调研、协商等活动", "group": "活动", "points": 1, "article": "第三十三条"},
    {"key": "speech", "name": "大会发言", "group": "发言", "points": 3, "article": "第三十三条"},
    {"key": "written_speech", "name": "书面发言", "group": "发言", "points": 1, "article": "第三十三条"},
    {"key": "annual_report", "name": "提交年度履职报告", "group": "其他", "points": 0, "article": "第三十四条"},
    {"key": "notice", "name": "因违反纪律受到通报", "group": "其他", "points": 0, "article": "第三十六条"},
]
DEFAULT_GRADES = [
    {"name": "优秀", "min_points": 30, "max_counts": {"absence": 0}, "needs_report": True, "article": "第三十六条"},
    {"name": "合格", "min_points": 15, "needs_report": True, "article": "第三十六条"},
    {"name": "基本合格", "article": "第三十六条"},
]
DEFAULT_FAIL = {"name": "不合格", "at_least": {"absence": 3},
                "none_of": ["proposal_filed", "proposal_first", "proposal_joint", "sqmy_filed", "sqmy_adopted"], "any_of": ["notice"], "article": "第三十六条"}

__all__ = ["DutyRules", "Rule", "parse_rules", "rules_of", "UnknownCategory"]
