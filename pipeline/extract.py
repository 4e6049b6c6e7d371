"""Extract a plan's institution and each item's time expression and owner.

Patterns live in ``rules/when.yaml``, ``rules/owners.yaml`` and
``rules/institutions.yaml``; everything is matched in the proc copy and
reported verbatim from the clean copy at the same indices.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial

from .lexicon import Lexicon
from .lexicon import load_lexicon as read_lexicon_file
from .models import InstitutionRoute
from .rules import CITED_DOCUMENT, InstitutionRules, Rules
from .segment import chinese_number

_YEAR = re.compile(r"(20\d\d)年")
_DATE_PARTS = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?")
_CN_YEAR = re.compile(r"[〇○零一二三四五六七八九]{4}(?=年)")  # 二〇二四年 → 2024年
_TWO_DIGIT_YEAR = re.compile(r"(?<!\d)(0\d)(?=年)")  # 09年 → 2009年
_ROC_YEAR = re.compile(r"(?<!\d)(1\d\d)(?=年\d{1,2}月)")  # 104年5月 (Taiwan, 民国) → 2015年5月
_CN_DIGIT = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_THIS_YEAR = re.compile(r"^(?:今年|本年|当年|(?=全年))")  # 全年 alone: the plan's whole year
_HALF_YEAR = re.compile(r"(?:(?P<y>\d{4})年)?(?P<half>上|下)半年")
_DEADLINE = re.compile(r"(?:前|以前|之前|底|末)$|^(?:到|(?:从|自)?(?:即日起|(?:印发|发布)之日(?:起)?)至)")
_DOTTED = re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})")  # 2023.3.1 → 2023年3月1日
_DOTTED_END = re.compile(r"(?<=[-—–~～至到])\s*(\d{1,2})[./](\d{1,2})")  # …—3.31 → 3月31日
_DOTTED_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})(?=日)")  # a theme day, 4.7日 → 4月7日
_ROC_DOTTED = re.compile(r"(?<![\d/.])(1\d\d)[./](\d{1,2})[./](\d{1,2})")  # 112/3/15, 113.10.7 (Taiwan) → 2023年3月15日
_SLASHED_WEEKDAY = re.compile(r"(\d{1,2})/(\d{1,2})\s*\([一二三四五六日]\)")  # 10/8(二) → 10月8日
_DAY_RANGE = re.compile(r"(\d{1,2})月(\d{1,2})日?(\s*[-—–~～至到]\s*)(\d{1,2})日")  # 3月1日-31日, 3月1-5日 → 3月1日-3月31日
_CN_DAY_OR_MONTH = re.compile(r"[一二三四五六七八九十]{1,3}(?=[月日])")  # 三月十五日 → 3月15日
_UNTIL_YEAR_END = re.compile(r"至\s*(?:(\d{4})年)?年?[底末]$")
_PLACEHOLDER_YEAR = re.compile(r"(?:[xX×*_]{2}|20[xX×*_]{1,2})年")
_QUARTER = re.compile(r"(?:(?P<y>\d{4})年)?第?(?P<q>[一二三四])季度")
# The end of a five-year plan's period (“十四五”末): from the third plan on (1966–1970) each is the next five years.
_FIVE_YEAR_PLAN_END = re.compile(r"(?P<n>十[一二三四五]?|[三四五六七八九])五[”\"」]?(?:期末|末期|末)")
_THIRD_PLAN_START = 1966


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int  # index into the searched text
    end: int
    text: str
    start_date: str | None
    end_date: str | None
    frequency: str | None


@dataclass(frozen=True, slots=True)
class Institution:
    name: str | None
    named: bool
    why: InstitutionRoute = "none"  # the route that found it


def plan_year(text: str) -> int | None:
    """The year a plan speaks of: the first 20xx年 in its opening text."""
    match = _YEAR.search(text[:2000])
    return int(match.group(1)) if match else None


def find_when(text: str, rules: Rules, year: int | None = None) -> TimeExpression | None:
    """First time expression of ``text`` (proc), with a normalised form. A date
    in the title of a cited document (《…（2021—2025年）》, 《…》（2019年修订）) is not the item's."""
    match = next(rules.when_matches(text), None)
    if match is None:
        return None
    found = match.group().rstrip()
    frequency = rules.frequency(found)
    start_date, end_date = _dates(found, year) if frequency is None else (None, None)  # 每年9至10月 recurs: no one date
    return TimeExpression(match.start(), match.start() + len(found), found, start_date, end_date, frequency)


_CLAUSE_TAIL = re.compile(r"[\u4e00-\u9fff]+$")  # the Chinese characters a text ends with
_FIRST_LINE = re.compile(r"\S[^\n]*")  # a text's first line holding more than spaces
_MONTH_RANGE = re.compile(r"^(\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})月")


def _dates(expression: str, year: int | None) -> tuple[str | None, str | None]:
    if _PLACEHOLDER_YEAR.search(expression):  # 20xx年: a model text's year, no date
        return None, None
    if plan := _FIVE_YEAR_PLAN_END.search(expression):
        return None, f"{_THIRD_PLAN_START + 5 * (chinese_number(plan.group('n')) - 3) + 4:04d}-12"
    expression = _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGIT), expression)
    expression = _TWO_DIGIT_YEAR.sub(r"20\1", expression)
    expression = _ROC_YEAR.sub(lambda m: str(int(m.group(1)) + 1911), expression)
    if year is not None:
        expression = _THIS_YEAR.sub(f"{year}年", expression)  # 今年年底前: the plan's year
    expression = _CN_DAY_OR_MONTH.sub(lambda m: str(chinese_number(m.group()) or m.group()), expression)
    if half := _HALF_YEAR.search(expression):
        half_year = int(half.group("y")) if half.group("y") else year
        if half_year is None:
            return None, None
        first, last = (1, 6) if half.group("half") == "上" else (7, 12)
        end = f"{half_year:04d}-{last:02d}"
        return (None, end) if _DEADLINE.search(expression) else (f"{half_year:04d}-{first:02d}", end)
    expression = _ROC_DOTTED.sub(lambda m: f"{int(m.group(1)) + 1911}年{m.group(2)}月{m.group(3)}日", expression)
    expression = _DOTTED.sub(r"\1年\2月\3日", expression)
    expression = _DOTTED_END.sub(r"\1月\2日", expression)
    expression = _DOTTED_DAY.sub(r"\1月\2", expression)
    expression = _SLASHED_WEEKDAY.sub(r"\1月\2日", expression)
    expression = _DAY_RANGE.sub(r"\1月\2日\3\1月\4日", expression)
    if quarter := _QUARTER.search(expression):
        quarter_year = int(quarter.group("y")) if quarter.group("y") else year
        if quarter_year is None:
            return None, None
        last_month = 3 * "一二三四".index(quarter.group("q")) + 3
        end = f"{quarter_year:04d}-{last_month:02d}"
        return (None, end) if _DEADLINE.search(expression) else (f"{quarter_year:04d}-{last_month - 2:02d}", end)
    if (months := _MONTH_RANGE.match(expression)) and year is not None:
        first, last = int(months.group(1)), int(months.group(2))
        if 1 <= first <= last <= 12:
            return f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}"
        return None, None
    parts = list(_DATE_PARTS.finditer(expression))
    if not parts:
        # One precision rule: a day where a day is stated, a month otherwise.
        stated = _YEAR.search(expression)
        if stated and not _DEADLINE.search(expression):
            return f"{stated.group(1)}-01", f"{stated.group(1)}-12"
        if stated:
            return None, f"{stated.group(1)}-12"
        return None, None
    isos = []
    current_year = year
    for part in parts:
        if part.group("y"):
            current_year = int(part.group("y"))
        if current_year is None:
            return None, None
        month = int(part.group("m"))
        if not 1 <= month <= 12:
            return None, None
        iso = f"{current_year:04d}-{month:02d}"
        if part.group("d"):
            iso += f"-{int(part.group('d')):02d}"
        isos.append(iso)
    if len(isos) >= 2:
        return isos[0], isos[-1]
    if until := _UNTIL_YEAR_END.search(expression):  # 从2014年1月起至2014年底
        return isos[0], f"{until.group(1) or current_year}-12"
    if _DEADLINE.search(expression):
        return None, isos[0]
    return isos[0], isos[0]


def find_owner(text: str, rules: Rules) -> tuple[int, int] | None:
    """Span in ``text`` (proc) of the body or person responsible, if stated."""
    for pattern in rules.owner_patterns:
        match = pattern.search(text)
        if match:
            owner = match.group("owner").strip()
            start = match.start("owner")
            return (start, start + len(owner)) if owner else None
    return None


@dataclass(frozen=True, slots=True)
class _InstitutionPatterns:
    level_named: re.Pattern[str]
    proper_named: re.Pattern[str]
    stop: re.Pattern[str]
    self_reference: re.Pattern[str]
    leading_group: re.Pattern[str]
    deference: re.Pattern[str]
    deference_after: re.Pattern[str]
    deference_clause: re.Pattern[str]
    cue_unit: re.Pattern[str]  # an issuer cue's subject that is a unit named by its parent's kind (局团委)
    not_body: re.Pattern[str]
    generic: re.Pattern[str]
    visited_before: re.Pattern[str]  # 送往医院, 凭医院证明: a kind the text sends to, not its speaker's
    visited_after: re.Pattern[str]
    placeholder: re.Pattern[str]
    placeholder_body: re.Pattern[str]  # XX乡卫生院: the kind of body, its name withheld
    issuer_cues: tuple[re.Pattern[str], ...]
    issuer_field: re.Pattern[str]
    issuer_verbs: re.Pattern[str]
    body_suffix: re.Pattern[str]
    own_name: re.Pattern[str]
    own_kind_name: re.Pattern[str]
    generic_name: re.Pattern[str]  # 卫生院, 公司: a kind of body, not a name
    scope: re.Pattern[str]
    own_jurisdiction: re.Pattern[str]
    sector_scope: re.Pattern[str]
    tasked: re.Pattern[str]
    addressed: re.Pattern[str]
    addressee_line: re.Pattern[str]
    founded: re.Pattern[str]  # 建立流动党员“线上党支部”: a body the plan sets up
    founded_after: re.Pattern[str]  # …where the name ends the object
    cover: re.Pattern[str]
    cover_issues: re.Pattern[str]
    declared: tuple[re.Pattern[str], ...]
    page_source: re.Pattern[str]
    short_form: re.Pattern[str]  # 深圳市公立医院管理中心(以下简称市医管中心)
    declared_not: re.Pattern[str]
    official_title: re.Pattern[str]  # 市长, 书记: who signs for a body
    joint_tail: re.Pattern[str]
    term_number: re.Pattern[str]  # 第十一届 in 河谷省第十一届人民政府
    bracketed_tag: re.Pattern[str]
    title_name: re.Pattern[str]
    title_name_longest: re.Pattern[str]
    cover_signature: re.Pattern[str]
    page_metadata: re.Pattern[str]
    opening_signature: re.Pattern[str]
    issued_title: re.Pattern[str]  # 近日,X发布关于印发《(the plan's title)》的通知
    self_definition: re.Pattern[str]
    site_owner: tuple[re.Pattern[str], ...]
    title_name_not: re.Pattern[str]
    enrolled_schools: re.Pattern[str]  # 小学, 普通高中: a place's schools as a kind
    enrolment: re.Pattern[str]  # 招生, 入学 right after them
    title_joining: re.Pattern[str]  # 暨, 及 after a title's first name: another body follows
    signature_closing: re.Pattern[str]  # 敬上 after a signer's name
    title_unit: re.Pattern[str]
    title_year: re.Pattern[str]
    title_separator: re.Pattern[str]
    government_plan_title: re.Pattern[str]
    place_rules_title: re.Pattern[str]
    numbered_school: re.Pattern[str]
    titled_department: re.Pattern[str]
    titled_unit: re.Pattern[str]
    declared_unit: re.Pattern[str]
    titled_kind: re.Pattern[str]
    titled_body_kind: re.Pattern[str]
    joined_name: re.Pattern[str]  # 附属黄浦实验小学 after 上海交通大学
    title_village: re.Pattern[str]  # 青山村 after 河谷镇 in a title
    whole_line_body: re.Pattern[str]  # a line that is one name ending in a body word
    place: re.Pattern[str]  # two to place_name_max_chars characters
    place_level: re.Pattern[str]  # 县, 市: what a county or city name ends with
    reading: NameReading  # how the lexicon's tags are read for a proper name
    name_reach: int  # how far before a body word a name may start
    name_span: int  # how far a name may run from where it starts (a company's registered form: …有限责任公司)
    national_names: frozenset[str]  # the national bodies, mainland and Taiwan (national, national_traditional)


def _generic_kinds(config: InstitutionRules) -> set[str]:
    """The kinds of body a plan may speak for without naming one (学校, 医院)."""
    kinds = set(config.self_references.values()) | {kind for kinds in config.self_reference_kinds.values() for kind in kinds} | set(config.kind_short_forms) | set(config.unreferenced_kinds)
    return kinds - set(config.levels)


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=4)
def _institution_patterns(rules: Rules) -> _InstitutionPatterns:
    config = rules.institutions
    levels = "".join(map(re.escape, config.levels))
    long_bodies = _alternation(b for b in config.level_bodies if len(b) > 1)
    any_body = "|".join(
        f"{re.escape(body)}(?!{config.body_word_not_before[body]})" if body in config.body_word_not_before else re.escape(body)
        for body in sorted(config.level_bodies, key=len, reverse=True)
    )
    name_reach = max(config.long_name_max_chars, 6)
    notice_closings = _alternation(config.notice_closings) or "(?!)"
    self_short_forms = _alternation(config.self_short_forms) or "(?!)"
    body_ends = "".join(sorted({body[-1] for body in (*config.level_bodies, *config.named_bodies)}))
    name_char = rf"(?:[^\W\da-zA-Z_{re.escape(config.not_in_name)}]|(?<![{re.escape(body_ends)}])[{re.escape(config.joining_in_name)}])"
    # Whole bodies first: 市安委会 is 市 + 安委会, not 市安委 + 会.
    joined = rf"(?={name_char}{{0,{config.joined_body_max_chars}}}?[{re.escape(config.joining_in_name)}]){name_char}{{1,{config.joined_body_max_chars}}}?(?:{any_body})"
    level_named = rf"[{levels}](?:(?:{long_bodies})|{name_char}{{1,{config.level_body_max_chars}}}?(?:{any_body})|{joined})"
    national_sub = (
        rf"(?:[\u4e00-\u9fff]{{0,{config.national_sub_place_chars}}}?(?:{_alternation(config.national_sub_bodies)})"
        rf"|[\u4e00-\u9fff]{{2,{config.national_unit_chars}}}?(?:{_alternation(config.national_unit_bodies)}))?"
    )
    national_names = frozenset((*config.national, *config.national_traditional))
    national = f"(?:{_alternation(national_names)})(?!{config.national_not_before}){national_sub}"
    return _InstitutionPatterns(
        level_named=re.compile(f"(?P<national>{national})|{level_named}"),
        proper_named=re.compile(
            rf"(?:[\u4e00-\u9fff]{{2,{config.long_name_max_chars}}}(?={_alternation(config.long_name_bodies) or '(?!)'})|{config.name_chars})"
            rf"(?P<kind>{_alternation([*config.named_bodies, *config.long_name_bodies])})"  # 有限责任公司 is one kind
        ),
        stop=re.compile(f"^(?:{_alternation(config.stop_prefixes)})+"),
        self_reference=re.compile(config.self_reference.replace("{refs}", _alternation(config.self_references))),
        leading_group=re.compile(config.leading_group),
        deference=re.compile(config.deference),
        deference_after=re.compile(config.deference_after),
        deference_clause=re.compile(config.deference_clause),
        cue_unit=re.compile(f"[\\u4e00-\\u9fff]{{0,{config.cue_unit_parent_chars}}}(?P<unit>{_alternation(config.cue_units)})"),
        # (…and a name opening with a common word the lexicon tags a place: 城镇街道, 城市公司)
        not_body=re.compile("|".join(f"(?:{p})" for p in [*config.not_bodies, *(f"^{re.escape(word)}" for word in config.common_place_words)]) or "(?!)"),
        # A one-character kind (处, 局) is inside too many words (处理, 布局) to count.
        generic=re.compile(_alternation(sorted(kind for kind in _generic_kinds(config) - set(config.self_reference_only_kinds) if len(kind) > 1))),
        visited_before=re.compile(config.visited_before),
        visited_after=re.compile(config.visited_after),
        placeholder=re.compile(config.placeholder),
        placeholder_body=re.compile(config.placeholder_body.replace("{bodies}", _alternation(config.named_bodies))),
        issuer_cues=tuple(re.compile(cue) for cue in config.issuer_cues),
        issuer_field=re.compile(config.issuer_field),
        issuer_verbs=re.compile("|".join(f"(?:{verb})" for verb in config.issuer_verbs)),
        body_suffix=re.compile(_alternation(config.named_bodies)),
        tasked=re.compile(config.tasked),
        addressed=re.compile(config.addressed),
        addressee_line=re.compile(config.addressee_line),
        founded=re.compile(config.founded),
        founded_after=re.compile(config.founded_after),
        cover=re.compile(config.cover, re.MULTILINE),
        cover_issues=re.compile(config.cover_issues),
        declared=tuple(re.compile(pattern.replace("{title_words}", rules.title_word_regex.pattern).replace("{self_short_forms}", self_short_forms)) for pattern in config.declared),
        page_source=re.compile(config.page_source),
        short_form=re.compile(config.short_form),
        declared_not=re.compile(config.declared_not.replace("{title_words}", rules.title_word_regex.pattern)),
        official_title=re.compile(config.official_title),
        joint_tail=re.compile(config.joint_tail),
        term_number=re.compile(config.term_number),
        bracketed_tag=re.compile(config.bracketed_tag),
        title_name=re.compile(rf"[\u4e00-\u9fff]{{2,{config.title_name_max_chars}}}?(?:{_alternation(config.named_bodies)})"),
        title_name_longest=re.compile(rf"[\u4e00-\u9fff]{{2,{config.title_name_max_chars}}}(?:{_alternation(config.named_bodies)})"),
        title_name_not=re.compile(config.title_name_not),
        enrolled_schools=re.compile(config.enrolled_schools),
        enrolment=re.compile(config.enrolment),
        title_joining=re.compile(config.title_joining),
        signature_closing=re.compile(f"(?:{_alternation(config.signature_closings)})$" if config.signature_closings else "(?!)"),
        title_unit=re.compile(config.title_unit),
        title_year=re.compile(config.title_year),
        title_separator=re.compile(config.title_separator),
        government_plan_title=re.compile(config.government_plan_title),
        numbered_school=re.compile(config.numbered_school),
        titled_department=re.compile(config.titled_department),
        titled_unit=re.compile(config.titled_unit),
        declared_unit=re.compile(config.declared_unit),
        titled_kind=re.compile(config.titled_kind),
        titled_body_kind=re.compile(config.titled_body_kind),
        place_rules_title=re.compile(f"(?P<kind>{_alternation(config.place_rules_issuers) or '(?!)'}){config.place_rules_title_note}"),
        title_village=re.compile(config.title_village),
        joined_name=re.compile(config.joined_name.replace("{bodies}", _alternation(config.named_bodies))),
        cover_signature=re.compile(config.cover_signature.replace("{notice_closings}", notice_closings)),
        page_metadata=re.compile(config.page_metadata.replace("{labels}", _alternation(config.page_metadata_labels))),
        opening_signature=re.compile(config.opening_signature.replace("{notice_closings}", notice_closings)),
        issued_title=re.compile(config.issued_title),
        self_definition=re.compile(config.self_definition.replace("{self_short_forms}", self_short_forms).replace("{defined_short_forms}", _alternation(config.defined_short_forms) or "(?!)")),
        site_owner=tuple(re.compile(pattern) for pattern in config.site_owner),
        place=re.compile(rf"[\u4e00-\u9fff]{{2,{config.place_name_max_chars}}}"),
        whole_line_body=re.compile(
            rf"{name_char}{{2,{config.whole_line_name_max_chars}}}?(?:{_alternation([*config.level_bodies, *config.named_bodies, *config.whole_line_bodies])})"
        ),
        place_level=re.compile(_alternation(config.place_levels)),
        reading=NameReading.of(config),
        name_reach=name_reach,
        name_span=name_reach + max(map(len, [*config.named_bodies, *config.long_name_bodies])),
        national_names=national_names,
        scope=re.compile(config.scope),
        own_jurisdiction=re.compile(config.own_jurisdiction),
        sector_scope=re.compile(config.sector_scope.replace("{sectors}", _alternation(config.sector_bodies))),
        generic_name=re.compile(_alternation({*config.named_bodies, *config.self_references.values()})),
        own_name=re.compile(config.own_name.replace("{refs}", _alternation(config.self_references))),
        own_kind_name=re.compile(config.own_kind_name.replace("{kinds}", _alternation({kind for kinds in config.self_reference_kinds.values() for kind in kinds}))),
    )


def load_lexicon(rules: Rules) -> Lexicon:
    """The tagged word list institutions are read with (rules/lexicon.txt.gz),
    loaded once per process: the batch runner loads it before forking."""
    return read_lexicon_file(rules.lexicon_path)


@dataclass(frozen=True, slots=True)
class NameReading:
    """How the lexicon's tags are read for a proper name (from rules/institutions.yaml)."""

    tags: frozenset[str]  # a word of these starts a name (places, organisations, names)
    unknown_max_chars: int  # a name the lexicon does not know: at most this long
    unknown_not_tags: frozenset[str]  # …and none of its characters tagged so
    unknown_lead_tags: frozenset[str]  # …but its first may be tagged so
    breaking: frozenset[str]  # a word of these between the name and the body word breaks it
    registered_breaking: frozenset[str]  # …before a company's registered form (有限公司), these only
    tag_max_chars: tuple[tuple[str, int], ...]  # a word of the tag longer than this starts no name
    whole_not_tags: frozenset[str]  # a word taking in the body word is no name when tagged so
    rare_place: tuple[float, int, str]  # a place word this rare, this long, not ending so, is none (自觉遵守 ns)
    directions: str  # one of these the lexicon cuts off before a place word is part of its name (东|柳庄镇)

    @classmethod
    def of(cls, config: InstitutionRules) -> NameReading:
        return cls(
            frozenset(config.proper_noun_tags),
            config.unknown_name_max_chars,
            frozenset(config.unknown_name_not_tags),
            frozenset(config.unknown_name_lead_tags),
            frozenset(config.name_breaking_tags),
            frozenset(config.registered_name_breaking_tags),
            tuple(sorted(config.name_tag_max_chars.items())),
            frozenset(config.whole_name_not_tags),
            (config.rare_place_max_weight, config.rare_place_min_chars, config.place_endings),
            config.place_directions,
        )


@lru_cache(maxsize=4096)
def proper_name_start(text: str, kind_chars: int, lexicon: Lexicon, reading: NameReading, registered: bool = False) -> int | None:
    """Where the place or proper name that ``text`` (a candidate name, a few
    characters ending in a body word of ``kind_chars`` characters) ends with
    starts, by the lexicon's tags: its first place or name word with no verb,
    preposition or the like between it and the body word (解释权归公司: 归
    breaks it). A name the lexicon does not know (中连 in 中连卫生院: two or
    three characters that make no known word before the body word, none of
    them a verb or an adjective but the first, which may be an adjective:
    黄泥塘小学, not 售电公司) starts the text. Before a company's ``registered``
    form a verb is part of its trade (青山售电有限公司). A body word the lexicon
    cuts apart (公|所, 所 a conjunction) is read as one (南港区公所)."""
    words = lexicon.cut(text)
    if kind_chars > 1 and len(words[-1][0]) < kind_chars:
        words = [*lexicon.cut(text[:-kind_chars]), (text[-kind_chars:], "n")]
    before = words[:-1]
    if 2 <= len(before) <= reading.unknown_max_chars and _unknown_name(before, reading):
        return 0
    max_chars = dict(reading.tag_max_chars)
    breaking = reading.registered_breaking if registered else reading.breaking
    start, position, before = None, 0, ""
    for word, tag in words:
        whole = position + len(word) > len(text) - kind_chars  # takes in the body word: 哈尔滨工程大学 is one word
        if tag in breaking:
            start = None
        elif start is None and tag in reading.tags and len(word) >= 2 and len(word) <= max_chars.get(tag, len(word)) and not (tag == "ns" and _rare_word(word, lexicon, reading)):
            if not whole or (tag not in reading.whole_not_tags and not _one_common_word(text[position : len(text) - kind_chars], lexicon, reading.tags)):
                # a direction the lexicon cuts off before a place word is part of its name (东|柳庄镇, 南|石桥乡)
                start = position - 1 if len(before) == 1 and before in reading.directions else position
        position += len(word)
        before = word
    return start if start is not None else _unknown_name_after_words(words, reading)


def _rare_word(word: str, lexicon: Lexicon, reading: NameReading) -> bool:
    """A long word the dictionary lists at its lowest count, ending in no place's word: no place,
    whatever its tag (自觉遵守, 欢度国庆: idioms jieba tags ns; not 牌坊店村, 西宁南路)."""
    max_weight, min_chars, endings = reading.rare_place
    entry = lexicon.get(word) if len(word) >= min_chars and word[-1] not in endings else None
    return entry is not None and entry[0] <= max_weight


def _unknown_name(words: list[tuple[str, str]], reading: NameReading) -> bool:
    """Single characters that make no known word and may make a name: none a verb,
    adjective or function word, but the first, which may be an adjective."""
    return all(
        len(word) == 1 and (tag not in reading.unknown_not_tags or (index == 0 and tag in reading.unknown_lead_tags)) for index, (word, tag) in enumerate(words)
    )


def _unknown_name_after_words(words: list[tuple[str, str]], reading: NameReading) -> int | None:
    """Where a name the lexicon does not know starts, standing after known words (本学年侯庄小学,
    是侯庄小学: 侯庄): the single characters just before the body word, after a longer word and
    any word that breaks a name (a verb, a particle), where they are two to ``unknown_max_chars``
    (not a run of personal names: 史世标王凤分院)."""
    before = words[:-1]
    start = len(before)
    while start > 0 and len(before[start - 1][0]) == 1:
        start -= 1
    while start < len(before) - 1:
        run = before[start:]
        if len(run) <= reading.unknown_max_chars and _unknown_name(run, reading):
            return sum(len(word) for word, _ in before[:start])
        if before[start][1] not in reading.breaking:
            return None
        start += 1
    return None


@lru_cache(maxsize=4096)
def _place_name_ending(text: str, lexicon: Lexicon, tags: frozenset[str]) -> str | None:
    """The place name (by the lexicon's tags) that ``text`` ends with, at least
    two characters: 青山 in 印发青山 (before 县教育局)."""
    words = lexicon.cut(text)
    if words and words[-1][1] in tags and len(words[-1][0]) >= 2:
        return words[-1][0]
    return None


def declared_issuer(title: str, body: str, rules: Rules, cover: str = "") -> str | None:
    """The issuer a document declares, as written: by its head (letterhead,
    notice header), then its signatures (the cover's, the plan's own), then a
    page's metadata line. The first declaration found wins (of several head
    names, the one a signature repeats), in its fullest form: a longer
    declared name ending with it (浙江省卫生健康委 for 省卫生健康委) or with
    its body word spelt out (广州市卫生健康委员会 for 广州市卫生健康委, 甘肃省卫生健康委员会 for 省卫生健康委) or
    of which it is the short form (国家市场监督管理总局 for 市场监管总局),
    else the place the text puts before it (奉化区教育局); a department declared by its kind alone at the
    text's own level and in the title's place (应急管理局 in 青田县…预案: 青田县应急管理局)."""
    patterns = _institution_patterns(rules)
    # Blank lines between a header's lines (…关于深入推进\n\n世界一流…的意见) or between a
    # signature and its date, as web pages set them, do not part them.
    text = _without_blank_lines(f"{cover}\n{title}\n{body[: rules.institutions.declared_chars]}")
    head = [name for pattern in patterns.declared for match in pattern.finditer(text) if not _in_cited_list(text, match.start("issuer")) and (name := _declared_name(match, rules))]
    reach = rules.institutions.self_definition_chars
    self_defined = {f"本{match.group('kind')}": name for match in patterns.self_definition.finditer(text) if (name := _self_defined_name(text, match, reach, rules))}
    head += list(self_defined.values())
    # A body's whole name on the line right above the title (财付通支付科技有限公司 / …管理办法) heads it.
    above = next((line.strip() for line in reversed(cover.split("\n")) if line.strip()), "")
    head += [above] if _is_whole_name(above, rules) else []
    # …or on the line right below a plan's title, as an author line (物业管理实施方案 / 河谷物业服务有限公司 / 一、…;
    # not a site's banner below a page's chrome taken for a title).
    below = first.group().strip() if (first := _FIRST_LINE.search(body)) else ""
    head += [below] if title.strip().endswith(tuple(rules.split.title_words)) and _is_whole_name(below, rules) else []
    # …or set before the plan's own title, a space between, where the text gives the title again
    # (2023年度安全工作计划 / …青禾财经职业学校 2023年度安全工作计划根据…).
    head += _names_before_title(text, title, rules)
    # A lead-in naming who issued this very plan (…发布关于印发《2019年…工作要点》的通知), by its title:
    # the fullest name where a headline shortens it (教育部发布《…》, then 教育部办公厅发布…).
    own_title = _unspaced(title)
    issued = [name for match in patterns.issued_title.finditer(text) if own_title and _unspaced(match.group("cited")) == own_title and (name := _declared_name(match, rules))]
    head += [name for name in issued if not any(other != name and other.startswith(name) for other in issued)]
    signatures = [name for match in patterns.opening_signature.finditer(text) if (name := _declared_name(match, rules))]
    signatures += [name for match in patterns.cover_signature.finditer(cover.rstrip()) if (name := _declared_name(match, rules))]
    signatures += [name for name in [signed_issuer(body, rules)] if name]
    metadata = [name for match in patterns.page_metadata.finditer(text) if (name := _declared_name(match, rules))]
    # A name opening with the text's short form for a body it defined (本府青年局, 本府 for 河谷市政府) is
    # that body's; one opening with a short form left undefined names no one.
    resolved = partial(_self_reference_resolved, short_forms=self_defined, kinds=(*rules.institutions.self_short_forms, *rules.institutions.defined_short_forms))
    head, signatures, metadata = ([name for name in map(resolved, names) if name] for names in (head, signatures, metadata))
    found = head + signatures + metadata
    if not found:
        return None
    # A head naming several bodies (an old letterhead line above the new) is
    # decided by the signature: the name declared at both head and foot leads.
    # …else by the title: the head name whose own words it repeats (校友联谊会章程: the association's, not its school's)
    # (…a signature naming it in full: 区政府办公室 at the head, 常州市天宁区人民政府办公室 signing)
    government_words = rules.institutions.government_words
    first = next(
        (name for name in head if any(_names_in_full(signature, name, government_words) for signature in signatures)),
        next((name for name in head if not _place_only(name, rules.institutions) and _title_repeats(name, title, rules)), found[0]),
    )
    if _place_only(first, rules.institutions):  # 河谷市关于印发…, signed 河谷市人民政府办公厅: the office
        first = next((name for name in signatures if name.startswith(first)), first)
    spelt_out = {first[: -len(short)] + full for short, full in rules.institutions.full_forms.items() if first.endswith(short)}
    # A name with no place of its own (区人民政府办公室) is filled out by one spelling its
    # government word the other way after a place (下陆区政府办公室).
    # (joint issuers, 中共河谷省委高校工委、河谷省教育厅, fill out their lead's short name: 省委高校工委)
    fuller = [
        name
        for name in found
        if name == first
        or (lead := name.split("、")[0]).endswith((first, *spelt_out))
        or _abbreviates(first, lead)
        or (first[0] in rules.institutions.levels and _names_in_full(lead, first, government_words))
    ]
    fullest = max(fuller, key=lambda name: (len(_one_government_spelling(name, government_words)), len(name)))
    # (a department declared without its level, 应急管理局, at the text's own level, then in the title's place:
    # 青田县…预案 → 青田县应急管理局)
    return _with_place(_placed_department(fullest, body, rules), title, rules)


def _self_reference_resolved(name: str, short_forms: dict[str, str], kinds: tuple[str, ...]) -> str | None:
    """``name`` with a defined short form it opens with spelt out (本府青年局 → 河谷市政府青年局, given 本府);
    None where it opens with a short form (本 and one of ``kinds``) the text never defined."""
    short = next((short for short in short_forms if name.startswith(short) and short != name), None)
    if short:
        return short_forms[short] + name[len(short) :]
    return None if name.startswith(tuple(f"本{kind}" for kind in kinds)) else name


def _names_in_full(fuller: str, name: str, government_words: list[str]) -> bool:
    """``fuller`` is ``name``, or ``name`` after a place, its government word spelt either way
    (常州市天宁区人民政府办公室 for 区政府办公室)."""
    return _one_government_spelling(fuller, government_words).endswith(_one_government_spelling(name, government_words))


def _in_cited_list(text: str, issuer_start: int) -> bool:
    """A header in title marks on a line of a list of cited documents (编制依据: 《…条例》 / 《国务院办公厅关于
    印发…的通知》): the line before it cites one too, so this one is cited, not the document's own head."""
    if issuer_start < 1 or text[issuer_start - 1] != "《":
        return False
    line_start = text.rfind("\n", 0, issuer_start) + 1
    if line_start == 0:
        return False  # (the text's first line: nothing above it)
    line_before = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    return line_before.startswith("《") or line_before.endswith("》")


def _names_before_title(text: str, title: str, rules: Rules) -> list[str]:
    """The whole names that open a line of ``text``, a space apart from the plan's own title after them."""
    own = title.strip().split("\n")[-1].strip()
    if len(own) < rules.institutions.title_after_name_min_chars:
        return []
    found = re.finditer(rf"(?:^|\n)[ \t\u3000]*([\u4e00-\u9fff]{{2,30}})[ \t\u3000]+{re.escape(own)}", text)
    return [match.group(1) for match in found if _is_whole_name(match.group(1), rules)]


def _one_government_spelling(name: str, government_words: list[str]) -> str:
    """``name`` with every government word written the shortest way (下陆区人民政府办公室 → 下陆区政府办公室),
    so that a page's metadata that writes the place (下陆区政府办公室) fills out its head's name (区人民政府办公室)."""
    shortest = min(government_words, key=len)
    return re.sub(_alternation(government_words), shortest, name)


def _place_only(name: str, config: InstitutionRules) -> bool:
    """``name`` is a place closed by its level (河谷市), no body: a town (青禾镇) is one."""
    return name[-1] in config.levels and name[-1] not in config.named_bodies


def _title_repeats(name: str, title: str, rules: Rules) -> bool:
    """The title holds the end of ``name``, at least three characters of it, more than a body word
    (校友联谊会 of 河谷小学校友联谊会 in 校友联谊会章程; not 小学 alone)."""
    config = rules.institutions
    words = set(config.named_bodies) | set(config.level_bodies)
    unspaced = _unspaced(title)
    return any(name[start:] in unspaced and name[start:] not in words for start in range(len(name) - 3, -1, -1))


def _self_defined_name(text: str, definition: re.Match[str], reach: int, rules: Rules) -> str | None:
    """The name a self-definition (…(以下简称本会)) follows: the longest name read ending right before it, else the
    words a label's colon sets off if they end in the short form's kind (名称:河谷小学校友联谊会(以下简称「本会」):
    a body the names read by body words miss)."""
    names = _names_ending_at(text, definition.start(), reach, rules)
    if names:
        return max(names, key=len)
    words = _LABEL_VALUE.search(text, max(0, definition.start() - reach), definition.start())
    return words.group().strip() if words and words.group().endswith(definition.group("kind")) else None


_LABEL_VALUE = re.compile(r"(?<=:)[ \t]*[\u4e00-\u9fff]{2,}$")


def _names_ending_at(text: str, end: int, reach: int, rules: Rules) -> list[str]:
    """The names the text reads ending just before ``end``, within ``reach`` characters."""
    window = text[max(0, end - reach) : end]
    return [name for _, name_end, name, _ in _each_name(window, False, rules) if name_end == len(window)]


def _level_named_ending(text: str, rules: Rules) -> str | None:
    """The longest name ``text`` ends with that is a body named by its level (河谷省经济和信息化委员会), or None."""
    level_named = _institution_patterns(rules).level_named
    names = [name for name in _names_ending_at(text, len(text), len(text), rules) if (level := level_named.search(name)) and level.end() == len(name)]
    return max(names, key=len, default=None)


def _abbreviates(short: str, name: str) -> bool:
    """``short`` is a short form of ``name``: its characters in order, ending in the
    same body word (市场监管总局 of 国家市场监督管理总局, 桐山县政府 of 桐山县人民政府)."""
    rest = iter(name)
    return len(name) > len(short) and name.endswith(short[-2:]) and all(char in rest for char in short)


def _without_blank_lines(text: str) -> str:
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _declared_name(match: re.Match[str], rules: Rules) -> str | None:
    patterns = _institution_patterns(rules)
    # A signature's line that is an official's title alone (市    长 above 河谷市人民政府) signs for the body below it.
    issuer = "\n".join(line for line in match.group("issuer").strip().split("\n") if not patterns.official_title.search("".join(line.split())))
    # A scraper's tags before a header (=== [site] 河谷市人民政府关于…) hold no Chinese: no part of a name.
    tokens = [token for token in issuer.split() if _HAN.search(token)]
    if not tokens:
        return None
    # A name broken over lines, or a letterhead spaced out character by character,
    # is one name; of joint issuers a header lists space-separated the first
    # leads, but a party committee's body issuing with its government's (党政联合
    # 发文: 中共河谷县委办公室 河谷县人民政府办公室) is named with it.
    if "\n" in issuer or all(len(t) <= 2 for t in tokens):
        lead = "".join(tokens)
    elif _party_and_government(tokens, rules):
        lead = "、".join(tokens)
    else:
        lead = tokens[0]
    written = patterns.bracketed_tag.sub("", lead + (match.groupdict().get("issuer_body") or "")).strip("\"'“”")
    name = _aliased(patterns.term_number.sub("", patterns.joint_tail.sub("", written)), rules.institutions.aliases)
    former = rules.institutions.former_prefix
    if former and name.startswith(former) and name[len(former) :] in rules.institutions.national:
        name = name[len(former) :]
    # (a government word with no place before it, a collection's 人民政府关于…汇编, names no body)
    if len(name) < 2 or patterns.declared_not.search(name) or patterns.official_title.search(name) or name in (*rules.institutions.level_bodies, *rules.institutions.government_words):
        return None
    return name


def _party_and_government(names: list[str], rules: Rules) -> bool:
    """Two whole names, a party committee's body (its name opening with the party's) before one
    that is not (中共河谷市委办公室, 河谷市人民政府办公室)."""
    party = tuple(rules.institutions.committee_prefixes)
    return len(names) == 2 and names[0].startswith(party) and not names[1].startswith(party) and all(_is_whole_name(name, rules) for name in names)


def _with_place(name: str, title: str, rules: Rules) -> str:
    """A name that opens with its level word (区教育局, 自治区人民政府) with the place the title
    opens with at that level (石门区教育系统…预案 → 石门区教育局)."""
    config = rules.institutions
    autonomous = next((level for level in config.autonomous_levels if name.startswith(level)), None)
    if autonomous:  # 自治区人民政府 in 河谷自治区…规定: 河谷自治区人民政府
        opening = re.match(rf"([\u4e00-\u9fff]{{2,{config.autonomous_place_max_chars}}}?){autonomous}", _title_opening(title, rules))
        return opening.group(1) + name if opening else name
    if name[0] not in config.levels:
        return name
    place = _title_place(title, name[0], rules)
    return place[0] + name if place else name


def _title_place(title: str, levels: str, rules: Rules) -> tuple[str, str] | None:
    """The place the title opens with (its year aside) and the level word closing it, one of
    ``levels`` (石门区…: 石门, 区), where the title opens with one; else a place of that level
    the lexicon knows among its opening words, with the places closed by their level before it
    (河谷市青山区2025年…: 河谷市青山, 区; 2025河谷青山区…: 青山, 区, the place 河谷 closed by no level; 随县…: 随, 县)."""
    patterns = _institution_patterns(rules)
    opening = _title_opening(title, rules)
    config, lexicon = rules.institutions, load_lexicon(rules)
    tags = frozenset(config.proper_noun_tags)
    # (an autonomous place, its level after 自治: 河谷蒙古族自治县…: 河谷蒙古族自治, 县)
    autonomous = re.match(rf"([\u4e00-\u9fff]{{2,{config.autonomous_place_max_chars}}}?自治)([{re.escape(levels)}])", opening)
    if autonomous is not None:
        return autonomous.group(1), autonomous.group(2)
    match = re.match(rf"([\u4e00-\u9fff]{{2,{config.place_name_max_chars}}}?)([{re.escape(levels)}])", opening)
    # (not a level word opening a common word: 镇级乡村治理…, 乡 of 乡村; nor a place holding a placeholder: 某县, XX市, 某乡镇)
    if match is not None and not patterns.stop.match(match.group(1)) and not _placeholder_in(match.group(), patterns) and not _common_word_across(opening, match.end(), lexicon, tags):
        return match.group(1), match.group(2)
    # (a county of one character the lexicon knows whole: 随县…, 沛县…)
    word, tag = next(iter(lexicon.cut(opening[: config.title_place_chars])), ("", ""))
    if len(word) == 2 and tag == config.lexicon_place_tag and word[1] in levels and word[1] in config.one_character_place_levels:
        return word[0], word[1]
    for index, char in enumerate(opening[: config.title_place_chars]):
        # (the party or league a committee's name opens with is no place: 共青团县委…)
        if char in levels and (place := _place_name_ending(opening[:index], lexicon, tags)) and place not in config.committee_prefixes:
            return opening[_places_start(opening, index - len(place), config.levels, rules) : index], char
    return None


def _title_opening(title: str, rules: Rules) -> str:
    return _institution_patterns(rules).title_year.sub("", title.strip().lstrip("【[(《「『“"), count=1)


def _states_title(opening: str, rules: Rules) -> bool:
    """A title (its ``_title_opening``) opening with the state's name (中华人民共和国市场主体…条例): no
    place's, though a level's character follows (its 市 opens a word)."""
    return opening.startswith(tuple(rules.institutions.state_names))


def _title_level(title: str, rules: Rules) -> str | None:
    """The level of the last of the places the title opens with (南京市高淳区…: 区)."""
    config = rules.institutions
    levels = "".join(config.levels)
    opening = _title_opening(title, rules)
    if _states_title(opening, rules):
        return None
    first = _title_place(title, levels, rules)
    if first is None:
        return None
    head = opening.find(first[0]) + len(first[0]) + 1
    level = first[1]
    for index in range(head, min(len(opening), config.title_place_chars)):
        if opening[index] in levels and _places_start(opening, index + 1, levels, rules) <= head:
            level = opening[index]
    return level


def _places_start(text: str, begin: int, levels: str | list[str], rules: Rules) -> int:
    """Where the places ``text`` writes right before ``begin``, each closed by one of
    ``levels`` (杭州市 西湖区 before 青禾镇), start; ``begin`` where it writes none."""
    config, lexicon = rules.institutions, load_lexicon(rules)
    tags = frozenset(config.proper_noun_tags)
    while begin > 1 and text[begin - 1] in levels and (place := _place_name_ending(text[max(0, begin - 1 - config.place_name_max_chars) : begin - 1], lexicon, tags)):
        begin -= 1 + len(place)
    return begin


def title_issuer(title: str, rules: Rules) -> str | None:
    """The body whose proper name opens a line of the title, if one does; a
    line of a title broken over several that is one name is that body's
    (上海财经大学统计与管理学院 / 关于…的规定), however long."""
    lines = [line.strip(" \t「『“\"'(《•·●◆■▪") for line in title.split("\n")]
    patterns = _institution_patterns(rules)
    for index, line in enumerate(lines):
        found = line if len(lines) > 1 and _is_whole_name(line, rules) else _line_issuer(line, rules)
        if found:
            # …named in full on a later line (a site's line 青禾国中 - 认证, then 河谷市立青禾国中…计划书): the full name
            found = max((fuller for later in lines[index + 1 :] if (fuller := _line_issuer(later, rules)) and fuller.endswith(found)), key=len, default=found)
            # …a unit of it named before the plan words, maybe on the next line (河谷中学2019学年 / 总务处工作计划): the unit's
            joined = "".join("".join(lines).split())
            if found not in joined:
                return found
            after = joined.index(found) + len(found)
            if village := patterns.title_village.match(joined, after):  # …or a village after its town (河谷镇青山村…)
                found, after = found + village.group(), village.end()
            unit = patterns.title_unit.match(joined, after)
            return found + unit.group("unit") if unit else found
    school = next((found for line in lines if (found := patterns.numbered_school.match(_title_line_opening(line, patterns)))), None)
    return school.group() if school and not patterns.stop.match(school.group()) else None


def _titled_department(title: str, body: str, rules: Rules) -> str | None:
    """The department a title opens with by its kind alone (教育局2023年工作要点), at the level of the jurisdiction
    the text calls its own or speaks for the whole of (我县, 全县: 县教育局), else as written."""
    patterns = _institution_patterns(rules)
    match = patterns.titled_department.match(_title_opening(title, rules))
    if match is None or match.group("placeholder"):
        return None
    return _own_level(body, rules) + match.group("department")


def _own_level(body: str, rules: Rules) -> str:
    """The level of the jurisdiction a text calls its own or speaks for the whole of (我县, 全县: 县), the most
    named; empty where it names none."""
    patterns, administrative = _institution_patterns(rules), rules.institutions.levels
    # (全村 is a scope but no level a department stands at: 村住建局 is none)
    levels = [m.group("level") for m in (*patterns.own_jurisdiction.finditer(body), *patterns.scope.finditer(body)) if m.group("level") in administrative]
    return _most_common(levels) if levels else ""


def _placed_department(name: str, body: str, rules: Rules) -> str:
    """A department a document declares by its kind alone (发布机构: 住建局), at the level of the jurisdiction its
    text calls its own (我县, 全县: 县住建局), as _titled_department reads a title's."""
    match = _institution_patterns(rules).titled_department.fullmatch(name)
    return _own_level(body, rules) + name if match and not match.group("placeholder") else name


def _withheld_department(title: str, rules: Rules) -> str | None:
    """The kind of department a title opens with after a placeholder (某水务局…计划: 水务局), its name withheld."""
    match = _institution_patterns(rules).titled_department.match(_title_opening(title, rules))
    return match.group("department") if match and match.group("placeholder") else None


def _titled_unit(title: str, rules: Rules) -> str | None:
    """The unit of a body a title opens with by its kind alone (药剂科工作制度, 校团委…方案), as written; not a
    ministry, whose title goes on with the agency it runs (教育部青年发展署…计划, 内政部消防署…注意事项)."""
    patterns = _institution_patterns(rules)
    match = patterns.titled_unit.match(_title_opening(title, rules))
    return match.group("unit") if match and match.group("unit") not in patterns.national_names else None


def _title_line_opening(line: str, patterns: _InstitutionPatterns) -> str:
    """A title line without the tag, separator and year it may open with ((转载), 第3篇, 2023年)."""
    return patterns.title_year.sub("", patterns.title_separator.sub("", patterns.bracketed_tag.sub("", line, count=1), count=1), count=1)


def _line_issuer(title: str, rules: Rules) -> str | None:
    """The body a title line opens with (河谷县教育局2023年…计划): the candidate name, unless a veto reads it as no body."""
    patterns = _institution_patterns(rules)
    title = _title_line_opening(title, patterns)
    name = _line_name_candidate(title, patterns, rules)
    if name is None or _common_word_before_short_kind(name.group(), rules) or _enrolled_schools(name.group(), title, name.end(), rules):
        return None
    joined = patterns.joined_name.match(title, name.end())
    return name.group() + (joined.group() if joined else "")


def _line_name_candidate(title: str, patterns: _InstitutionPatterns, rules: Rules) -> re.Match[str] | None:
    """The name a title line opens with, up to its first body word, or further to a body word of its own under it;
    None where that name is a clause, a placeholder or a body word read inside a longer word."""
    match = patterns.title_name.match(title)
    if match is None or patterns.title_name_not.search(match.group()) or patterns.placeholder.search(match.group()) or patterns.stop.match(match.group()):
        return None  # (nor a clause a preamble titling an untitled plan opens with: 为全面推进社区…)
    lexicon = load_lexicon(rules)
    longer = patterns.title_name_longest.match(title)
    if longer and _own_body_under(match, longer, title, patterns, lexicon):
        return longer
    ends_word = _word_ends_at(title, match.end(), lexicon) or _placed_kind(title, match, lexicon, rules)
    if not ends_word or _kind_closes_word(title, match.end(), rules) or _opens_official(title, match.end(), lexicon, patterns):
        return None  # a body word read inside a word ends no name (乡 of 河谷区乡村旅游…公司, too long to read; 乡 of 城乡)
    return match


def _placed_kind(text: str, name: re.Match[str], lexicon: Lexicon, rules: Rules) -> bool:
    """A name opening with a place and ending in a body word of two characters or more (河谷市青山区实验小学):
    a name, though the lexicon reads its last character into the word after it (小学|校本 as 小|学校|本);
    not where the body word opens a longer word (中心|区 of 河谷中心区)."""
    suffix = _institution_patterns(rules).body_suffix.search(name.group(), 2)
    if suffix is None or suffix.end() != len(name.group()) or len(suffix.group()) < 2:
        return False
    first = next(iter(lexicon.cut(name.group())), ("", ""))
    from_suffix = next(iter(lexicon.cut(text[name.start() + suffix.start() :])), ("", ""))
    return first[1] == "ns" and len(first[0]) >= 2 and len(from_suffix[0]) <= len(suffix.group())


def _own_body_under(first: re.Match[str], longer: re.Match[str], title: str, patterns: _InstitutionPatterns, lexicon: Lexicon) -> bool:
    """A body under the one named first, with a body word of its own after it (国立台北大学学生自治会), is the name;
    not a body word overlapping the first (小学校园), nor one a joining word or a verb right after the first reaches
    (河谷国小及附设幼儿园, 河谷商工参加全国…学校: another body), though a verb may name a unit (青川大学社会服务发展中心),
    nor a body word that opens a longer word (上海财经大学|大学生创新…)."""
    own_word = patterns.body_suffix.search(longer.group(), first.end())
    if own_word is None or own_word.end() != longer.end():
        return False
    between = lexicon.cut(title[first.end() : own_word.start()])
    joined = any(tag in patterns.reading.registered_breaking for _, tag in between) or (bool(between) and between[0][1] == "v") or bool(patterns.title_joining.match(title, first.end()))
    return not joined and not patterns.title_name_not.search(longer.group()) and _word_ends_at(title, longer.end(), lexicon)


def _common_word_before_short_kind(name: str, rules: Rules) -> bool:
    """A common word, not a name, before a short body word (科室医院…, 春季幼儿园…)."""
    patterns = _institution_patterns(rules)
    suffix = patterns.body_suffix.search(name, 2)
    return len(suffix.group()) <= rules.institutions.common_word_body_max_chars and _one_common_word(name[: suffix.start()], load_lexicon(rules), frozenset(rules.institutions.proper_noun_tags))


def _opens_official(text: str, end: int, lexicon: Lexicon, patterns: _InstitutionPatterns) -> bool:
    """The body word's last character ending at ``end`` opens an official's title with the lone character after
    it (控辍保学校长责任制: 校长, the head of a school; not 学校长效机制, where 长效 is a word of its own)."""
    following = next(iter(lexicon.cut(text[end:])), ("", ""))[0]
    official = text[end - 1 : end] + following
    return len(following) == 1 and lexicon.get(official) is not None and patterns.official_title.search(official) is not None


def _kind_closes_word(text: str, end: int, rules: Rules) -> bool:
    """The one-character body word ending at ``end`` (乡, 镇) closes a common word: one the
    lexicon knows as no place or name (城乡, 家乡) or tags a place though it is none (城镇),
    and no unit joined to it follows (河谷县城镇中心幼儿园 is a kindergarten's name)."""
    config = rules.institutions
    word = text[end - 2 : end]
    if text[end - 1 : end] not in config.word_closing_kinds or _institution_patterns(rules).joined_name.match(text, end):
        return False
    known = load_lexicon(rules).get(word)
    return word in config.common_place_words or (known is not None and known[1] not in _institution_patterns(rules).reading.tags)


def _enrolled_schools(name: str, text: str, end: int, rules: Rules) -> bool:
    """``name``, ending at ``end`` of ``text``, is a place's schools it enrols pupils in (河谷区小学招生…): no body."""
    patterns = _institution_patterns(rules)
    return patterns.enrolment.match(text, end) is not None and patterns.enrolled_schools.fullmatch(name) is not None


def _word_ends_at(text: str, index: int, lexicon: Lexicon) -> bool:
    """A word of ``text``, as the lexicon cuts it, ends at ``index``."""
    end = 0
    for word, _ in lexicon.cut(text):
        end += len(word)
        if end >= index:
            return end == index
    return True


@lru_cache(maxsize=4096)
def _one_common_word(text: str, lexicon: Lexicon, tags: frozenset[str]) -> bool:
    words = lexicon.cut(text)
    return len(words) == 1 and words[0][1] not in tags


def find_institution(
    title: str,
    body: str,
    rules: Rules,
    cover: str = "",
    site_owners: tuple[str, ...] = (),
    page_sources: tuple[str, ...] = (),
    footer_owners: tuple[str, ...] = (),
    script: str = "simplified",
) -> Institution:
    """The body whose plan it is: the issuer the document declares, else the
    best supported of the bodies the text names (mentions, weighted by where
    they stand), else the generic body a self-reference implies (我院 → 卫生院).
    Three steps, each testable alone: the mentions (candidates, with what the
    place of each says), the evidence they add up to, and the decision.
    ``site_owners``: the sites the document's page says it was saved from
    (``site_owners(page, rules)``, read once per document); ``page_sources``:
    the bodies its source line names (``page_sources(page_head, rules)``),
    the issuer where the plan declares none and the page names no owner (a
    source line often gives the owner's short name: 江苏能源监管办); ``footer_owners``:
    the owners the page's dropped footer names, the issuer where the plan names
    none but a generic body of their kind (公司 on 河谷水泥集团有限公司's own site);
    ``script``: the text's (``normalize.detect_script``): in a simplified one, no
    body of Taiwan's central government is a candidate (``national_traditional``)."""
    text = f"{title}\n{body}"
    declared, route = declared_issuer(title, body, rules, cover), "declared"
    declared = declared and _titled_parent(declared, title, rules)
    if declared and _institution_patterns(rules).declared_unit.fullmatch(declared) and _with_parent(full_name(declared, text, rules), text, rules) == declared:
        # 数学系(以下简称本系)…: the department's, under the body the text names if the unit is one of its kind
        return unit_of_body(declared, _mentions_decision(title, body, cover, rules, site_owners, script), rules, "declared")
    if declared is None:
        declared, route = title_issuer(title, rules), "title"
        declared = _governed_class_maker(declared, title, rules) or declared or _titled_department(title, body, rules)
    if declared is None and (unit := _titled_unit(title, rules)):
        # 药剂科工作制度: the unit's, under the body the text names if the unit is one of its kind
        return unit_of_body(unit, _mentions_decision(title, body, cover, rules, site_owners, script), rules)
    if declared is None and (withheld := _withheld_department(title, rules)):
        return Institution(withheld, False, "title")  # 某水务局…计划: a department's, whose name it withholds
    if declared is None and page_sources and not site_owners:
        declared, route = page_sources[0], "page source"
    elif route == "title" and declared and (office := _office_of(declared, page_sources, rules.institutions)):
        # 通江县青禾镇…预案 on a page whose source line is 青禾镇人民政府: the place's own office, as the page writes it
        declared, route = office, "page source"
    if declared is not None:
        # …spelt out as the text or the page's source line writes it (海阳一小 of 来源: 青山县海阳第一小学)
        spelt = _spelt_out(_with_parent(full_name(declared, text, rules), text, rules), "\n".join((text, *page_sources)), rules)
        named = _with_written_place(_place_office(spelt, text, rules), text, rules)
        # …as the project names bodies, the state's name before a ministry dropped (中华人民共和国人事部: 人事部)
        named = _aliased(_with_main_place(named, text, rules), rules.institutions.aliases)
        return Institution(_owned_in_full(named, (*site_owners, *footer_owners, *page_sources), rules.institutions.aliases), True, route)
    decided = _mentions_decision(title, body, cover, rules, site_owners, script)
    if decided.named and decided.name:  # 市政府 in 【武汉市】…预案: 武汉市政府
        named = _with_place(decided.name, title, rules)
        if named == decided.name:  # …else in a text naming 合肥市 most: 合肥市政府
            named = _with_main_place(named, body, rules)
        named = _place_office(_place_government(_with_parent(full_name(named, text, rules), text, rules), rules), text, rules)
        # …as the text or its cover also writes it after the place above (青山市 before 河谷区人民政府, a signature)
        return Institution(_places_written_before(named, f"{cover}\n{text}", rules) + named, True, decided.why)
    owner = next((owner for owner in footer_owners if decided.name and owner.endswith(decided.name)), None)
    if owner and _speaks_as(decided.name, body, rules):
        return Institution(owner, True, "footer owner")
    # 全市 → 市政府 (scope), or 我区 → 区政府 (self-reference), in 河谷市…规定: 河谷市政府, as the text spells it (河谷市人民政府)
    if decided.why == "scope" or (decided.why == "self-reference" and decided.name in rules.institutions.scope_bodies.values()):
        placed = _with_place(decided.name, title, rules)
        placed = _with_main_place(placed, body, rules) if placed == decided.name else placed  # …else in a text naming 三流乡 most: 三流乡政府
        written = (name for name in _government_spellings(placed, rules.institutions.government_words) if name in body)
        return Institution(max(written, key=len, default=placed), decided.named, decided.why)
    if decided.name and (defined := full_name(decided.name, text, rules)) != decided.name:
        return Institution(defined, True, decided.why)  # 杭州中恒电气股份有限公司(以下简称“公司”): the body it calls 公司
    if not decided.name:
        return decided
    name = compound_kind(decided.name, text, rules.institutions, title)
    name = written_trade_kind(name, text, rules) if name == decided.name else name
    if not decided.named:  # a bare reference word read as the body (a title's 街道…方案): the body it stands for (街道办事处)
        name = rules.institutions.self_references.get(name, name)
    return Institution(name, decided.named, decided.why)


def _titled_parent(declared: str, title: str, rules: Rules) -> str:
    """A unit's declared name under the body the title names it in (河谷大学应用华语文系 for 应用华语文系(以下简称
    本系)), where that body is of a kind with units (``unit_parent_kinds``): the most specific name the text gives."""
    if declared not in "".join(title.split()):
        return declared  # (the title does not write it: no title reading to make)
    titled = title_issuer(title, rules)
    parent = titled[: -len(declared)] if titled and len(titled) > len(declared) and titled.endswith(declared) else ""
    return titled if parent.endswith(tuple(rules.institutions.unit_parent_kinds)) else declared


def unit_of_body(unit: str, decided: Institution, rules: Rules, why: str = "title") -> Institution:
    """A unit a title (or the text, declaring itself) names by its kind alone (团委, 数学系), under the body the
    text's mentions support best where that body is of a kind with such units (``unit_parent_kinds``: 河谷中学 +
    团委); else the unit, unnamed. ``why``: where the unit was read."""
    kinds = tuple(rules.institutions.unit_parent_kinds)
    if decided.named and decided.why == "mentions" and decided.name and decided.name.endswith(kinds) and not unit.startswith(kinds):
        return Institution(decided.name + unit, True, why)
    return Institution(unit, False, why)


def _mentions_decision(title: str, body: str, cover: str, rules: Rules, site_owners: tuple[str, ...], script: str) -> Institution:
    """The body the text's mentions support best (candidates, evidence, decision), before its name is completed."""
    cues = issuer_cue_windows(body, rules)
    mentions = plan_mentions(title, body, cover, cues, rules, site_owners)
    if script == "simplified":
        mentions = [m for m in mentions if not m.name.startswith(tuple(rules.institutions.national_traditional))]
    evidence = weigh_mentions(mentions, rules.institutions)
    evidence = self_reference_evidence(evidence, title, body, cues, rules)
    evidence = jurisdiction_evidence(evidence, title, rules)
    evidence = titled_kind_evidence(evidence, title, rules)
    return decide_institution(evidence, title, body, cues, rules)


def _owned_in_full(name: str, owners: tuple[str, ...], aliases: dict[str, str]) -> str:
    """A unit's name as the page it stands on names its owner, where that name ends
    with it (河谷大学政府管理学院 for a notice signed 政府管理学院): the most
    specific; an owner's name read with the ``aliases`` (中华人民共和国教育部 is 教育部)."""
    return max((owner for owner in (_aliased(owner, aliases) for owner in owners) if owner != name and owner.endswith(name)), key=len, default=name)


def _aliased(name: str, aliases: dict[str, str]) -> str:
    """``name`` with each alias written as the project names it (中华人民共和国教育部 → 教育部)."""
    for long, short in aliases.items():
        name = name.replace(long, short)
    return name


def compound_kind(kind: str, text: str, config: InstitutionRules, title: str = "") -> str:
    """The longer kind of body holding ``kind`` that the text names most
    (社区卫生服务中心 for 社区, 物业公司 for 公司, 社区团支部 for 社区: a unit of it), else the one kind of it
    (``kind_subtypes``) the text names, where it names one at least
    ``compound_kind_min_mentions`` times or the ``title`` names it (小学安全工作计划: 小学); else ``kind``."""
    least = config.compound_kind_min_mentions
    compound = _most_written([compound for compound in config.compound_kinds if kind in compound and compound != kind] + [kind + unit for unit in config.compound_kinds if kind not in unit], text, least)
    if compound is not None:
        return compound
    apart = re.sub("|".join(map(re.escape, config.joint_kinds)), " ", text) if config.joint_kinds else text
    subtypes = config.kind_subtypes.get(kind, ())
    written = [subtype for subtype in subtypes if apart.count(subtype) >= least]
    if len(written) != 1:
        written = [subtype for subtype in subtypes if subtype in title and not any(joint in title for joint in config.joint_kinds)]
    return written[0] if len(written) == 1 else kind


def written_trade_kind(kind: str, text: str, rules: Rules) -> str:
    """An unnamed body's kind (公司, ``written_trade_kinds``) as the text writes it most with common
    nouns of its trade before it (自来水公司, 物业管理公司), at least ``compound_kind_min_mentions``
    times; else ``kind``."""
    config = rules.institutions
    if kind not in config.written_trade_kinds:
        return kind
    lexicon, reach, forms = load_lexicon(rules), config.trade_words_max_chars, Counter()
    for match in re.finditer(re.escape(kind), text):
        words = lexicon.cut(text[max(0, match.start() - reach) : match.end()])
        if words and words[-1][0] == kind and len(trade := _trade_words(words[:-1], config)) >= 2:
            forms[trade + kind] += 1  # not where the kind's word is part of a longer one (保险公司, 分公司)
    best = max(forms, key=forms.__getitem__, default=None)
    return best if best is not None and forms[best] >= config.compound_kind_min_mentions else kind


def _trade_words(words: list[tuple[str, str]], config: InstitutionRules) -> str:
    """The words of a trade that close ``words`` (tagged, as the lexicon cuts them): common nouns of at most
    ``trade_words_max_chars`` characters, the first of them a noun, the word before them no clause's verb or
    joining word (为规范公司…, 和指导公司…: they govern the kind); "" where there are none."""
    trade: list[tuple[str, str]] = []
    chars = 0
    for word, tag in reversed(words):
        chars += len(word)
        if tag not in config.written_trade_word_tags or chars > config.trade_words_max_chars:
            break
        trade.insert(0, (word, tag))
    while trade and trade[0][1] not in config.written_trade_opening_tags:
        trade.pop(0)  # a verb's noun form opens no trade (物业管理公司 keeps its 管理)
    before_tag = words[-1 - len(trade)][1] if len(words) > len(trade) else ""
    return "" if before_tag in config.written_trade_not_after_tags else "".join(word for word, _ in trade)


def _most_written(names: list[str], text: str, least: int = 1) -> str | None:
    """Of ``names``, the one ``text`` writes most, where it writes it at least ``least``
    times (ties to the first listed); None otherwise."""
    counts = {name: text.count(name) for name in names}
    best = max(counts, key=counts.__getitem__, default=None)
    return best if best is not None and counts[best] >= least else None


def _place_government(name: str, rules: Rules) -> str:
    """A province, city, county or district the lexicon knows as a place, standing for a plan's
    issuer, as its government (河谷区 → 河谷区人民政府); any other name as it is."""
    config = rules.institutions
    word = load_lexicon(rules).get(name)
    if name[-1:] in config.place_government_levels and word is not None and word[1] == config.lexicon_place_tag:
        return name + config.place_government
    return name


def _with_written_place(name: str, text: str, rules: Rules) -> str:
    """A name with no place of its own (复兴高级中学, from the title) as the text also writes it
    after a province, city, county or district the lexicon knows (上海市复兴高级中学, 上海市徐汇区…):
    the most specific name it states, the places written most where there are several."""
    config, lexicon = rules.institutions, load_lexicon(rules)
    first = lexicon.cut(name)[:1]
    if name[:1] in config.levels or (first and first[0][1] == config.lexicon_place_tag and len(first[0][0]) >= 2):
        return name  # (濮阳市人民政府办公室, 市教育局: a place or level of its own)
    return _places_written_before(name, text, rules) + name


def _places_written_before(name: str, text: str, rules: Rules) -> str:
    """The places (by the lexicon, each closed by a level word) ``text`` writes right before
    ``name``, those written most where it does so more than once; "" where it writes none."""
    found = []
    position = text.find(name)
    while position >= 0:
        if (begin := _places_start(text, position, rules.institutions.place_government_levels, rules)) < position:
            found.append(text[begin:position])
        position = text.find(name, position + len(name))
    return _most_common(found) if found else ""


def _place_office(name: str, text: str, rules: Rules) -> str:
    """A place closed by its level word (河谷县山水乡) as the office the text names for it
    (山水乡公所, ``place_offices``), the one written most; any other name as it is."""
    config = rules.institutions
    if name[-1:] not in config.levels:
        return name
    office = _most_written([name + office for office in config.place_offices], text)
    return office or name


def _office_of(place: str, names: tuple[str, ...], config: InstitutionRules) -> str | None:
    """The first of ``names`` that is ``place``'s own office (``place_offices``), named by the place
    or its last part (青禾镇人民政府 of 通江县青禾镇); None where none is, or ``place`` is no place."""
    if place[-1] not in config.levels:
        return None
    for name in names:
        for office in config.place_offices:
            own = name[: -len(office)] if name.endswith(office) else ""
            if len(own) >= 2 and place.endswith(own) and own[-1] == place[-1]:
                return name
    return None


def _with_parent(name: str, text: str, rules: Rules) -> str:
    """``name`` as the text also writes it after the name of the body it belongs to
    (青川大学山水学院 for 山水学院), where it does: the most specific name stated. A national body
    belongs to none (中共中央办公厅国务院办公厅 names two issuers, not a 国务院 of 中共中央办公厅)."""
    if name in _institution_patterns(rules).national_names:
        return name
    reach = rules.institutions.parent_name_max_chars
    longer = []
    position = text.find(name)
    while position >= 0:
        if parents := [found for found in _names_ending_at(text, position, reach, rules) if found != name]:
            longer.append(max(parents, key=len) + name)
        position = text.find(name, position + len(name))
    return _most_common(longer) if longer else name


def _spelt_out(name: str, text: str, rules: Rules) -> str:
    """``name``, closing in a short form of a body word (国小, 三中: ``abbreviated_bodies``),
    as the text also writes it out (河谷县澳花国民小学 for 河谷县澳花国小, 河谷市第三中学 for
    河谷市三中): its characters in order, a few more between them, then the whole body word;
    the form written most, where there is one."""
    config = rules.institutions
    short = max((word for word in config.abbreviated_bodies if name.endswith(word)), key=len, default=None)
    if short is None:
        return name
    lead = name[: len(name) - len(short)]
    pattern = "".join(re.escape(char) + "[\u4e00-\u9fff]{0,2}?" for char in lead) + re.escape(config.abbreviated_bodies[short])
    longer = [found for found in re.findall(pattern, text) if len(found) <= len(name) + config.spelt_out_max_chars]
    return _most_common(longer) if longer else name


def _speaks_as(kind: str, body: str, rules: Rules) -> bool:
    """Whether the text speaks of itself as a body of ``kind`` (公司 opening a
    clause, 本公司), not only as part of other names (物业公司)."""
    return re.search(f"(?:^|{rules.institutions.footer_kind_after}){re.escape(kind)}", body) is not None


def _with_main_place(name: str, body: str, rules: Rules) -> str:
    """A body named by its level word alone (市政府, 市教育局) with the place of that
    level the text names most (合肥市), where there is one: the plan of 我市 is that
    place's, and so is the bureau its header names without it (市教育局关于…)."""
    if name[0] not in rules.institutions.levels:
        return name
    place = _main_place(body, rules)
    return place + name[1:] if place and place.endswith(name[0]) else name


def enclosure_issuers(
    titles: list[str], preceding: list[str], heads: list[str], institutions: list[Institution], rules: Rules
) -> list[Institution]:
    """The institutions of a file's plans, where a plan is a document another
    plan's body issued: one the plan before it lists as an enclosure (附件：优秀
    奖学金评定细则, then that document), or one an earlier plan's cover notice
    hands out by name (《…若干意见》及五个配套文件《…规定》…现予印发, then those
    documents), or an annex titled as one (附件3:…规程) that names no body of its
    own and speaks as none (its body only a guess from a kind word): the nearest
    plan before it that names one. ``titles``: each plan's title; ``preceding``: the text from the
    previous plan's body to the plan's start; ``heads``: the text from the
    previous plan's end through the opening of the plan's body (its cover,
    title and the notice's sentences); all in the processing form."""
    issues = _institution_patterns(rules).cover_issues
    issued = [_cited_titles(head) if issues.search(head) else set() for head in heads]
    result: list[Institution] = []
    for index, (title, institution) in enumerate(zip(titles, institutions, strict=True)):
        if index and title:
            key = "".join(title.split())
            before = _INDENT.sub("", preceding[index])  # an indented 附件: line lists them too
            listing = rules.attachments_regex.search(before)
            if result[-1].name and listing and _unmarked(key) in _unmarked(before[listing.start() :]):
                institution = replace(result[-1], why="enclosure")
            elif issuer := next((result[j] for j in range(index) if result[j].name and _hands_out(issued[j], key, institution, rules)), None):
                institution = replace(issuer, why="enclosure")
            elif institution.why in ("none", "kind") and rules.annex_regex.match(title) and (host := _nearest_named(result)):
                # 附件3:…规程, naming no body nor speaking as one (我中心): the document it is annexed to
                institution = replace(host, why="enclosure")
        result.append(institution)
    return result


def _nearest_named(found: list[Institution]) -> Institution | None:
    return next((institution for institution in reversed(found) if institution.named and institution.name), None)


_INDENT = re.compile(r"(?m)^[ \t]+")
_TITLE_MARKS = re.compile(r"[《》〈〉<>“”\"「」『』\s]")


def _unmarked(text: str) -> str:
    """``text`` without spaces and title marks: a title listed as 《申领〈河谷证〉细则》 is 申领《河谷证》细则."""
    return _TITLE_MARKS.sub("", text)


def _cited_titles(text: str) -> set[str]:
    """The titles ``text`` cites in 《》, without spaces or a closing bracketed note ((试行))."""
    return {_BRACKETED_NOTE.sub("", "".join(title.split())) for title in _CITED_TITLE.findall(text)}


def _hands_out(cited: set[str], title: str, found: Institution, rules: Rules) -> bool:
    """A plan titled ``title`` is one of the documents a cover cites: the same
    title, or, where the plan names no issuer of its own (``found``), one the
    cited title closes (《…管理规范(试行)》 for 山地…管理规范), if that is long
    enough to be a title (a school's own 商学院关于…的规定 answering the
    university's 《关于…的规定》 is the school's)."""
    bare = _BRACKETED_NOTE.sub("", title)
    least = rules.institutions.cited_title_min_chars
    return any(bare == name or (not found.named and len(name) >= least and bare.endswith(name)) for name in cited)


# The innermost titles (《关于印发《X办法》的通知》 hands out X), unlike CITED_DOCUMENT's spans.
_CITED_TITLE = re.compile(r"《([^《》]+)》")
_BRACKETED_NOTE = re.compile(r"[(（][^()（）]{1,10}[)）]$")


def full_name(name: str, text: str, rules: Rules) -> str:
    """The full name ``text`` gives a body it names by a short form
    (深圳市公立医院管理中心(以下简称市医管中心) for 市医管中心 or 深圳市医管中心):
    the place or proper name the definition's clause ends with."""
    patterns = _institution_patterns(rules)
    window = rules.institutions.short_form_clause_chars
    for match in patterns.short_form.finditer(text):  # found by its literal (以下简称; the clause before it is read back
        tail = _CLAUSE_TAIL.search(text, max(0, match.start() - window), match.start())
        if tail is None or not name.endswith(short := match.group("short")):
            continue
        clause = tail.group()
        # A body named by its place and level the clause ends with is the name (河谷省经济和信息化委员会(以下简称
        # 省经信委): its 和 joins the department's two fields, not two bodies).
        if (placed := _level_named_ending(clause, rules)) and placed.startswith(name[: len(name) - len(short)]):
            return placed
        # The clause ends in a body word of two or more characters (中心, 公司); where the lexicon reads no
        # proper name in it (东海航运物流股份有限公司: common words), the definition says it is one: the clause
        # after its last joining word and the purpose words it opens with (为规范…).
        lexicon = load_lexicon(rules)
        start = proper_name_start(clause, 2, lexicon, patterns.reading)
        if start is None and (bare := _without_stop_words(clause[_after_last_joining_word(clause, rules.institutions.not_in_name, lexicon) :], patterns, lexicon)):
            start = len(clause) - len(bare)
        # What the name adds to the short form is the full name's place (深圳 of 深圳市医管中心),
        # not a name of its own (神华准能集团公司 is itself a short form of a longer name).
        if start is not None and clause[start:].startswith(name[: len(name) - len(short)]):
            return clause[start:]
    return name


@dataclass(frozen=True, slots=True)
class Mention:
    """One naming of a body: where it stands and what that says of it."""

    name: str
    start: int  # offset in its window: ties go to the body named first
    weight: float  # the window's weight (title, body, signature, cue…)
    role: str  # "speaking", "deferring" (根据市政府…要求), "author" (of a document named: 《X管理办法》) or "tasked" (X牵头)
    opening: bool = False  # among the body's first opening_chars characters
    named: bool = True  # False after a placeholder (某某镇) or for a body only implied
    short_form: str | None = None  # 县教育局 for 青山县教育局


@dataclass(slots=True)
class Evidence:
    """The support the mentions add up to, per body."""

    scores: dict[str, float]
    first_seen: dict[str, int]
    named: set[str]  # named at least once without a placeholder
    speaking: set[str]  # mentioned at least once neither deferring, an author of a document named, nor tasked
    short_forms: dict[str, str]
    deferred_to_only: set[str] = field(default_factory=set)  # named only as a source deferred to (根据《X…》)
    tasked: set[str] = field(default_factory=set)  # given a task at least once (X负责…, X配合)


def issuer_cue_windows(body: str, rules: Rules) -> list[str]:
    """Phrases in which a plan names its own issuer (结合我镇实际, 由X负责解释,
    the subject of 将… or 成立…领导小组)."""
    config = rules.institutions
    patterns = _institution_patterns(rules)
    windows = [match.group("body") for cue in patterns.issuer_cues for match in cue.finditer(body)]
    return windows + _subjects(body, patterns.issuer_verbs, config.subject_chars, config.subject_indent_chars, config.clause_marks)


def page_sources(page_head: str, rules: Rules) -> tuple[str, ...]:
    """The bodies a page's metadata (发布单位: 河谷市农业农村局), then its source or author line
    (来源: 国家卫生计生委能力建设和继续教育中心) names, read from its head (simplified, half-width)
    before the chrome is dropped: a page's fields may be chrome the text no longer holds."""
    patterns = _institution_patterns(rules)
    return tuple(name for pattern in (patterns.page_metadata, patterns.page_source) for match in pattern.finditer(page_head) if (name := _declared_name(match, rules)))


def site_owners(page: str, rules: Rules, page_title: str = "") -> tuple[str, ...]:
    """The sites a saved page names in its footer (主办单位: X, X版权所有), and
    the body its <title> opens with (圣公会基爱小学 S.K.H. Kei Oi Primary School),
    ``page_title`` in simplified script."""
    owners = [match.group("owner") for pattern in _institution_patterns(rules).site_owner for match in pattern.finditer(page)]
    titled = _line_issuer(page_title.strip(), rules) if page_title else None
    return (*owners, titled) if titled else tuple(owners)


def plan_mentions(title: str, body: str, cover: str, cues: list[str], rules: Rules, owners: tuple[str, ...] = ()) -> list[Mention]:
    """Every body the plan names, window by window in a fixed order (title,
    body, leading groups, signature, cover, issuer cues, the page's site owner),
    with the bodies the cues imply (结合经济开发区实际 → 常山县经济开发区; 结合公司实际 → 公司)."""
    config = rules.institutions
    patterns = _institution_patterns(rules)
    weights = config.weights
    windows = config.windows
    mentions = body_mentions(title, 1 + weights["title"], rules)
    mentions += body_mentions(body, 1.0, rules, opening_chars=config.opening_chars)
    for group in patterns.leading_group.finditer(body):
        mentions += body_mentions(body[max(0, group.start() - windows["group_before"]) : group.end()], weights["leading_group"], rules)
    mentions += body_mentions((_signature(body, rules) or "").strip(), weights["signature"], rules, whole_name=True)
    for match in patterns.cover.finditer(cover):  # 青山县教育局关于印发…的通知
        mentions += body_mentions(match.group("issuer").strip(), weights["cover"], rules, whole_name=True)
    for line in cover.split("\n"):  # an issuer's line above the title (河北省人民政府 / …规定 / 政府令〔2010〕第15号)
        if _is_whole_name(line := line.strip(), rules) and not patterns.title_name_not.search(line):  # not 安全工作计划小学
            mentions += body_mentions(line, weights["cover"], rules, whole_name=True)
    for window in cues:
        found = body_mentions(window, weights["issuer_cue"], rules)
        mentions += found
        if not found and (unit := patterns.cue_unit.fullmatch(window)):  # 局团委决定…: the bureau's league committee, named by its parent's kind
            mentions.append(Mention(window, len(body), weights["issuer_cue"], "speaking", named=len(window) > len(unit.group("unit"))))
        if window in config.place_named_kinds and (place := _main_place(body, rules)):
            mentions.append(Mention(place + window, len(body), weights["issuer_cue"], "speaking"))
        if window in config.self_references.values():  # a body without a name
            mentions.append(Mention(window, len(body), weights["issuer_cue"], "speaking", named=False))
    for field_value in patterns.issuer_field.finditer(body):  # 承办单位: 河谷职校团委, one name
        mentions += body_mentions(field_value.group("body"), weights["issuer_cue"], rules, whole_name=True)
    for owner in owners:
        mentions += body_mentions(owner, weights["site_owner"], rules, whole_name=True)
    return mentions


def body_mentions(text: str, weight: float, rules: Rules, whole_name: bool = False, opening_chars: int = 0) -> list[Mention]:
    """The bodies ``text`` names, each with its role by what stands around it.
    ``whole_name``: the text is one name (a signature line, a cover's issuer)."""
    config = rules.institutions
    patterns = _institution_patterns(rules)
    windows = config.windows
    cited = [m.span() for m in CITED_DOCUMENT.finditer(text)]  # a body inside 《…》 wrote a document the plan cites
    # a clause citing what the plan follows (根据A关于…的通知(…号)、B…计划和C…要求,) defers to every body it names
    deferred = [m.span() for m in patterns.deference_clause.finditer(text)]
    mentions = []
    for start, end, name, short_form in _name_spans(text, whole_name, rules):
        name = _aliased(name, config.aliases)
        if len(name) < 2 or name in config.level_bodies or name in config.named_bodies or patterns.not_body.search(name):
            continue
        if _enrolled_schools(name, text, end, rules):
            continue
        # Titles cited around it count as one mark each: 根据《…法》和《…办法》 defers to both,
        # 以X出台的《…意见》精神为纲领 to X.
        reach = windows["deference_before"] + windows["cited_titles_before"]
        before = CITED_DOCUMENT.sub("《》", text[max(0, start - reach) : start])
        after = CITED_DOCUMENT.sub("《》", text[end : end + reach])
        deferring = (
            patterns.deference.search(before[-windows["deference_before"] :])
            or patterns.deference_after.match(after)
            or _inside(start, deferred)
        )
        author = not deferring and _inside(start, cited)
        tasked = not (deferring or author) and _tasked(text, start, end, rules)
        role = "deferring" if deferring else "author" if author else "tasked" if tasked else "speaking"
        named = not patterns.placeholder.search(text[max(0, start - windows["placeholder_before"]) : start])
        mentions.append(Mention(name, start, weight, role, start < opening_chars, named, short_form))
    starts = {mention.start for mention in mentions}
    lexicon, tags = load_lexicon(rules), frozenset(config.proper_noun_tags)
    for match in patterns.placeholder_body.finditer(text):
        if starts.intersection(range(match.start(), match.end())):  # 某某镇人民政府 is read above, whole
            continue
        kind = match.group("kind")
        if _common_word_across(text, match.end("kind"), lexicon, tags):  # 某镇乡村建设: the 乡 of 乡村
            kind = match.group("level") if match.group("level") in config.named_bodies else None
        if kind:  # a level alone (X镇) is its government's (镇政府)
            kind = config.scope_bodies.get(kind, kind)
            mentions.append(Mention(kind, match.start(), weight, "speaking", match.start() < opening_chars, named=False))
    return mentions


def _name_spans(text: str, whole_name: bool, rules: Rules):
    """(start, end, name, short form) of each name in ``text``, in order; a
    name joined to the one before it (上海交通大学附属黄浦实验小学) is one."""
    joined_name = _institution_patterns(rules).joined_name
    covered = -1
    # (a name read both with and without a short form, 河谷镇党工委 and its 镇党工委, sorts with the bare reading first)
    for start, end, name, short_form in sorted(_each_name(text, whole_name, rules), key=lambda span: (*span[:3], span[3] or "")):
        if start < covered:
            continue
        if joined := joined_name.match(text, end):
            end, name, short_form = joined.end(), name + joined.group(), None
        covered = end if joined else covered
        yield start, end, name, short_form


def _each_name(text: str, whole_name: bool, rules: Rules):
    """(start, end, name, short form) of each name in ``text``: bodies named by
    level (青山县教育局, with the place before them) and by proper name."""
    config = rules.institutions
    patterns = _institution_patterns(rules)
    if (
        whole_name
        and patterns.whole_line_body.fullmatch(line := text.strip())
        and not _closes_common_word(line, rules)
        and not patterns.stop.match(line)
        and not _placeholder_in(line, patterns)
    ):
        # A line that is one name ending in a body word (a site's 主办单位: 桃园市政府教育局):
        # the office under a government or school is part of it, not a second name.
        begin = text.index(line)
        yield begin, begin + len(line), line, None
        return
    tags = frozenset(config.proper_noun_tags)
    lexicon = load_lexicon(rules)
    for match in patterns.level_named.finditer(text):
        # A national name is whole as matched: 经济部 opens with what is a stop word elsewhere (经研究).
        national = match.group("national")
        name = _national_name(match.group(), rules) if national else patterns.stop.sub("", match.group())
        end = match.start() + len(name) if national else match.end()
        begin = end - len(name)
        place = _place_name_ending(text[max(0, begin - config.place_name_max_chars) : begin], lexicon, tags) if name[0] in config.levels else None
        closing = (lexicon.get(text[begin - 1] + name[0]) or ("", ""))[1] if begin > 0 and name[0] in config.levels else None
        if place is None and closing in tags:
            # a one-character place the lexicon knows with its level (杞县人民政府), not the end
            # of a word before it (提高县公安局: 县公安局)
            place = None if begin > 1 and lexicon.get(text[begin - 2 : begin]) else text[begin - 1]
        elif place is None and closing and not patterns.stop.match(text[begin - 1]):
            continue  # the level word closes a common word: 社区居委 is no 区居委 (but 全市教育局 is 市教育局)
        if place is None and whole_name and end == len(text) and name[0] in config.levels:
            # A line that is nothing but a name (a signature, a cover's issuer): what
            # stands before 县安委会 is its place even where the lexicon does not know it.
            prefix = text[:begin]
            place = prefix if patterns.place.fullmatch(prefix) and not patterns.placeholder.search(prefix) else None
        # 青山县教育局, not just 县教育局: the most specific name stated (its short form kept)
        start = begin - len(place) if place else match.start()
        full = (place or "") + name
        party = _committee_prefix(text, start, full, config)
        yield start - len(party), end, party + full, name if place else None
    reading = patterns.reading
    for match in _proper_named(text, patterns):
        named = _proper_name_in(match, text, patterns, lexicon, rules)
        for inner in _names_ending_inside(match, text, patterns, rules) if named is None else ():
            if named := _proper_name_in(inner, text, patterns, lexicon, rules):
                break
        if named is not None:
            yield named


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _names_ending_inside(match: re.Match[str], text: str, patterns: _InstitutionPatterns, rules: Rules):
    """``match`` cut after each body word inside it, where the pattern ran past one into the sentence
    (青山镇召开镇: 青山镇); not after one another body word follows (中心 of 城市中心支行), unless that
    one only says its kind again (侯庄小学学校…: 侯庄小学)."""
    for suffix in patterns.body_suffix.finditer(text, match.start(), match.end() - 1):
        following = patterns.body_suffix.match(text, suffix.end())
        if (not following or _kind_said_again(text, following.start(), following.group(), rules)) and (inner := patterns.proper_named.search(text, match.start(), suffix.end())):
            yield inner


def _kind_said_again(text: str, start: int, kind: str, rules: Rules) -> bool:
    """The body word ``kind`` at ``start`` in ``text`` follows one of the bodies it is the kind of (小学 then
    学校: ``kind_subtypes``): the same body, its kind said again, not a unit of it."""
    return text.endswith(tuple(rules.institutions.kind_subtypes.get(kind, ())), 0, start)


def _proper_name_in(match: re.Match[str], text: str, patterns: _InstitutionPatterns, lexicon: Lexicon, rules: Rules) -> tuple[int, int, str, None] | None:
    """(start, end, name, None) of the body ``match`` names by its proper name, or None."""
    config, reading = rules.institutions, patterns.reading
    found = match.group()
    runs_on = match.end() < len(text) and lexicon.get(text[match.end() - 1 : match.end() + 1])
    if runs_on or (match.group("kind") in config.word_closing_kinds and _kind_closes_word(text, match.end(), rules)):
        return None  # the body word runs on into another word (美丽乡村, 中学生), or closes one (热爱家乡)
    if _kind_said_again(text, match.start("kind"), match.group("kind"), rules):
        return None  # 青禾小学学校: the school is named before its kind said again (_names_ending_inside)
    # A character that joins phrases ends what stands before the name (主办方为青川大学: 青川大学),
    # where it is a word of its own (not 和 of 河谷和平发展基金会).
    prefix = found[: match.start("kind") - match.start()]
    cut = _after_last_joining_word(prefix, config.not_in_name, lexicon)
    if len(prefix) - cut < 2:
        return None
    found = found[cut:]
    # The sentence's words go first: the lexicon may tag one a name (建立健全 nr).
    bare = _without_stop_words(found, patterns, lexicon) or found
    if (prefixed := _prefixed_name(bare, len(match.group("kind")), config.name_prefixes)) is not None:
        # 国立中央大学, 台中县立文化中心: what follows the prefix names the body, common words or not
        begin = match.end() - len(bare) + prefixed
        begin -= len(_place_name_ending(text[max(0, begin - config.place_name_max_chars) : begin], lexicon, reading.tags) or "")
    else:
        start = proper_name_start(bare, len(match.group("kind")), lexicon, reading, match.group("kind") in config.registered_bodies)
        if start is None:
            return None
        begin = _word_start(text, match.end() - len(bare) + start, lexicon, config.place_name_max_chars, reading.tags)
        begin -= len(next((word for word in config.name_prefixes if text.endswith(word, 0, begin)), ""))
    name = _without_stop_words(text[begin : match.end()], patterns, lexicon)
    overlap = next((longer for longer in config.kind_overlaps if name and name.endswith(longer)), None)
    if overlap:  # 河谷大学校际…: 河谷大学
        cut = len(overlap) - len(config.kind_overlaps[overlap])
        return begin, match.end() - cut, name[:-cut], None
    return (begin, match.end(), name, None) if name else None


def _prefixed_name(bare: str, kind_chars: int, prefixes: list[str]) -> int | None:
    """Where in ``bare`` (a candidate name ending in a body word of ``kind_chars`` characters) a name
    prefix (国立, 县立) opens a name with at least one word before the body word; else None."""
    opening = max((bare.rfind(prefix, 0, len(bare) - kind_chars - 1) for prefix in prefixes), default=-1)
    return opening if opening >= 0 else None


def _committee_prefix(text: str, start: int, name: str, config: InstitutionRules) -> str:
    """The party or league written before a place's committee starting at ``start`` (中共 of
    中共青山县委员会, 共青团 of 共青团河谷省委员会): part of its name; else nothing."""
    if not name.endswith(tuple(config.committee_endings)):
        return ""
    return next((word for word in config.committee_prefixes if text.endswith(word, 0, start)), "")


def _without_stop_words(text: str, patterns: _InstitutionPatterns, lexicon: Lexicon) -> str | None:
    """``text`` without the stop words it opens with (为加强河谷中学: 河谷中学); None where
    one opens a longer word (全 of 全日制学校, 经 of 经济学院): a common word, no name's start."""
    stop = patterns.stop.match(text)
    if stop is None:
        return text
    return text[stop.end() :] if _word_ends_at(text, stop.end(), lexicon) else None


def _after_last_joining_word(text: str, joining: str, lexicon: Lexicon) -> int:
    """Where ``text`` goes on after its last word that is one joining character (为, 和, 的…), by the lexicon's cut."""
    if not any(char in joining for char in text):
        return 0  # most names hold none: no cut needed
    cut, position = 0, 0
    for word, _ in lexicon.cut(text):
        position += len(word)
        if len(word) == 1 and word in joining:
            cut = position
    return cut


def _national_name(found: str, rules: Rules) -> str:
    """A national body's name as matched, but not with a unit word that closes a common
    word (国务院决策部署: 部署, to deploy, is no 署, an agency): then the body alone."""
    config = rules.institutions
    units = [word for word in (*config.national_sub_bodies, *config.national_unit_bodies) if len(word) == 1]
    word = load_lexicon(rules).get(found[-2:]) if found[-1:] in units else None
    if word is None or word[1] in config.proper_noun_tags:
        return found
    return max((name for name in _institution_patterns(rules).national_names if found.startswith(name)), key=len, default=found)


def _word_start(text: str, begin: int, lexicon: Lexicon, reach: int, tags: frozenset[str]) -> int:
    """Where the proper name read from ``begin`` starts as written: at the start of
    the place or name word the name window cut short (金山区朱泾第二小学, read from
    山区…), and with the place stated right before it (闵行区 + 柳湾第二小学), at most
    ``reach`` characters back: the most specific name the text gives."""
    position = max(0, begin - reach)
    for word, tag in lexicon.cut(text[position : begin + reach]):
        if position < begin < position + len(word) and tag in tags:
            begin = position
            break
        position += len(word)
        if position > begin:
            break
    place = _place_name_ending(text[max(0, begin - reach) : begin], lexicon, tags)
    return begin - len(place) if place else begin


def weigh_mentions(mentions: list[Mention], config: InstitutionRules) -> Evidence:
    """Each mention counts its window's weight, scaled down where it defers or is
    tasked; one in the body's opening counts the opening's weight too. Short
    forms (县教育局) go to the long form stated with them (青山县教育局)."""
    role_weight = {"speaking": 1.0, "deferring": config.deference_weight, "author": config.deference_weight, "tasked": config.tasked_weight}
    evidence = Evidence({}, {}, set(), set(), {})
    evidence.deferred_to_only.update({m.name for m in mentions} - {m.name for m in mentions if m.role != "deferring"})
    evidence.tasked.update({m.name for m in mentions if m.role == "tasked"})
    for mention in mentions:
        factor = role_weight[mention.role]
        weight = mention.weight * factor + (config.weights["opening"] * factor if mention.opening else 0.0)
        evidence.scores[mention.name] = evidence.scores.get(mention.name, 0.0) + weight
        evidence.first_seen.setdefault(mention.name, mention.start)
        if mention.named:
            evidence.named.add(mention.name)
        if mention.role == "speaking":
            evidence.speaking.add(mention.name)
        if mention.short_form is not None:
            evidence.short_forms[mention.name] = mention.short_form
    _merge_short_forms(evidence.scores, evidence.first_seen, evidence.short_forms, config.government_words)
    _merge_abbreviations(evidence, config.abbreviation_min_chars)
    return evidence


def _merge_abbreviations(evidence: Evidence, min_chars: int) -> None:
    """A name the text writes after a fuller one it abbreviates (河谷青禾城建投资集团有限公司,
    then 城建公司 all through: its characters in order, the same body word, not its
    tail, which the place-less short forms read) is that body: its score goes to
    the one fuller name, where only one is named before it."""
    scores, first_seen = evidence.scores, evidence.first_seen
    named = [name for name in scores if name in evidence.named]
    for short in sorted(name for name in named if len(name) >= min_chars):
        longs = [name for name in named if name in scores and first_seen[name] < first_seen[short] and _abbreviates(short, name) and not name.endswith(short)]
        if len(longs) == 1 and short in scores:
            (long,) = longs
            scores[long] += scores.pop(short)
            first_seen.pop(short)
            if short in evidence.speaking:
                evidence.speaking.add(long)


def titled_kind_evidence(evidence: Evidence, title: str, rules: Rules) -> Evidence:
    """A plan whose title opens with a kind of body alone, no place or name before it (图书馆阅览规定: a library's),
    speaks as one of that kind: the kind competes with the title's weight. Not where the text names a body of that
    kind (or of a subtype: 卫生院 for 医院), nor where a named body speaks for it with a signature's support or more."""
    config = rules.institutions
    match = _institution_patterns(rules).titled_kind.match(_title_opening(title, rules))
    if match is None:
        return evidence
    kind = match.group("kind")
    own_kinds = (kind, *config.kind_subtypes.get(kind, ()))
    if any(name.endswith(own_kinds) for name in evidence.scores) or any(
        score >= config.titled_kind_named_min_support for name, score in evidence.scores.items() if name in evidence.named and name in evidence.speaking
    ):
        return evidence
    scores = {**evidence.scores, kind: 1 + config.weights["title"]}
    first_seen = {**evidence.first_seen, kind: 0}
    return Evidence(scores, first_seen, set(evidence.named), evidence.speaking | {kind}, evidence.short_forms, evidence.deferred_to_only, evidence.tasked)


def self_reference_evidence(evidence: Evidence, title: str, body: str, cues: list[str], rules: Rules) -> Evidence:
    """A plan that says 我院 was written by a 院, one that says 我镇 by the town:
    other bodies it mentions weigh less, and the body it calls itself (超化镇,
    else the generic 卫生院) competes with them."""
    config = rules.institutions
    patterns = _institution_patterns(rules)
    weights = config.weights
    cue_references = [m.group("ref") for window in cues for m in patterns.self_reference.finditer(window)]
    references = [m.group("ref") for m in patterns.self_reference.finditer(body)]
    ref = _writer_reference(cue_references + references, (*config.levels, *config.jurisdiction_references))
    groups = [body[max(0, m.start() - config.windows["group_before"]) : m.end()] for m in patterns.leading_group.finditer(body)]
    own_name = (_own_name(ref, [title, *cues, *groups], rules) or _own_kind_name(ref, [title, *cues], rules)) if ref else None
    own_kinds = (ref, config.self_references[ref], *config.self_reference_kinds.get(ref, ())) if ref else ()
    resolved = ref is not None and any(name.endswith(own_kinds) for name in evidence.scores)
    if not (own_name or resolved or cue_references or len(references) >= config.min_self_references):
        return evidence
    generic = _generic_body(ref, title, body, config)
    mentioned = weights["self_reference"] * references.count(ref)
    support = mentioned + weights["issuer_cue"] * cue_references.count(ref)
    # 我县 is said by the county's bodies too, but 结合我县实际 speaks for the county itself.
    jurisdiction = ref in config.levels
    scores = {
        name: score + support
        if name.endswith((generic, *own_kinds)) and name not in evidence.deferred_to_only  # 根据《X集团…办法》: not us
        else score + mentioned
        if jurisdiction and ref in name[: config.place_name_max_chars + 1]
        else score * config.other_body_weight
        for name, score in evidence.scores.items()
    }
    first_seen, named, speaking = dict(evidence.first_seen), set(evidence.named), set(evidence.speaking)
    if own_name:  # named where the plan names its issuer
        scores[own_name] = scores.get(own_name, support) + weights["issuer_cue"]
        first_seen.setdefault(own_name, len(body))
        named.add(own_name)
        speaking.add(own_name)
    else:
        scores.setdefault(generic, support)
        speaking.add(generic)
        first_seen.setdefault(generic, len(body))
    return Evidence(scores, first_seen, named, speaking, evidence.short_forms, evidence.deferred_to_only, evidence.tasked)


def jurisdiction_evidence(evidence: Evidence, title: str, rules: Rules) -> Evidence:
    """A plan of a place's level (河谷市…办法) speaks to the bodies below it: those
    named by a lower level's word alone (区人民政府, 镇人民政府) weigh less; and it follows
    the state's bodies above it (国务院, 教育部: their rules it implements), which weigh less too."""
    config = rules.institutions
    level = _title_level(title, rules)
    if level is None:
        return evidence
    rank = config.level_ranks[level]
    scores = {
        name: score * config.subordinate_body_weight if config.level_ranks.get(name[0], 0) > rank
        else score * config.superior_body_weight if name in config.national
        else score
        for name, score in evidence.scores.items()
    }
    return replace(evidence, scores=scores)


def decide_institution(evidence: Evidence, title: str, body: str, cues: list[str], rules: Rules) -> Institution:
    """The best supported body. Where every body named defers or is tasked,
    the plan's scope (全县 → 县政府) or sector (全市教育系统 → 市教育局), else
    the generic body the text implies (我公司 → 公司): a body cited or given
    tasks is the institution only where the text implies no other."""
    config = rules.institutions
    scores = evidence.scores
    if scores and not evidence.speaking & scores.keys():
        own_kind = _calls_itself_its_kind(body, rules)
        unnamed = implied_institution(title, body, cues, rules) if own_kind else None
        # 我校 in a plan titled 小学…计划 that speaks of 全市中小学: the school's, not its sector's department
        titled_kind = unnamed is not None and unnamed.name is not None and unnamed.name in title
        implied = None if titled_kind else _sector_body(title, body, rules)
        levels = scope_levels(title, body, rules)
        if implied or (levels and not own_kind):
            return Institution(implied or config.scope_bodies[_most_common(levels)], False, "sector" if implied else "scope")
        if not own_kind and (government := _cue_place_government(cues, rules)):
            return Institution(government, True, "scope")  # 结合河谷区实际, every body named cited: the district's
        if unnamed is None:
            unnamed = implied_institution(title, body, cues, rules)
        if unnamed.name is not None:
            # …named where a body cited is of that kind (我镇, 各村向镇政府报告: 镇政府).
            # …unless the kind is only one the text speaks of, and a national body is tasked with the
            # work (国家互联网信息办公室负责全国…的监督管理): the state's rules name their regulator so.
            scores = {name: score for name, score in scores.items() if unnamed.name in name and name not in evidence.deferred_to_only} or (
                _tasked_national(scores, evidence, config) if unnamed.why == "kind" else {}
            )
            if not scores:
                return _with_trade_words(unnamed, title, rules)
    if scores:
        best = max(scores, key=lambda name: (scores[name], -evidence.first_seen[name]))
        if best not in evidence.named and (own := _named_of_kind(best, scores, evidence, config.kind_subtypes)):
            best = own  # 我社区 in a plan that names 青禾社区 once: the community named
        if maker := _place_rules_issuer(best, title, rules):
            return Institution(maker, True, "title")
        if best not in evidence.named:  # 我校 in a plan titled 农场小学…: the body as the title names it
            return _with_trade_words(Institution(best, False, "self-reference"), title, rules)
        return Institution(_government_of_plan(best, title, evidence, rules) or best, True, "mentions")
    unnamed = implied_institution(title, body, cues, rules)
    if unnamed.name is None and (levels := scope_levels(title, body, rules)):
        return Institution(config.scope_bodies[_most_common(levels)], False, "scope")  # no body named, nor implied: 全乡 → 乡政府
    if unnamed.name is None and (government := _titled_government(title, rules)):
        return Institution(government, True, "title")
    if unnamed.name is None and (kind := _institution_patterns(rules).titled_body_kind.match(_title_opening(title, rules))):
        return Institution(kind.group("kind"), False, "kind")  # no body named or implied: the kind the title opens with
    return _with_trade_words(unnamed, title, rules)


def _with_trade_words(unnamed: Institution, title: str, rules: Rules) -> Institution:
    """An unnamed body as the title names it where the title opens with a few words of its trade
    or standing before its kind (物流公司车辆调度制度: 物流公司, not 公司)."""
    config, kind = rules.institutions, unnamed.name
    if not kind:
        return unnamed
    opening = "".join(_title_opening(title, rules).split())
    at = opening.find(kind)
    if not 0 < at <= config.trade_words_max_chars:
        return unnamed
    lexicon, end = load_lexicon(rules), at + len(kind)
    if end < len(opening) and lexicon.get(opening[end - 1 : end + 1]):
        return unnamed  # the kind's last character opens another word (学校园艺: 校园)
    after = lexicon.cut(opening[end:])
    if after and after[0][1] in config.trade_kind_not_before_tags:
        return unnamed  # 病区医院感染防控: the kind is the object of the words' verb, no body they name
    if not all(tag in config.trade_word_tags for _, tag in lexicon.cut(opening[:at])):
        return unnamed
    patterns = _institution_patterns(rules)
    if patterns.title_name_not.search(opening[:end]) or patterns.not_body.search(opening[:end]):
        return unnamed  # 年度计划公司…, 乡镇医院…: a title's words or a class of bodies, no body's
    if _without_stop_words(opening, patterns, lexicon) not in (opening, None):
        return unnamed  # 有关学校…: a stop word opens it (not the 有 of 有限责任公司)
    return replace(unnamed, name=opening[:end])


def _cue_place_government(cues: list[str], rules: Rules) -> str | None:
    """The government of the place an issuer cue names as the plan's own (结合河谷区实际: 河谷区人民政府)."""
    return next((government for window in cues if (government := _place_government(window, rules)) != window), None)


def _titled_government(title: str, rules: Rules) -> str | None:
    """The government of the place a plan of the kind a government issues opens its title with
    (河谷市城市防洪应急预案: 河谷市人民政府), for a text that names no body at all."""
    titled = _title_place(title, "".join(rules.institutions.levels), rules) if _is_government_plan(title, rules) else None
    return titled[0] + titled[1] + max(rules.institutions.government_words, key=len) if titled else None


def _is_government_plan(title: str, rules: Rules) -> bool:
    """The title names a plan of the kind a government issues (…应急预案)."""
    return _institution_patterns(rules).government_plan_title.search(title.strip()) is not None


def _named_of_kind(kind: str, scores: dict[str, float], evidence: Evidence, subtypes: dict[str, list[str]]) -> str | None:
    """The best supported body the text names that is of the generic ``kind`` the
    plan speaks as (青禾社区 for 社区; 青禾小学 for 学校, one of its ``subtypes``),
    where it names one speaking, none deferred to."""
    endings = (kind, *subtypes.get(kind, ()))
    named = [name for name in scores if name != kind and name.endswith(endings) and name in evidence.named and name in evidence.speaking and name not in evidence.deferred_to_only]
    return max(named, key=lambda name: (scores[name], -evidence.first_seen[name])) if named else None


def _place_rules_maker(title: str, rules: Rules) -> tuple[str, str, str] | None:
    """The place, its level word and its rule-making body where the title is a place's rules
    (河谷市…办法: 河谷, 市, 河谷市人民政府); None for another title or the state's (中华人民共和国…条例)."""
    config = rules.institutions
    kind = _institution_patterns(rules).place_rules_title.search(title.strip())
    titled = _title_place(title, "".join(config.levels), rules) if kind and not _states_title(_title_opening(title, rules), rules) else None
    return (*titled, titled[0] + titled[1] + config.place_rules_issuers[kind.group("kind")]) if titled else None


def _place_rules_issuer(best: str, title: str, rules: Rules) -> str | None:
    """The rule-making body of the place a place's rules are titled by (河谷市…办法: 河谷市人民政府),
    where the best-supported body is of another level, by its level word alone (镇人民政府,
    省政府), or the state's: the bodies such rules command or implement, not their maker."""
    config = rules.institutions
    if (titled := _place_rules_maker(title, rules)) is None:
        return None
    # (a level word, then a body at most level_body_max_chars long: 镇人民政府, 省政府)
    other_level = best[0] in config.levels and best[0] != titled[1] and len(best) <= 1 + config.level_body_max_chars
    return titled[2] if other_level or best in config.national else None


def _governed_class_maker(name: str | None, title: str, rules: Rules) -> str | None:
    """The rule-making body of the place whose rules the title names by a class of its bodies
    (河谷市街道办事处工作规定: 河谷市人民政府), where ``name``, the title's body, is that place
    and the class (``governed_classes``) alone: the bodies the rules govern, not their maker."""
    titled = _place_rules_maker(title, rules) if name else None
    place = titled[0] + titled[1] if titled else ""
    if not place or not name.startswith(place) or name[len(place) :] not in rules.institutions.governed_classes:
        return None
    return titled[2]


def _tasked_national(scores: dict[str, float], evidence: Evidence, config: InstitutionRules) -> dict[str, float]:
    """The national bodies among ``scores`` the text gives a task, not only cites (根据国务院…, 《国务院关于…》)."""
    return {name: score for name, score in scores.items() if name.startswith(tuple(config.national)) and name in evidence.tasked}


def _calls_itself_its_kind(body: str, rules: Rules) -> bool:
    """The text calls itself by its own kind (我院, 本校), not by a jurisdiction (我市, 本村):
    such a text is that body's, though it speaks of 全市."""
    config = rules.institutions
    jurisdictions = (*config.levels, *config.jurisdiction_references)
    return any(m.group("ref") not in jurisdictions for m in _institution_patterns(rules).self_reference.finditer(body))


def scope_levels(title: str, body: str, rules: Rules) -> list[str]:
    """The levels whose whole the text speaks for (全县), outside the clauses citing what it
    follows, and those it calls its own (本市, 我县) where the title opens with a place of that
    level (河谷市…办法)."""
    patterns = _institution_patterns(rules)
    # …not a whole named in the documents a clause of deference cites (贯彻落实…全省…考评方案…要求)
    cited = [m.span() for m in patterns.deference_clause.finditer(body)]
    levels = [m.group("level") for m in patterns.scope.finditer(body) if not _inside(m.start(), cited)]
    own = [m.group("level") for m in patterns.own_jurisdiction.finditer(body)]
    titled = _title_place(title, "".join(sorted(set(own))), rules) if own else None
    return levels + [level for level in own if titled and level == titled[1]]


def _government_of_plan(best: str, title: str, evidence: Evidence, rules: Rules) -> str | None:
    """A plan of the kind a government issues (预案: the departments the text names
    most are those it commands) whose title names no body: the level's government
    it names speaking (市人民政府成立…指挥部), of the best body's level, else of the
    level of the place the title opens with (河谷市…预案, naming 山水区人民政府 most: 市人民政府)."""
    config = rules.institutions
    if not _is_government_plan(title, rules):
        return None
    levels = [best[0]] if best[0] in config.levels else []
    titled = _title_place(title, "".join(config.levels), rules)
    levels += [titled[1]] if titled and titled[1] not in levels else []
    for government in (level + word for level in levels for word in config.government_words):
        # …its score merged into the long form the text also gives (河谷市人民政府), if it does
        scored = government if government in evidence.scores else next((name for name in evidence.scores if name.endswith(government)), None)
        if government in evidence.speaking and scored:
            return scored
    return None


def implied_institution(title: str, body: str, cues: list[str], rules: Rules) -> Institution:
    """The generic body a text implies where it names none it speaks as: by
    self-reference (我院 → 卫生院), by the kind its issuer cues speak for
    (结合街道工作实际), its sector (全县教育系统 → 县教育局), the kind of body
    it speaks of most (公司, 学校), the kind its title names (医院感染管理工作计划 → 医院),
    last the kind whose units and people it speaks of (医务科, 患者 → 医院)."""
    config = rules.institutions
    patterns = _institution_patterns(rules)
    references = [m.group("ref") for m in patterns.self_reference.finditer(body)]
    if references:
        return Institution(_generic_body(_most_common(references), title, body, config), False, "self-reference")
    kinds = [config.self_references[window] for window in cues if len(window) > 1 and window in config.self_references]
    if kinds:
        return Institution(_most_common(kinds), False, "self-reference")
    implied = _sector_body(title, body, rules)
    if implied:
        return Institution(implied, False, "sector")
    if unit := patterns.title_unit.match("".join(title.split())):
        return Institution(unit.group("unit"), False, "title")
    text = f"{title}\n{body}"
    lexicon = load_lexicon(rules)
    generic = [
        m.group()
        for m in patterns.generic.finditer(text)
        if _stands_alone(text, m.start(), m.end(), lexicon, patterns.reading.tags) and not _addressed(text, m.start(), rules) and not _visited(text, m, rules)
    ]
    if generic:
        kind = _most_common(generic)
        return Institution(config.kind_short_forms.get(kind, kind), False, "kind")
    kinds = [m.group() for m in patterns.body_suffix.finditer(title) if len(m.group()) > 1]
    kind = kinds[0] if kinds else _kind_spoken_of(body, config)
    return Institution(kind, False, "kind" if kind else "none")


def _visited(text: str, kind: re.Match[str], rules: Rules) -> bool:
    """The kind word ``kind`` names where the text sends people or what certifies them (送往医院, 医院证明),
    for the kinds ``visited_kinds``: not the kind of body that speaks."""
    config, patterns = rules.institutions, _institution_patterns(rules)
    if kind.group() not in config.visited_kinds:
        return False
    before = text[max(0, kind.start() - config.windows["visited_before"]) : kind.start()]
    return bool(patterns.visited_before.search(before) or patterns.visited_after.match(text, kind.end()))


def _tasked(text: str, start: int, end: int, rules: Rules) -> bool:
    """The body at ``text[start:end]`` is given tasks (县公安局配合), addressed as each of a kind (各村民委员会:)
    or set up by the plan (建立流动党员“线上党支部”)."""
    patterns = _institution_patterns(rules)
    return bool(patterns.tasked.match(text, end) or _addressed(text, start, rules) or _founded(text, start, end, rules))


def _founded(text: str, start: int, end: int, rules: Rules) -> bool:
    """The body at ``text[start:end]`` is one the plan sets up (建立…“线上党支部”, 组建河谷巡查队,): the
    verb's object ends with it, so it is no place the body after it belongs to (成立河谷镇…领导小组)."""
    patterns = _institution_patterns(rules)
    before = text[max(0, start - rules.institutions.windows["founded_before"]) : start]
    return bool(patterns.founded.search(before) and patterns.founded_after.match(text, end))


def _addressed(text: str, start: int, rules: Rules) -> bool:
    """The body starting at ``start`` is addressed as each of a kind (各村党总支、村民委员会:), or stands in a
    notice's line of addressees (各省档案局,…,河谷大学档案学院:)."""
    patterns = _institution_patterns(rules)
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return bool(patterns.addressed.search(text[max(0, start - rules.institutions.windows["addressed_before"]) : start]) or patterns.addressee_line.fullmatch(line))


def _stands_alone(text: str, start: int, end: int, lexicon: Lexicon, tags: frozenset[str]) -> bool:
    """``text[start:end]`` is a word of its own, not part of a common word the lexicon
    knows across either edge (中学 of 集中学习: 集中, 学习)."""
    return not (_common_word_across(text, start, lexicon, tags) or _common_word_across(text, end, lexicon, tags))


def _common_word_across(text: str, index: int, lexicon: Lexicon, tags: frozenset[str]) -> bool:
    """The two characters either side of ``index`` make a word the lexicon knows, not a
    name or place of ``tags`` (校园 across 校|园; not 镇安, a place)."""
    word = lexicon.get(text[index - 1 : index + 1]) if 0 < index < len(text) else None
    return word is not None and word[1] not in tags


def _kind_spoken_of(body: str, config: InstitutionRules) -> str | None:
    """The kind of body whose own units and people the text speaks of most
    (``kind_cues``: 科室, 医务科 → 医院), with at least ``kind_cue_min_mentions``."""
    counts = {kind: sum(body.count(word) for word in words) for kind, words in config.kind_cues.items()}
    best = max(counts, key=lambda kind: counts[kind], default=None)
    return best if best is not None and counts[best] >= config.kind_cue_min_mentions else None


def _proper_named(text: str, patterns: _InstitutionPatterns):
    """Matches of ``proper_named`` (a few characters, more before a company's
    registered form, then a body word such as 卫生院), found from the body words: scanning for the few body
    words is several times faster than trying the pattern at every character."""
    last_end = 0
    for suffix in patterns.body_suffix.finditer(text):
        if suffix.start() < last_end:
            continue
        match = patterns.proper_named.search(text, max(last_end, suffix.start() - patterns.name_reach), suffix.start() + patterns.name_span)
        if match is not None and match.start() <= suffix.start():
            last_end = match.end()
            yield match


def _subjects(text: str, verbs: re.Pattern[str], max_chars: int, indent_chars: int, marks: str) -> list[str]:
    """The clause before each verb (区政府 in 。区政府成立…领导小组), when it
    starts within ``max_chars`` (at a clause mark or the start of the text),
    up to ``indent_chars`` spaces that indent it aside."""
    subjects = []
    for verb in verbs.finditer(text):
        start = verb.start()
        window = text[max(0, start - max_chars - indent_chars) : start]
        cut = max(window.rfind(mark) for mark in marks)
        if cut < 0 and start > len(window):
            continue
        subject = window[cut + 1 :].strip()
        if 2 <= len(subject) <= max_chars:
            subjects.append(subject)
    return subjects


def _merge_short_forms(scores: dict[str, float], first_seen: dict[str, int], short_forms: dict[str, str], government_words: list[str]) -> None:
    """县教育局 and 青山县教育局 in one plan are one body: the short form's
    score goes to the best-supported long form stated with it. A government's
    short form is read in each of its spellings (省政府 for 青山省人民政府)."""
    longs_of: dict[str, list[str]] = {}
    for long, short in short_forms.items():
        if long in scores:
            for spelling in _government_spellings(short, government_words):
                longs_of.setdefault(spelling, []).append(long)
    for short in sorted(longs_of.keys() & scores.keys()):
        best = max(longs_of[short], key=lambda name: (scores[name], -first_seen[name]))
        scores[best] += scores.pop(short)
        first_seen[best] = min(first_seen[best], first_seen.pop(short))


def _government_spellings(name: str, government_words: list[str]) -> set[str]:
    """``name`` and, where it ends in a government word, the same name with each other one."""
    ending = next((word for word in sorted(government_words, key=len, reverse=True) if name.endswith(word)), None)
    return {name[: len(name) - len(ending)] + word for word in government_words} if ending else {name}


def _writer_reference(references: list[str], jurisdictions: tuple[str, ...]) -> str | None:
    """The reference word that says what the writer is: 我局 over 我县 (a
    county's bureau speaks of its county too), else the most frequent
    (我镇 four times over 本村 once: a town's plan speaks of its villages)."""
    own_kind = [ref for ref in references if ref not in jurisdictions]
    return _most_common(own_kind or references) if references else None


def _own_name(ref: str, windows: list[str], rules: Rules) -> str | None:
    """The proper name a text gives the body it calls 我{ref}, where it names
    itself (青禾镇 in 特制定《青禾镇…方案》): the lexicon does not know small places;
    but not a reference word that runs on into a word (校 of 河谷校园…)."""
    patterns, lexicon = _institution_patterns(rules), load_lexicon(rules)
    for window in windows:
        for match in patterns.own_name.finditer(window):
            name = match.group("name") + ref
            runs_on = _common_word_across(window, match.end(), lexicon, patterns.reading.tags)  # 校园 (not a place: 镇安)
            if match.group("ref") == ref and not runs_on and not patterns.stop.match(name) and not patterns.generic_name.fullmatch(name):
                return name
    return None


def _own_kind_name(ref: str, windows: list[str], rules: Rules) -> str | None:
    """The name a text calling itself 我{ref} opens its title or the plan it makes with, ending in a kind 我{ref}
    stands for (制定《河谷所镇中心学校…方案》 for 我校), where the lexicon cannot read the place before it."""
    patterns, lexicon = _institution_patterns(rules), load_lexicon(rules)
    kinds = rules.institutions.self_reference_kinds.get(ref, ())
    for window in windows:
        for match in patterns.own_kind_name.finditer(window):
            name, kind = match.group("name"), match.group("kind")
            if (
                kind in kinds
                and _word_ends_at(window, match.end(), lexicon)
                and not patterns.stop.match(name)
                and not _placeholder_in(name, patterns)
                and not _one_common_word(name[: -len(kind)], lexicon, patterns.reading.tags)  # 科室医院, 小学学校: no name
            ):
                return name
    return None


_OPENING_CLAUSE = re.compile(r"[^,。;:!?\n]*")


def _generic_body(ref: str, title: str, body: str, config: InstitutionRules) -> str:
    """The body 我{ref} stands for where the plan names none: the kind its title (or an
    untitled text's opening clause) names when the reference fits several (我院 in a
    医院's plan), else the kind its text names most (an untitled 住院须知 that speaks
    of 医院), else the usual one."""
    kinds = config.self_reference_kinds.get(ref, ())
    # An untitled text's opening clause is often its title run on (小学…方案为保障我校…,)
    heading = title or _OPENING_CLAUSE.match(body.lstrip()).group()
    if titled := next((kind for kind in kinds if kind in heading), None):
        return titled
    counts = {kind: body.count(kind) for kind in kinds}
    most = max(kinds, key=lambda kind: counts[kind], default=None)
    return most if most is not None and counts[most] else config.self_references[ref]


def _main_place(body: str, rules: Rules) -> str | None:
    """The county or city the text names most (常山县), by the lexicon's place tags; a rare
    long word so tagged is no place (a phrase before 县域 the dictionary lists as a name)."""
    config, patterns, lexicon = rules.institutions, _institution_patterns(rules), load_lexicon(rules)
    tags = frozenset(config.proper_noun_tags)
    places = []
    for match in patterns.place_level.finditer(body):
        begin = match.start()
        if body[max(0, begin - 1) : begin + 1] in config.common_place_words:
            continue  # the level word closes a common word the lexicon tags a place: 辖区内城市更新 names no 内城市
        place = _place_name_ending(body[max(0, begin - config.place_name_max_chars) : begin], lexicon, tags) or _place_before_level(body, match, config.place_name_max_chars, lexicon, patterns.reading)
        # (a name tag: 建立健全 is nr; a placeholder is no place: 20XX年某县 names none)
        if place and not _rare_word(place, lexicon, patterns.reading) and not patterns.placeholder.search(place):
            places.append(place + match.group())
    return _most_common(places) if places else None


def _place_before_level(text: str, level: re.Match[str], reach: int, lexicon: Lexicon, reading: NameReading) -> str | None:
    """The place a word the lexicon knows whole with its level closes (青山县, where it does not list the short form 青山): 青山;
    not a rare word so tagged (各县市)."""
    whole = _place_name_ending(text[max(0, level.start() - reach) : level.end()], lexicon, reading.tags)
    if whole is None or lexicon.get(whole)[0] <= reading.rare_place[0] or len(whole) <= len(level.group()) + 1 or not whole.endswith(level.group()):
        return None
    return whole[: -len(level.group())]


def _sector_body(title: str, body: str, rules: Rules) -> str | None:
    """The department of the sector a plan speaks for: 全市教育系统 → 市教育局,
    and a named place's (天津市卫生系统 → 天津市卫生局)."""
    config = rules.institutions
    lexicon, tags = load_lexicon(rules), frozenset(config.proper_noun_tags)
    text = f"{title}\n{body}"
    found = []
    for match in _institution_patterns(rules).sector_scope.finditer(text):
        department = match.group("level") + config.sector_bodies[match.group("sector")]
        if match.group("whose") is None:  # no 全/我/本: the sector of the place the level word closes
            place = _place_name_ending(text[max(0, match.start("level") - config.place_name_max_chars) : match.end("level")], lexicon, tags)
            if place is None:
                continue
            department = place + department[1:]
        found.append(department)
    return _most_common(found) if found else None


def _most_common(values: list[str]) -> str:
    """The most frequent value, ties to the first seen (never set order, which
    differs between processes)."""
    counts = Counter(values)  # insertion-ordered, so max keeps the first seen of equal counts
    return max(counts, key=counts.__getitem__)


def signed_issuer(body: str, rules: Rules) -> str | None:
    """The body that signs the plan, above a date standing on a line of its own
    (博罗县人民政府龙溪街道办事处 / 2024年4月12日), or without a date as the text's last
    line after a sentence's end: of the signature block's lines (joint signers sign a
    line each), the first that is one whole name."""
    closing = _institution_patterns(rules).signature_closing
    block = [closing.sub("", _unspaced(line)) for line in _signature_block(body, rules) or _last_line_after_a_sentence(body)]
    for line, following in zip(block, [*block[1:], ""]):
        if _is_whole_name(line, rules):
            return line
        if following and _is_whole_name(line + following, rules):  # a name broken over two lines (国家发展 / 改革委办公厅)
            return line + following
    return None


# A short signature set with a space between its characters (教 务 处).
_SPACED_OUT = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff])+")


def _unspaced(line: str) -> str:
    return re.sub(r"[ \u3000]+", "", line) if _SPACED_OUT.fullmatch(line) else line


def _is_whole_name(line: str, rules: Rules) -> bool:
    """The line is one body's whole name (博罗县人民政府龙溪街道办事处), no placeholder's."""
    patterns = _institution_patterns(rules)
    whole = patterns.level_named.fullmatch(line) or (patterns.whole_line_body.fullmatch(line) and not _closes_common_word(line, rules))
    return bool(whole) and not patterns.stop.match(line) and not _placeholder_in(line, patterns)


def _closes_common_word(line: str, rules: Rules) -> bool:
    """A line ending in a one-character unit word that closes a common word the lexicon
    knows (回到顶部: 顶部, the top; not 宣传部): a button or a phrase, no name."""
    config = rules.institutions
    if line[-1:] not in config.whole_line_bodies or line.endswith(tuple(word for word in config.named_bodies if len(word) > 1)):
        return False  # (a body word of its own: 党支部)
    word = load_lexicon(rules).get(line[-2:])
    return word is not None and word[1] not in config.proper_noun_tags


def _placeholder_in(name: str, patterns: _InstitutionPatterns) -> bool:
    """A placeholder stands somewhere in the name: 某某镇人民政府 names no one."""
    return any(patterns.placeholder.search(name, 0, end) for end in range(1, len(name)))


def _last_line_after_a_sentence(body: str) -> list[str]:
    """The text's last line where the line before it ends a sentence: a signature
    under rules that carry no date (…自公布之日起施行。 / 河谷学院学生工作管理委员会)."""
    lines = [line.strip() for line in body.strip().split("\n") if line.strip()]
    return lines[-1:] if len(lines) > 1 and lines[-2][-1:] in _SENTENCE_CLOSE else []


_SENTENCE_CLOSE = "。)"


def _signature_block(body: str, rules: Rules) -> list[str]:
    """The short lines just above the last date standing on a line of its own
    (annex tables may follow it): a signature block, empty if there is none."""
    windows = rules.institutions.windows
    # (a page that sets a full stop after every line sets one after the signature and date too: 河谷街道党工委。;
    # where the lines below do without, a full stop ends the sentence above the block: 名单见附件。)
    written = [line.strip() for line in body.strip().split("\n") if line.strip()]
    lines = [line.removesuffix("。") for line in written]
    date = next((index for index in range(len(lines) - 1, 0, -1) if rules.closing_date_regex.match(lines[index])), 0)
    block: list[str] = []
    for index in range(date - 1, -1, -1):
        if not _is_signature_line(lines[index], windows) or written[index].endswith("。") and not written[index + 1].endswith("。"):
            break
        block.insert(0, lines[index])
    return block


def attachments_signature(trailer: str, rules: Rules) -> str:
    """The signature block and its date closing the list of attachments that follows a plan's text (附件2:…表 /
    河谷学院科研部 / 2021年5月21日): the plan's own signature, which the list set apart from it; empty where none."""
    if not rules.attachments_regex.match(trailer.lstrip()) or not (block := _signature_block(trailer, rules)):
        return ""
    dates = [line.strip() for line in trailer.split("\n") if rules.closing_date_regex.match(line.strip())]
    return "\n".join([*block, dates[-1]])


def _signature(body: str, rules: Rules) -> str | None:
    """The signature: the last line of the signature block, else a short last
    line before an optional date."""
    windows = rules.institutions.windows
    if block := _signature_block(body, rules):
        return block[-1]
    lines = [line.strip() for line in body.strip().split("\n")[-windows["signature_lines"] :] if line.strip()]
    for line in reversed(lines):
        if signed := rules.closing_signed_date_regex.match(line):  # a signer and its date on one line: the signer
            line = signed.group("signer").strip()
        if _is_signature_line(line, windows) and not re.search(r"\d+月\d+日|年\d+月", line):
            return line
    return None


def _is_signature_line(line: str, windows: dict[str, int]) -> bool:
    return len(line) <= windows["signature_max_chars"] and not re.search(r"[。;,:]", line)
