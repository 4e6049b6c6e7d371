import pytest

from pipeline.extract import _institution_patterns, body_mentions, compound_kind, declared_issuer, find_institution, full_name, find_owner, find_when, page_sources, plan_year, title_issuer
from pipeline.normalize import normalize


@pytest.mark.parametrize(
    ("text", "when", "start", "end", "frequency"),
    [
        ("召开动员大会(2月28日—3月7日)。", "2月28日—3月7日", "2014-02-28", "2014-03-07", None),
        ("8月底前实现全部清零。", "8月底前", None, "2014-08", None),
        ("于7月底日前完成。", "7月底日前", None, "2014-07", None),
        ("动员部署(6月上旬)。", "6月上旬", "2014-06", "2014-06", None),
        ("2021年集中攻坚。", "2021年", "2021-01", "2021-12", None),
        ("2022年底前,分级建成数据库。", "2022年底前", None, "2022-12", None),
        ("每季度组织职工开展法律安全教育。", "每季度", None, None, "quarterly"),
        ("每月对各科室进行安全检查。", "每月", None, None, "monthly"),
        ("从2020年4月至2022年12月,分四个阶段进行。", "从2020年4月至2022年12月", "2020-04", "2022-12", None),
        ("开展谈心活动(4月中旬)。", "4月中旬", "2014-04", "2014-04", None),
        ("集中抓好整改(6月上旬至9月)。", "6月上旬至9月", "2014-06", "2014-09", None),
        ("各科室每周星期一前要将隐患呈报。", "每周星期一前", None, None, "weekly"),
        ("3月份局党员领导干部深入基层。", "3月份", "2014-03", "2014-03", None),
        ("(二)2-3月:建立数据库。", "2-3月", "2014-02", "2014-03", None),
        ("在xx年年初的安全生产工作中。", "xx年年初", None, None, None),
        ("2022年年底前,城乡重大消防安全风险明显减少。", "2022年年底前", None, "2022-12", None),
        ("到2022年,形成长效机制。", "到2022年", None, "2022-12", None),
        ("集中攻坚阶段(2021年全年)。", "2021年全年", "2021-01", "2021-12", None),
        ("排查整治(2020年6月中下旬至12月)。", "2020年6月中下旬至12月", "2020-06", "2020-12", None),
        ("动员部署(即日起至2020年7月底)。", "即日起至2020年7月底", None, "2020-07", None),
        ("每年9至10月开展一次专项检查。", "每年9至10月", None, None, "yearly"),
        ("窗口办公时间为8:30-17:30,节假日照常。", "8:30-17:30", None, None, None),
        ("请于17:00前报送当日数据。", "17:00前", None, None, None),
        ("活动方案提前3周报送团委。", "提前3周", None, None, None),
        ("新任委员上任后半年内完成培训。", "半年内", None, None, None),
        ("本计划经费编列于113年度预算。", "113年度", None, None, None),
        ("消防疏散演练3—5年举行一次。", "3—5年举行一次", None, None, None),
        ("计量器具检定一年一次,由设备科负责。", "一年一次", None, None, None),
        ("每年6月20日前报送上一年度报告。", "每年6月20日前", None, None, "yearly"),  # the day of a yearly deadline
        ("巩固提升(20**年全年)。", "20**年全年", None, None, None),
        ("每年5月至9月,各学校每周开展一次防溺水教育。", "每年5月至9月", None, None, "yearly"),
        ("各县区局每月5日前报送上月工作进展。", "每月5日前", None, None, "monthly"),
        ("各车间每月一次开展消防检查。", "每月一次", None, None, "monthly"),
        ("值班员每个工作日上午查看工单。", "每个工作日上午", None, None, "daily"),
        ("每学期开学时组织全校疏散演练。", "每学期开学时", None, None, "per-term"),
        ("半年度通报一次各单位整改情况。", "半年度", None, None, "half-yearly"),
        ("3月1日-31日开展集中检查。", "3月1日-31日", "2014-03-01", "2014-03-31", None),
        ("2023.3.1—2023.3.31开展集中检查。", "2023.3.1—2023.3.31", "2023-03-01", "2023-03-31", None),
        ("2023年第一季度完成排查。", "2023年第一季度", "2023-01", "2023-03", None),
        ("第二季度末前完成整改。", "第二季度末前", None, "2014-06", None),
        ("每年年底前报送总结。", "每年年底前", None, None, "yearly"),
        ("九月：开学典礼。", "九月", "2014-09", "2014-09", None),
        ("从印发之日至2023年6月30日,分三个阶段。", "从印发之日至2023年6月30日", None, "2023-06-30", None),
        ("4月和9月开展消防演练。", "4月和9月", "2014-04", "2014-09", None),
        ("从2023年3月开始,至2023年11月结束。", "从2023年3月开始,至2023年11月", "2023-03", "2023-11", None),
        ("从2014年1月起至2014年底,分三个阶段。", "从2014年1月起至2014年底", "2014-01", "2014-12", None),
        ("从20xx年1月起至20xx年底,分三个阶段。", "从20xx年1月起至20xx年底", None, None, None),
        ("三月十五日召开动员会议。", "三月十五日", "2014-03-15", "2014-03-15", None),
        ("河谷邮局在10.9日开展集邮展览。", "10.9日", "2014-10-09", "2014-10-09", None),  # a theme day's dotted date
        ("青禾社区今年9月完成屋顶改造。", "今年9月", "2014-09", "2014-09", None),
        ("5月8日中午12:00前提交报名表。", "5月8日中午12:00", "2014-05-08", "2014-05-08", None),  # not 5月8日中
        ("十二月底前完成总结。", "十二月底前", None, "2014-12", None),
        ("年底前完成辖区视频监控全覆盖。", "年底前", None, None, None),
        ("根据《人居环境整治五年行动方案（2021—2025年）》，2023年底前完成改厕。", "2023年底前", None, "2023-12", None),
        ("依据《中华人民共和国安全生产法》（2002年11月1日施行），每季度开展检查。", "每季度", None, None, "quarterly"),
        ("社会单位应当在60天前报告。", "60天前", None, None, None),
        ("租赁合同期满前3个月提出申请。", "前3个月", None, None, None),
        ("公示5个工作日后无异议的,予以登记。", "5个工作日后", None, None, None),
        ("评估每三年开展一次。", "每三年", None, None, None),
        ("受评单位每四至七年接受评鉴一次。", "每四至七年", None, None, None),
        ("报名:10/8(二)于网站公告报名办法。", "10/8(二)", "2014-10-08", "2014-10-08", None),
        ("抽检比例不低于1/3。", None, None, None, None),
        ("演练日期:113.10.7(一)上午举行。", "113.10.7(一)", "2024-10-07", "2024-10-07", None),  # a Taiwan date, dotted
        ("截止:112/3/15(三)前送交申请表。", "112/3/15(三)前", None, "2023-03-15", None),  # …a deadline
        ("版本1.2.3发布后更新。", None, None, None, None),
        ("值日生须于上午七时二十分前到岗。", "上午七时二十分前", None, None, None),  # a time of day
        ("健身房周末下午2:30—5:30开放。", "下午2:30—5:30", None, None, None),
        ("巡查人员每隔两小时记录一次水位。", "每隔两小时", None, None, None),
        ("本要点自一〇三学年度下学期起试行。", "一〇三学年度下学期", None, None, None),  # a Taiwan school year in Chinese numerals
        ("任教满三十学年者颁发纪念品。", None, None, None, None),
        ("参赛者应于检录时间前15分钟报到。", "前15分钟", None, None, None),
        ("接到报修后2小时之内派员处理。", "2小时之内", None, None, None),
        ("河谷热线应当在十秒内接通来电。", "十秒内", None, None, None),  # a deadline in seconds
        ("志愿服务时数每一学年统计一次。", "每一学年", None, None, "yearly"),
        ("训练自本学期第2周起至第16周止。", "本学期第2周起至第16周止", None, None, None),
        ("集中展销3月2日--3月9日,逐日统计。", "3月2日--3月9日", "2014-03-02", "2014-03-09", None),  # a range with a double dash
        ("活动时间:20xx年xx月xx日—20xx年xx月xx日,共三天。", "20xx年xx月xx日—20xx年xx月xx日", None, None, None),  # placeholder dates
    ],
)
def test_time_expressions_verbatim_with_normalised_form(rules, text, when, start, end, frequency):
    found = find_when(text, rules, year=2014)
    if when is None:
        assert found is None
        return
    assert found.text == when
    assert (found.start_date, found.end_date, found.frequency) == (start, end, frequency)


@pytest.mark.parametrize("text", ["用三个月时间完成整治。", "回顾上一季度安全生产工作。", "定期开展检查。", "坚持日常巡查，及时整改。", "用8个月时间完成整治。", "做好汛期和节假日期间安全工作。", "会议于15:30召开。", "近半年内未发生事故。", "依第92年度修正条文办理。"])
def test_vague_words_durations_and_events_are_not_times(rules, text):
    assert find_when(text, rules) is None


def test_a_day_of_the_week_is_a_time(rules):
    assert find_when("河谷门诊周一~周五上午开放。", rules).text == "周一~周五上午"  # with the part of the day, as the gold writes it
    assert find_when("值班安排在星期三。", rules).text == "星期三"


def test_a_weekly_day_a_dotted_day_and_this_years_month_are_times(rules):
    assert find_when("河谷图书馆每周三闭馆整理书架。", rules).text == "每周三"
    assert find_when("河谷小组每周一次集中学习。", rules).text == "每周一次"  # once a week, no Monday
    assert find_when("河谷邮局在10.9日开展集邮展览。", rules).text == "10.9日"
    assert find_when("青禾社区今年9月完成屋顶改造。", rules).text == "今年9月"


def test_a_clock_time_with_its_minutes_is_a_time(rules):
    # an evening's running order gives its times with no part of the day
    assert find_when("河谷社区宣布晚会开始7点30分", rules).text == "7点30分"
    assert find_when("猜灯谜7点45分-8点15分", rules).text == "7点45分-8点15分"
    assert find_when("落实河谷镇3点要求", rules) is None  # three points


def test_a_grades_term_is_a_time(rules):
    assert find_when("学生于高二下学期完成河谷课题研究。", rules).text == "高二下学期"
    assert find_when("大一第二学期以后方可选修本课程。", rules).text == "大一第二学期以后"


def test_a_document_number_by_its_year_is_no_time(rules):
    # 会议纪要(2019年7号): the minutes' number; the item's time comes after it.
    assert find_when("依据河谷市工作会议纪要(2019年7号)精神，自2016年起实施。", rules).text == "2016年起"
    assert find_when("按河谷县公告2020年第3期要求办理。", rules) is None


def test_the_plan_year_comes_from_its_opening():
    assert plan_year("为做好2021年安全生产工作，特制定本方案。到2022年底…") == 2021
    assert plan_year("为做好安全生产工作。") is None


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("责任单位:区广电局、区电力公司。", "区广电局、区电力公司"),
        ("具体工作由段翊群负责。", "段翊群"),
        ("社会事务办牵头,组织各社区开展宣传。", "社会事务办"),
        ("组长:林华(院长)", "林华(院长)"),
        ("治理污水。县农业农村局负责统筹协调,县生态环境局配合。", "县农业农村局"),
        ("各乡镇负责辖区内人员转移。", "各乡镇"),
    ],
)
def test_owners_where_stated(rules, text, owner):
    span = find_owner(text, rules)
    assert text[span[0] : span[1]] == owner


@pytest.mark.parametrize(
    "text", ["主要负责同志要亲自抓。", "加强对负责人的培训。", "要切实负起责任。", "坚持河长负责制。"]
)
def test_no_owner_where_no_body_takes_charge(rules, text):
    assert find_owner(text, rules) is None


def test_no_owner_when_none_is_stated(rules):
    assert find_owner("加强安全隐患排查。", rules) is None


def _institution(title: str, text: str, rules):
    """find_institution on text as the pipeline hands it over (simplified, punctuation folded)."""
    normalized = normalize(text, rules)
    return find_institution(title, normalized.proc, rules, script=normalized.script)


def test_institution_from_the_leading_group(rules):
    body = "为切实加强我院安全生产工作，经院委会研究决定，成立中连卫生院安全生产领导小组，由院长负责。"
    found = _institution("卫生院安全生产工作实施方案一", body, rules)
    assert (found.name, found.named) == ("中连卫生院", True)


@pytest.mark.parametrize("name", ["国立中央大学", "国立文化大学", "青山县立文化中心", "青山县立一中学"])
def test_a_name_prefix_opens_a_name_of_common_words(rules, name):
    # 中央, 文化, 一: common words, but after 国立 or 县立 they name the body (its place before 县立 with it),
    # however few characters stand between the prefix and the body word
    body = f"{name}读者服务须知\n一、本中心为服务读者,特订定本须知。\n二、本中心开放时间为每日上午。"
    assert _institution("", body, rules).name == name


def test_a_place_s_schools_of_a_level_are_no_body(rules):
    body = "青山市立高级中等学校经营计划\n一、本市各校应提升教学品质。\n二、各校应每年检讨。"
    assert _institution("", body, rules).name != "青山市立高级中等学校"


def test_a_group_named_in_the_title_is_its_issuer(rules):
    found = _institution("青川集团现场管理推进方案", "一、推进目标\n二、工作步骤", rules)
    assert (found.name, found.named) == ("青川集团", True)


@pytest.mark.parametrize("title", ["河谷大学学生转系、所、组、学程办法", "河谷大学学生修读辅系、辅学程办法"])
def test_a_students_department_is_no_department(rules, title):
    # 转系, 修读辅系: what a student does with a department, not a department named 学生转系
    found = _institution(title, "第一条 为规范学生相关事宜,特订定本办法。", rules)
    assert found.name == "河谷大学"


def test_institution_from_a_level_named_body(rules):
    body = "为贯彻落实全省工作要求，结合全省卫生健康工作实际，制定本方案。省卫生健康委成立专项整治领导小组。"
    assert _institution("安全生产专项整治行动工作方案", body, rules).name == "省卫生健康委"


def test_a_self_reference_without_a_name_gives_the_generic_body(rules):
    body = "为推动我院安全生产工作，根据市卫生局的部署，我院特制定本计划。"
    found = _institution("卫生院安全生产工作实施方案", body, rules)
    assert (found.name, found.named) == ("卫生院", False)


def test_a_bare_reference_word_read_as_the_body_is_reported_as_the_body_it_stands_for(rules):
    # a title opening with the kind word 街道 and a text naming no street: the street office, not the bare word
    body = "一、街道组织志愿者清理河道。\n二、每周通报进度。\n三、各社区落实包干责任。\n"
    found = find_institution("街道2025年河道清洁工作计划", body, rules)
    assert (found.name, found.named) == ("街道办事处", False)


def test_a_plan_speaking_as_its_kind_is_the_body_of_that_kind_it_names(rules):
    # 结合社区实际 speaks as a community, and the text names one community once: that one, not the generic kind.
    body = (
        "为做好辖区垃圾分类,特制定本计划。\n一、以青禾社区居民分类知晓率达到九成为目标。\n"
        "二、对照考评细则,结合社区实际,逐月推进分类工作。\n"
    )
    found = _institution("社区垃圾分类工作计划", body, rules)
    assert (found.name, found.named) == ("青禾社区", True)


def test_a_plan_speaking_for_its_district_is_the_district_government_its_title_names(rules):
    # 全区/我区 with no body named: the government of the place the title opens with (its section line aside).
    body = "一、总则\n(一)编制目的\n做好全区燃气事故应对工作。\n(二)适用范围\n本预案适用于我区燃气事故。\n(三)我区设立现场指挥部。\n"
    assert _institution("政策文件\n\n河谷市青山区城镇燃气事故应急预案", body, rules).name == "河谷市青山区政府"
    # …but a level word opening a common word is no place's: 镇级乡村治理 names no 镇级乡.
    body = "结合我乡实际,特制定本方案。\n一、指导思想\n二、我乡成立领导小组。\n三、我乡每月检查一次。\n"
    assert _institution("镇级乡村治理实施方案", body, rules).name == "乡政府"


def test_a_short_name_the_text_writes_after_the_full_one_is_that_body(rules):
    # 河谷青禾城建投资集团有限公司 once, then 城建公司 throughout: one company, by its full name.
    body = (
        "河谷青禾城建投资集团有限公司2021年冬季施工安全方案\n第一条 为保障城建公司各标段冬季施工安全,制定本方案。\n"
        "第二条 城建公司设安全生产委员会。\n第三条 城建公司各项目部落实值班。\n"
    )
    assert _institution("", body, rules).name == "河谷青禾城建投资集团有限公司"


def test_an_untitled_texts_opening_clause_names_the_kind_it_speaks_as(rules):
    # No title line: the run-on opening (小学…方案为…) says which school 我校 is.
    body = (
        "小学防溺水专项教育方案为保障我校学生暑期安全,特制定本方案。\n一、我校成立工作小组。\n"
        "二、排查学校周边水域。\n三、学校每周发布一次提醒。\n"
    )
    assert _institution("", body, rules).name == "小学"


def test_a_group_company_speaking_as_its_company_is_the_group(rules):
    body = "第一条 为规范公司档案管理,结合公司实际,制定本办法。\n第二条 集团公司各部门设兼职档案员。\n第三条 集团公司办公室统一归档。\n"
    assert _institution("", body, rules).name == "集团公司"


def test_an_office_or_foundation_speaking_of_itself_gives_its_kind_or_its_name(rules):
    body = "第一条 为做好辖区文明创建，特制定本制度。\n第二条 本办事处各科室按分工落实创建任务。\n"
    assert _institution("文明创建管理制度", body, rules).name == "街道办事处"
    body = (
        "第一条 为规范助学金发放，特制定本办法。\n第二条 本基金会每年评审一次助学申请。\n第三条 本基金会公开发放结果。\n"
        "第四条 本办法解释权属于河谷山区和平教育发展基金会。\n"
    )
    assert _institution("助学金管理办法", body, rules).name == "河谷山区和平教育发展基金会"
    # 本馆 is a library's (a museum's where its title says so), 我园 a kindergarten's.
    body = "一、本馆阅览室每日八时开放。\n二、损坏图书者,本馆按价索赔。\n"
    assert (_institution("借阅规则", body, rules).name, _institution("借阅规则", body, rules).named) == ("图书馆", False)
    assert _institution("博物馆参观须知", body.replace("图书", "展品"), rules).name == "博物馆"
    body = "一、我园每日晨检。\n二、我园每月开展一次消防演练。\n"
    assert _institution("安全工作计划", body, rules).name == "幼儿园"


def test_no_institution_at_all(rules):
    assert _institution("", "加强安全管理。", rules).name is None


def test_a_body_that_wrote_a_cited_document_is_not_the_institution(rules):
    body = "根据《国务院安委会关于开展专项整治的通知》要求，结合实际制定本方案。市教育局成立专项整治领导小组。市教育局负责督导。"
    assert _institution("校园安全专项整治方案", body, rules).name == "市教育局"


def test_names_come_as_written_without_the_state_name(rules):
    body = "为加强安全管理，县人民政府成立安全生产领导小组，县人民政府统一部署。"
    assert _institution("安全生产工作方案", body, rules).name == "县人民政府"
    order = "2022年6月6日 中华人民共和国国家安全部令第2号公布\n第一条 为了规范奖励工作，制定本办法。"
    assert _institution("举报奖励办法", order, rules).name == "国家安全部"


def test_a_charter_that_names_its_association_is_that_associations(rules):
    body = "第一条 本章程依河谷大学组织规程订定之。\n第二条 本会名称为「河谷大学学生自治会」(以下简称本会)。\n第三条 河谷大学学生均为会员。\n"
    assert find_institution("组织章程", body, rules).name == "河谷大学学生自治会"


def test_the_body_heading_a_numbered_announcement_issues_it(rules):
    head = "河谷市防疫工作指挥部第33号公告"
    assert find_institution(head, "一、全员核酸检测。\n二、河谷工程大学师生配合检测。\n", rules).name == "河谷市防疫工作指挥部"


def test_a_congress_named_by_its_short_form_is_reported_by_its_full_name(rules):
    text = "2003年5月8日 河谷市第十届人大常委会第四次会议通过\n第一条 为了加强公园管理，制定本办法。"
    assert _institution("河谷市实施居民委员会组织法办法", text, rules).name == "河谷市人民代表大会常务委员会"


def test_a_congress_publishing_a_regulation_under_its_own_number_issues_it(rules):
    text = "2009年4月3日 市九届人民代表大会常务委员会第八次会议通过2009年7月1日 河谷市人民代表大会常务委员会第12号公布\n第一章 总则\n第一条 为了规范公园管理，制定本条例。"
    assert _institution("河谷市院前医疗急救管理条例", text, rules).name == "河谷市人民代表大会常务委员会"


def test_a_congress_that_passed_a_regulation_issues_it(rules):
    text = "2019年11月22日 河谷市第十七届人民代表大会常务委员会第二十次会议通过\n第一条 为了加强管理，制定本办法。"
    assert _institution("河谷市危险废物管理办法", text, rules).name == "河谷市人民代表大会常务委员会"
    joined = "(2012年5月31日河谷市第十五届人民代表大会常务委员会第三十次会议通过)\n第一条 为了加强管理，制定本办法。"
    assert _institution("河谷市森林资源保护管理办法", joined, rules).name == "河谷市人民代表大会常务委员会"  # not 日河谷市…


@pytest.mark.parametrize(
    ("note", "issuer"),
    [
        ("《河谷省山林防火办法》已经2020年3月5日河谷省人民政府第58次常务会议通过，现予公布。", "河谷省人民政府"),
        ("已经2021年9月1日十三届河谷省人民政府第16次常务会议审议通过，现予公布。", "河谷省人民政府"),  # the term before the name
        ("业经2015年3月2日河谷省第十二届人民政府第40次常务会议审议通过，现予公布。", "河谷省人民政府"),  # the term inside it
        ("(2021年3月5日中国共产党第十九届中央委员会第六次全体会议通过)", "中共中央"),  # the Party centre by its short name
        ("2008年7月1日 经河谷省林业局第6次局务会议通过", "河谷省林业局"),
        ("(2024年6月3日河谷省山林委员会全体会议决定　河谷省山林委员会公告第7号公布)", "河谷省山林委员会"),
        ("《河谷山林工作规则》已经2011年3月2日召开的河谷省人民政府第12次常务会议通过。", "河谷省人民政府"),  # not 召开的…
        ("《河谷山林防火办法》已于2026年7月2日由河谷省林业局局务会议通过，现予公布。", "河谷省林业局"),  # not 由…
        ("（2026年8月13日河谷市第十三届人民代表大会常务委员会第5次会议通过）", "河谷市人民代表大会常务委员会"),  # the session in digits
        ("(1999年4月19日河谷部第十一次部常务会议通过,自1999年5月1日起施行)", "河谷部"),  # its kind said again before the meeting
    ],
)
def test_the_body_whose_own_meeting_passed_a_regulation_issues_it(rules, note, issuer):
    body = note + "\n第一条 为了预防山林火灾，根据国务院《森林防火条例》，制定本办法。\n第二条 各市县人民政府负责本行政区域的防火工作。"
    found = _institution("山林防火办法", body, rules)
    assert (found.name, found.why) == (issuer, "declared")


def test_a_plan_a_meeting_passed_and_cited_is_not_the_meetings_own(rules):
    body = "根据河谷省人民政府第58次常务会议通过的《山林防火规划》，结合我局实际，制定本方案。\n一、加强巡查。\n河谷县林业局\n2020年3月5日\n"
    assert _institution("山林防火工作方案", body, rules).name == "河谷县林业局"


def test_an_adoption_note_giving_the_orders_number_before_its_word_issues_the_regulation(rules):
    # (…河谷市人民政府第7号令发布): the number before 令; the city's archives bureau does the work
    text = (
        "(2026年3月2日河谷市人民政府第7号令发布)\n"
        "第一条 为加强青禾档案管理,制定本规定。\n第二条 市档案局负责青禾档案管理。\n"
        "第三条 市档案局应当在5日内办结。\n第四条 市档案局可以委托区档案馆办理。\n"
    )
    found = _institution("河谷市青禾档案管理规定", text, rules)
    assert (found.name, found.why) == ("河谷市人民政府", "declared")


def test_an_order_in_square_brackets_issues_a_regulation_and_a_congress_cited_in_its_basis_does_not(rules):
    text = (
        "(2001年3月5日国务院令[第301号]发布 2001年5月1日实施)\n第一章 总则\n"
        "第一条 为了加强河道采砂管理,根据水法和第十届全国人民代表大会第五次会议通过的物权法,制定本条例。\n"
    )
    assert _institution("河道采砂管理条例", text, rules).name == "国务院"


def test_a_notice_header_names_its_lead_issuer(rules):
    cover = "国家发展改革委 国家能源局关于做好\n电力中长期合同签订工作的通知\n各省、自治区发展改革委：\n"
    assert find_institution("", "一、总体要求\n", rules, cover).name == "国家发展改革委"


def test_a_party_committee_office_and_its_government_office_in_one_header_are_both_named(rules):
    cover = "中共河谷县委办公室 河谷县人民政府办公室关于印发\n《河谷县乡村振兴五年规划》的通知\n各乡(镇)党委、人民政府：\n"
    assert find_institution("", "一、总体要求\n", rules, cover).name == "中共河谷县委办公室、河谷县人民政府办公室"


def test_joint_signers_fill_out_the_short_names_of_a_header(rules):
    # (the head names the party body by its short form; the signature spells both out)
    cover = "省委宣传部 省文化厅关于印发2030年工作要点的通知\n各市宣传部：\n现将《工作要点》印发给你们。\n中共河谷省委宣传部 河谷省文化厅\n2030年3月2日\n"
    assert declared_issuer("", "一、总体要求\n", rules, cover) == "中共河谷省委宣传部、河谷省文化厅"


def test_a_governments_term_is_no_part_of_its_name_with_or_without_its_ordinal_mark(rules):
    cover = "各乡镇人民政府:\n《河谷县防汛应急预案》已经县十五届人民政府第12次常务会议审议通过,现予印发。\n"
    assert declared_issuer("河谷县防汛应急预案", "1.总则\n", rules, cover) == "河谷县人民政府"


def test_a_name_opening_with_a_defined_short_form_is_spelt_out_and_an_undefined_one_names_no_one(rules):
    defined = "一、河谷市政府(以下简称本府)为照顾高龄长者,订定本要点。\n二、本要点之主办机关为本府社会局(以下简称本局)。\n三、补助对象如下:\n"
    assert declared_issuer("高龄长者补助要点", normalize(defined, rules).proc, rules) == "河谷市政府社会局"
    undefined = "一、本要点之主办机关为本府社会局(以下简称本局)。\n二、补助对象如下:\n"
    assert declared_issuer("高龄长者补助要点", normalize(undefined, rules).proc, rules) is None


def test_an_older_notice_header_without_about_declares_its_issuer(rules):
    cover = "河谷市人民政府\u3000印发河谷市关于加强人口管理的若干意见的通知(2005年8月1日)\n河府〔2005〕12号\n"
    # The plan's own title opens with the place alone (河谷市关于…): the notice's issuer is the body.
    assert find_institution("河谷市关于加强人口管理的若干意见", "一、工作思路\n", rules, cover).name == "河谷市人民政府"


@pytest.mark.parametrize(
    ("title", "body", "cover", "issuer"),
    [
        # a notice title broken by a blank line (教育部 … 国家发展改革委关于…\n\n…的若干意见): the lead issuer
        ("教育部 财政部 国家发展改革委关于深入推进\n\n世界一流大学和一流学科建设的若干意见\n", "一、准确把握战略定位\n", "", "教育部"),
        # a header split between the cover and the title, after a page-title line with the doc number glued on
        (
            "综合改革试点的指导意见",
            "城市公立医院综合改革是重要任务。\n一、总体要求\n",
            "国办发〔2015〕38号国务院办公厅关于城市公立医院综合改革试点的指导意见 \t \n\t\t\n\n国务院办公厅关于城市公立医院\n",
            "国务院办公厅",
        ),
        # blank lines a web page sets between a signature and its date
        (
            "关于做好随迁子女中考工作的实施方案",
            "一、工作目的\n",
            "河谷市教育局印发《关于做好随迁\n\n子女中考工作的实施方案》的通知\n\n各区教育局:\n\n现印发给你们。\n\n河谷市教育局\n\n2014年4月21日\n\n(承办部门:基础教育处)\n",
            "河谷市教育局",
        ),
        # a standard's or company rule's cover line: X 发布
        (
            "反洗钱工作考核评价管理办法(试行)",
            "第一章 总则\n第一条 为规范考核,制定本办法。\n",
            "河谷支付科技有限公司\n反洗钱工作考核评价管理办法(试行)\n2021-05-19实施\n河谷支付科技有限公司 发布\n",
            "河谷支付科技有限公司",
        ),
    ],
    ids=["title-broken-by-blank-line", "header-split-cover-title", "signature-blank-line-date", "standard-cover-fabu"],
)
def test_what_a_document_declares_survives_the_way_pages_set_it(rules, title, body, cover, issuer):
    assert find_institution(title, body, rules, cover).name == issuer


def test_a_documents_own_title_above_its_page_stamp_declares_no_body(rules):
    # the title, then the page's stamp (dropped as chrome) and author line, then the body: the rule's name is no issuer
    title = "河谷省校园安全保护区社会治安综合治理十项规定"
    cover = title + "\n\n更新时间:2024-11-07 21:16:13 阅读: 评论:0\n\n2022年8月25日发\n(作者:河谷银行)\n"
    body = "根据《中华人民共和国教育法》等法律法规,制定本规定。\n一、校园周边二百米内不得开设网吧。\n二、校园周边不得设置摊点。\n"
    assert declared_issuer(title, normalize(body, rules).proc, rules, normalize(cover, rules).proc) is None


def test_a_page_fields_label_before_names_set_apart_by_spaces_is_no_issuer(rules):
    # a disclosure page's row of fields, label and value set apart by spaces, run onto the notice's header by the join of broken lines
    page = (
        "文  号 河政办发〔2022〕112号 生成日期 2022-10-26\n发布机构 河谷县交通运输局 责任部门 河谷县交通运输局 效力状态 有效\n\n"
        "河谷县人民政府办公室关于印发《河谷县水上交通安全事故应急预案》的通知\n各乡镇人民政府:\n"
    )
    body = "1.总则\n1.1编制目的\n为做好水上交通安全事故应急处置工作,制定本预案。\n"
    title = "河谷县水上交通安全事故应急预案"
    # (the label no name; the row's first value, the page's publisher, is the metadata's issuer)
    assert find_institution(title, normalize(body, rules).proc, rules, normalize(page, rules).proc).name == "河谷县交通运输局"


def test_a_body_named_by_a_short_form_the_text_defines_gets_its_full_name(rules):
    cover = "市医管中心关于印发深圳市市属公立医院运行管理暂行办法的通知\n"
    body = "第一条 为规范管理,制定本办法。\n第二条 本办法适用于深圳市公立医院管理中心(以下简称市医管中心)所辖公立医院。\n"
    assert find_institution("深圳市市属公立医院运行管理暂行办法", body, rules, cover).name == "深圳市公立医院管理中心"
    # A name that is itself a short form of another (准能集团公司 for 准格尔能源集团有限责任公司) stays as written.
    body = "神华准能集团公司安全生产工作方案\n为加强神华准格尔能源集团有限责任公司(以下简称“集团公司”)安全管理,制定本方案。\n一、目标\n"
    assert find_institution("神华准能集团公司安全生产工作方案", body, rules).name == "神华准能集团公司"
    # A department named by its place and level, with a 和 joining its two fields, is named whole.
    body = "第一条 为规范油品管理,制定本办法。\n第二条 国家实行许可制度。河谷省经济和信息化委员会(以下简称省经信委)依法负责许可。\n第三条 省经信委应当公布名单。\n"
    assert find_institution("河谷省油品管理办法", body, rules).name == "河谷省经济和信息化委员会"  # not 信息化委员会


def test_social_organisations_are_bodies_by_their_own_name_only(rules):
    assert _institution("常德市慈善总会募集资金管理办法", "第一条 为规范募集资金管理,特制定本办法。", rules).name == "常德市慈善总会"
    assert [m.name for m in body_mentions("加强与行业协会的合作,发挥红十字会和商会作用。", 1.0, rules)] == []


def test_a_title_opening_with_a_proper_name_names_the_issuer(rules):
    assert _institution("国立中央大学学生服务学习施行办法", "第一条 为培养学生，订定本办法。", rules).name == "国立中央大学"
    assert _institution("科室医院感染管理工作计划", "一、加强培训。", rules).name != "科室医院"
    # 关于城乡…方案 opens with 关于, not a name: 城乡 is no 乡.
    assert _institution("关于城乡居民基本医保政策一体化实施方案", "一、工作目标\n", rules).name != "关于城乡"
    # an untitled plan titled by its preamble's clause: 为… opens no name
    assert title_issuer("为全面推进河谷社区居委会办公场所规范化建设,现将有关事项通知如下:", rules) is None
    assert title_issuer("[转载]河谷中学安全工作计划", rules) == "河谷中学"  # a site's tag before the title is no part of it
    # a clause's verb after a place (河谷街 推进 社区…) makes the opening a clause, not a name ending in 社区
    assert title_issuer("河谷街推进社区青禾共治工作方案", rules) is None
    assert title_issuer("青山镇加强社区卫生服务工作计划", rules) == "青山镇"  # …the place before the verb still names a body
    assert title_issuer("河谷市各区公所推动邻里互助方案", rules) is None  # every district office of the city: no one body
    assert title_issuer("青禾湾酒店年度员工培训计划", rules) == "青禾湾酒店"  # a hotel is a body, as a 医院 is


def test_a_placed_school_names_the_issuer_though_the_lexicon_reads_its_last_character_into_the_next_word(rules):
    # 小学|校本 is cut 小|学校|本: the place before the school still makes it a name
    assert title_issuer("河谷市青山区实验小学校本课程实施方案", rules) == "河谷市青山区实验小学"
    # …but a body word that opens a longer word (中心|区) ends no name
    assert title_issuer("青山市河谷中心区公共租赁住房管理实施细则", rules) is None


def test_a_title_opening_with_a_bank_a_college_hall_or_a_street_names_it(rules):
    body = "一、为规范管理,制定本办法。\n二、本办法自发布之日起施行。"
    assert _institution("河谷青山农村商业银行员工考勤管理办法", body, rules).name == "河谷青山农村商业银行"
    assert _institution("青禾书院学生宿舍卫生检查细则", body, rules).name == "青禾书院"
    assert _institution("河谷街道老旧小区加装电梯工作方案", body, rules).name == "河谷街道"


def test_a_unit_a_title_names_between_its_body_and_the_plan_words_issues_the_plan(rules):
    # a site's line naming the school short, then the title naming it in full: the full name
    assert title_issuer("青禾国中 - 午餐供应公告 | 阅读 120\n\n河谷市立青禾国中校园午餐工作计划", rules) == "河谷市立青禾国中"
    assert title_issuer("河谷市青禾高级中学2016学年第一学期教务处工作计划", rules) == "河谷市青禾高级中学教务处"
    assert title_issuer("河谷县人民医院护理部2023年工作要点", rules) == "河谷县人民医院护理部"
    assert title_issuer("河谷市青禾高级中学2019学年\n\n总务处工作计划", rules) == "河谷市青禾高级中学总务处"  # a title broken over lines
    assert title_issuer("河谷中学安全工作计划", rules) == "河谷中学"  # a task, no unit
    assert title_issuer("河谷实验中学工会2021年第二学期工作补充计划", rules) == "河谷实验中学工会"  # a whole word: no prefix of its own
    assert title_issuer("河谷中学团委工作计划", rules) == "河谷中学团委"


def test_a_unit_a_title_names_before_the_years_plan_words_issues_it_unnamed(rules):
    body = "一、指导思想\n以提升教学质量为核心。\n二、主要工作\n1.加强教学常规管理。\n2.开展听课评课活动。"
    found = _institution("中学教导处全年工作计划", body, rules)
    assert (found.name, found.named) == ("中学教导处", False)
    assert _institution("大学英语教研室的工作计划", body, rules).name == "大学英语教研室"


def test_a_kind_the_text_sends_people_to_is_not_the_kind_that_speaks(rules):
    body = "1、学生受伤须立即送到医院救治。\n2、体检时统一到医院检查。\n3、学校每周检查出勤情况。\n"
    found = _institution("体育课安全制度", body, rules)
    assert (found.name, found.named, found.why) == ("学校", False, "kind")


def test_a_titled_unit_joins_the_named_body_the_mentions_decide_only_where_it_is_of_a_kind_with_units(rules):
    from pipeline.extract import Institution, unit_of_body

    assert unit_of_body("团委", Institution("河谷市青禾中学", True, "mentions"), rules) == Institution("河谷市青禾中学团委", True, "title")
    assert unit_of_body("团委", Institution("河谷县人民政府", True, "mentions"), rules) == Institution("团委", False, "title")  # no school's
    assert unit_of_body("团委", Institution("学校", False, "self-reference"), rules) == Institution("团委", False, "title")  # no name
    assert unit_of_body("中学团委", Institution("河谷市青禾中学", True, "mentions"), rules) == Institution("中学团委", False, "title")  # a kind of its own


def test_a_unit_a_title_names_alone_belongs_to_the_school_the_text_names(rules):
    body = "河谷市青禾中学团委在校党委领导下开展工作。一、加强团员教育。河谷市青禾中学团委将组织团课。二、开展志愿服务。"
    found = _institution("2021学年团委活动安排", body, rules)
    assert (found.name, found.named) == ("河谷市青禾中学团委", True)
    # …and stays the unit, unnamed, where the text names no school
    found = _institution("团委工作计划", "一、加强团员教育。我校团委将组织团课。二、开展志愿服务。", rules)
    assert (found.name, found.named) == ("团委", False)


def test_a_unit_a_title_names_after_a_withheld_year_or_a_month_issues_it_unnamed(rules):
    body = "一、指导思想\n以提升教学质量为核心。\n二、主要工作\n1.加强教学常规管理。\n2.开展听课评课活动。"
    assert _institution("20xx初中教务处工作计划", body, rules).name == "初中教务处"  # a year's digits withheld, no 年
    assert _institution("2019年9月小学总务处工作计划", body, rules).name == "小学总务处"  # a month after the year
    assert _institution("XX学年团支部工作计划", body, rules).name == "团支部"
    # a subject and the grades it teaches between the school's kind and its teaching group
    assert _institution("小学科学低年级段教研组工作计划", body, rules).name == "小学科学低年级段教研组"


def test_a_places_primary_and_secondary_schools_in_a_title_are_its_audience_not_its_issuer(rules):
    assert title_issuer("2024年河谷县中小学幼儿园德育工作要点", rules) is None
    assert title_issuer("河谷县国民中小学推动阅读四年计画", rules) is None
    assert title_issuer("河谷县青禾中学德育工作要点", rules) == "河谷县青禾中学"  # one school, named


def test_a_phrase_joined_by_de_in_a_title_names_no_body(rules):
    # 学生参与的社区服务: the activity the title names, no community
    assert title_issuer("学生参与的社区服务活动方案", rules) is None
    assert title_issuer("青禾社区居民文体活动方案", rules) == "青禾社区"


def test_a_clinic_is_a_body_by_its_name_and_by_what_it_calls_itself(rules):
    assert title_issuer("河谷瑞丰诊所消毒隔离制度", rules) == "河谷瑞丰诊所"
    found = _institution("处方管理制度", "一、我诊所处方由执业医师开具。二、处方保存两年。三、我诊所每月检查处方。", rules)
    assert (found.name, found.named) == ("诊所", False)


def test_the_words_granting_the_right_to_interpret_are_no_part_of_the_name(rules):
    # (the lexicon tags 解释权 a person's name, so a registered company's name would run back over it)
    assert [m.name for m in body_mentions("本制度解释权归河谷物流股份有限公司人力资源部。", 1.0, rules)] == ["河谷物流股份有限公司"]


def test_a_clan_association_is_a_body_with_its_registered_prefix(rules):
    assert title_issuer("社团法人河谷林氏宗亲会会员大会议事规则", rules) == "社团法人河谷林氏宗亲会"
    assert title_issuer("河谷陈氏宗族会祭祖活动管理要点", rules) == "河谷陈氏宗族会"


def test_the_body_an_article_names_as_the_texts_own_is_declared_not_the_clause_naming_it(rules):
    body = "第一条 为规范补助申请,特制定本办法。\n第二条 本办法之主管机关为河谷县社会局(以下简称本局)。\n第三条 本局每季审核一次。\n"
    assert declared_issuer("河谷县独居老人补助办法", body, rules) == "河谷县社会局"
    government = "一、河谷市政府(以下简称本府)为维护校园安全,特订定本要点。\n二、学校每月演练一次。\n"
    assert declared_issuer("河谷市校园安全要点", government, rules) == "河谷市政府"


def test_a_self_definition_in_a_taiwan_copys_brackets_declares_the_writer(rules):
    # (the body is named where it is helped, a task's object, but the short form it defines is the text's own)
    body = "一、目的\n招募志工协助河谷县政府〔以下简称本府〕推广湿地导览。\n二、本府每年招募一次。\n"
    assert declared_issuer("河谷湿地公园志愿服务计划", body, rules) == "河谷县政府"
    body = "一、河谷县政府【以下简称本府】为推广湿地导览,特订定本计划。\n二、本府每年招募一次。\n"
    assert declared_issuer("河谷湿地公园志愿服务计划", body, rules) == "河谷县政府"


def test_of_two_self_definitions_the_one_the_title_repeats_is_the_writer(rules):
    # A charter defines its association by a label's value, then its school, each with its short form
    body = "(一) 名称\n中文:河谷青禾小学校友联谊会(以下简称「本会」)\n(二) 会址\n河谷青禾小学(以下简称「本校」)\n(三) 宗旨\n"
    assert declared_issuer("校友联谊会章程", body, rules) == "河谷青禾小学校友联谊会"


def test_with_no_body_named_the_generic_body_mentioned_most(rules):
    body = "结合公司实际，制定消防安全专业整备工作方案，公司各科签订责任书。"
    found = _institution("消防安全专项整治三年行动实施方案", body, rules)
    assert (found.name, found.named) == ("公司", False)


def test_a_title_line_that_is_one_name_names_the_body_however_long(rules):
    found = _institution("河谷财经大学资源与环境管理学院\n关于本科生毕业设计的管理规定", "第一条 为提升培养质量，制定本规定。\n", rules)
    assert (found.name, found.named) == ("河谷财经大学资源与环境管理学院", True)  # 与 joins one name's words


def test_a_companys_registered_name_may_run_long(rules):
    from pipeline.extract import body_mentions

    text = "为规范厦门河谷创投投资管理有限公司旗下平台的信息披露工作，制定本办法。"
    assert [m.name for m in body_mentions(text, 1.0, rules)] == ["厦门河谷创投投资管理有限公司"]


def test_a_registered_company_name_takes_in_the_verbs_of_its_trade(rules):
    from pipeline.extract import body_mentions

    text = "河谷区乡村旅游综合开发有限责任公司是由县政府批准成立的国有独资公司。"
    assert "河谷区乡村旅游综合开发有限责任公司" in [m.name for m in body_mentions(text, 1.0, rules)]


def test_a_laws_competent_authority_is_its_body(rules):
    # 行政院's council, named as the authority that carries the act out, over a body its page's category line names.
    body = (
        "法规类别:法律 / 行政>河谷部>林业目\n第 1 条\n为保育河谷林地,特制定本条例。\n"
        "第 2 条\n本条例所称主管机关:在中央为行政院河谷委员会;在直辖市为直辖市政府;在县(市)为县(市)政府。\n"
        "第 3 条\n中央主管机关应订定林地保育计划,送行政院备查。\n"
    )
    assert find_institution("河谷再生条例", body, rules, script="traditional").name == "行政院河谷委员会"


def test_a_corps_named_by_its_rank_is_a_body(rules):
    body = "为做好森林火灾扑救工作，河谷消防救援支队设立扑火指挥部，下设扑火行动组。\n（一）扑火行动组：由支队长任组长。\n（二）物资组：负责物资调配。\n"
    assert (found := find_institution("森林火灾扑救应急预案", body, rules)).name == "河谷消防救援支队" and found.named


def test_a_title_names_no_body_by_a_body_word_read_inside_a_word(rules):
    title = "河谷区乡村旅游综合开发有限责任公司招聘公告"
    assert title_issuer(title, rules) is None  # not 河谷区乡: the name is too long to read from the title
    body = "河谷区乡村旅游综合开发有限责任公司是由县政府批准成立的国有独资公司。现面向社会公开招聘工作人员。\n一、招聘岗位\n二、报名条件\n"
    assert find_institution(title, body, rules).name == "河谷区乡村旅游综合开发有限责任公司"


def test_a_company_named_only_as_a_source_deferred_to_is_not_the_one_that_says_we(rules):
    body = "第一条 根据《河谷建设集团有限公司职工教育管理办法》，结合本公司实际，特制定本办法。\n第二条 公司设立培训经费。\n第三条 公司人力部负责经费管理。"
    found = _institution("职工培训经费管理办法", body, rules)
    assert (found.name, found.named) == ("公司", False)
    own = "第一条 结合本公司实际，特制定《河谷建设有限公司职工培训经费办法》。\n第二条 公司人力部负责经费管理。\n第三条 公司各部门配合。"
    assert _institution("职工培训经费办法", own, rules).name == "河谷建设有限公司"  # its own document's name: named


@pytest.mark.parametrize("school", ["闵行区柳湾第二小学", "嘉定区马陆第一小学"])
def test_a_schools_name_keeps_the_district_before_it_whole(rules, school):
    # The name window holds six characters before 小学: 行区柳湾第二 must not cut the district.
    body = f"作者:{school}  发表时间:2008-04-07\n1、加强教学管理。\n2、积极争取镇政府的支持。\n"
    assert find_institution("2006学年第一学期工作计划", body, rules).name == school


def test_an_untitled_text_that_says_woyuan_is_the_kind_of_body_it_names_most(rules):
    body = "1、我院实行24小时值班。\n2、住院期间请遵守医院规定,不得擅自离开医院。\n3、我院禁止吸烟。\n"
    found = find_institution("", body, rules)
    assert (found.name, found.named) == ("医院", False)  # not the usual 卫生院


def test_a_sites_greeting_above_the_title_is_no_issuer_line(rules):
    head = "欢迎来到河谷林业大学研究生招生系统\n关于信息学院招生指标分配办法的通知"
    assert find_institution(head, "一、各导师按指标招生。\n二、我院统一公示。\n", rules).name != "欢迎来到河谷林业大学"


def test_a_library_or_archive_is_a_body_of_its_own(rules):
    found = _institution("河谷师范大学图书馆读者管理与服务规定", "第一条 为规范读者服务，制定本规定。\n", rules)
    assert (found.name, found.named) == ("河谷师范大学图书馆", True)  # the library's rules, not the university's
    palace = _institution("暑期舞蹈展演安全预案", "组长:周甲(河谷市青少年宫主任)。\n1、提前检查场地。\n", rules)
    assert (palace.name, palace.named) == ("河谷市青少年宫", True)


def test_with_no_body_named_the_generic_kind_is_the_longest_the_text_says(rules):
    body = "第一条 本业主委员会负责召集业主大会。\n第二条 业主委员会委员应当按时参加会议。"
    found = _institution("（小区名称）业主委员会议事规则", body, rules)
    assert (found.name, found.named) == ("业主委员会", False)  # an owners' committee, not any 委员会


def test_a_direction_the_lexicon_cuts_off_before_a_place_is_part_of_its_name(rules):
    assert [m.name for m in body_mentions("南石桥乡卫生院开展体检。", 1.0, rules)] == ["南石桥乡卫生院"]


def test_a_one_character_place_is_not_the_end_of_the_word_before_it(rules):
    # 杞县 is a county the lexicon knows; in 提高县公安局… the 高 closes 提高 (to raise), though 高县 is a county too.
    assert [m.name for m in body_mentions("发布单位:杞县人民政府", 1.0, rules)] == ["杞县人民政府"]
    assert [m.name for m in body_mentions("4.全面提高县公安局的应急处置能力。", 1.0, rules)] == ["县公安局"]


def test_a_placeholder_name_is_not_named(rules):
    body = "为做好安全生产工作，特制定本方案。\n一、工作目标\n某某镇人民政府\n2023年5月20日"
    found = _institution("安全生产工作方案", body, rules)
    assert (found.name, found.named) == ("镇人民政府", False)


def test_a_body_forwarding_or_approving_anothers_document_is_its_issuer(rules):
    body = "一、总体要求\n二、工作任务\n"
    for verb in ("转发", "批转"):
        cover = f"河谷市人民政府{verb}市国土局市财政局关于企业改制土地管理意见的通知\n各区人民政府:\n现{verb}给你们。\n"
        assert declared_issuer("关于企业改制土地管理的意见", body, rules, cover=cover) == "河谷市人民政府"


def test_a_stop_word_that_opens_a_longer_word_is_no_edge_of_a_name(rules):
    # 全 is a stop word before names (全市…), but 全日制 is one word: 日制学校 is no school
    assert [m.name for m in body_mentions("申请人须提供全日制学校的学历证明。", 1.0, rules)] == []
    assert [m.name for m in body_mentions("为加强河谷中学管理,制定本办法。", 1.0, rules)] == ["河谷中学"]


def test_a_plan_that_names_itself_in_the_document_it_makes(rules):
    body = "按照市安委会的总体要求，结合我镇实际情况，特制定《营城镇安全生产大检查实施方案》。各企业要将检查情况报镇安委会办公室。"
    found = _institution("安全生产实施方案", body, rules)
    assert (found.name, found.named) == ("营城镇", True)


def test_the_body_that_says_what_it_will_do_is_the_issuer(rules):
    body = "根据上级教育主管部门的统一部署，制定本实施方案。\n各校要对照市安委会统一部署与要求落实。市教育局将三年专项整治纳入教育督导考核。"
    assert _institution("实施方案", body, rules).name == "市教育局"


@pytest.mark.parametrize(
    "title, body, issuer",
    [
        # bodies given tasks (牵头, 负责, 配合) are not the issuer
        (
            "专项整治工作方案",
            "为做好专项整治，县卫生局制定本方案。\n1.整治医疗机构周边秩序。(县公安局牵头，县市场监管局配合)\n"
            "2.整治无证行医。(县市场监管局负责)\n3.整治药品市场。(县市场监管局牵头，县公安局配合)",
            "县卫生局",
        ),
        # 团工委 names a body and 决定以…为契机 cues it; the place an activity is held at (活动地点:…中心小学) does not speak
        (
            "护河志愿活动方案",
            "河谷镇团工委决定以世界水日为契机,组织青年志愿者开展护河行动。\n一、清理河岸\n地点:河谷镇中心小学南侧河堤\n"
            "二、宣传讲解\n地点:河谷镇文化广场\n",
            "河谷镇团工委",
        ),
        # a government word with no place before it (a collection's heading 人民政府关于…汇编) declares no body;
        # the one the notice's own preamble says decided it does
        (
            "关于禁止在河道采砂的通告",
            "人民政府关于河道管理的通告汇编(6篇)\n关于禁止在河道采砂的通告\n"
            "为保护河床稳定,县人民政府决定自即日起禁止在县内河道采砂。\n一、禁止任何单位和个人在河道内采砂。\n",
            "县人民政府",
        ),
    ],
)
def test_the_body_that_speaks_is_the_issuer_not_those_given_tasks_a_venue_or_a_bare_government_word(rules, title, body, issuer):
    assert _institution(title, body, rules).name == issuer


def test_with_only_superior_bodies_named_the_scope_gives_the_level(rules):
    body = "决定在全县范围内开展米面制品专项整治行动。以贯彻落实《国务院办公厅关于加强食品添加剂监管的通知》为契机，强化整治。"
    found = _institution("专项整治行动实施方案", body, rules)
    assert (found.name, found.named) == ("县政府", False)


def test_a_safe_area_is_no_scope_but_ensuring_the_whole_town_is(rules):
    # 安全区 closes 安全 (a safe area to evacuate to), so it says no 全区; 确保全镇 is the town's scope
    drill = "一、火情发生后,组织人员疏散到安全区。\n二、义务消防队员携带灭火器到场。\n"
    assert _institution("消防应急管理程序", drill, rules).name != "区政府"
    patrol = "一、确保全镇无重大森林火灾。\n二、护林员每日巡山。\n"
    assert _institution("森林防火工作方案", patrol, rules).name == "镇政府"
    village = "一、全村开展安全隐患排查。\n二、组织全村群众学习安全知识。\n"
    assert _institution("安全生产工作计划", village, rules).name == "村民委员会"


def test_the_scopes_government_takes_the_county_the_text_names_though_the_lexicon_knows_it_only_whole(rules):
    # the lexicon lists 馆陶县 but not 馆陶: the word it knows whole still names the county
    body = "为做好全县秸秆禁烧工作,结合馆陶县实际,制定本计划。\n一、全县各乡镇落实网格责任。\n二、馆陶县各部门加强巡查。\n"
    assert _institution("秸秆禁烧工作计划", body, rules).name == "馆陶县政府"
    # …but not a rare word the lexicon happens to tag a place (各县市: every county and city)
    assert _institution("秸秆禁烧工作计划", "全市开展巡查。各县市住房部门配合。各县市加强督导。", rules).name == "市政府"


def test_a_verb_before_a_kind_of_body_is_not_its_name(rules):
    # The lexicon (jieba's dictionary) tags 建立健全 and 杜绝 as personal names.
    body = (
        "根据市委、市政府要求，制定本方案。\n1.建立健全中小学校安全管理制度。\n2.杜绝性侵幼儿园儿童事件。"
    )
    assert _institution("实施方案", body, rules).name not in {"建立健全中小学校", "中小学校", "杜绝性侵幼儿园"}


def test_a_plan_for_one_sector_of_a_city_is_its_department(rules):
    body = "为做好全市教育系统防汛工作，按照上级部署，制定本方案。"
    found = _institution("校园安全专项整治三年行动实施方案", body, rules)
    assert (found.name, found.named) == ("市教育局", False)


def test_a_plan_for_one_sector_of_a_named_city_is_that_citys_department(rules):
    body = "为及时处置突发中毒事件，制定本预案。\n一、适用范围\n本预案适用于各医疗卫生机构。\n"
    assert _institution("洛阳市卫生系统突发中毒事件应急预案", body, rules).name == "洛阳市卫生局"
    # …but a level word that closes no place names none (试点市卫生系统 is every pilot city's).
    assert _institution("试点市卫生系统突发中毒事件应急预案", body, rules).name != "试点市卫生局"


def test_a_sector_outranks_the_scope_when_only_superiors_are_named(rules):
    body = "按照市政府和市安委会的部署要求，现就全市校园食品安全整治制定如下方案。"
    assert _institution("实施方案", body, rules).name == "市教育局"


def test_a_school_titling_its_kind_and_calling_itself_ours_is_no_sector_department(rules):
    # The school's own plan speaks of the city's schools and cites the city bureau; 我校 and the title make it the school's.
    body = (
        "一、工作思路\n围绕读书节活动,让我校师生人人参与。\n"
        "依照市教育局通知,全市中小学同步开展阅读月。\n二、活动安排\n"
    )
    found = _institution("小学2023年秋季读书节活动方案", body, rules)
    assert (found.name, found.named) == ("小学", False)


def test_a_town_speaking_for_itself_is_not_its_tasked_committee(rules):
    body = (
        "按照区安委会安排部署，结合我镇实际，制定全镇安全生产专项整治三年行动实施方案。\n"
        "1.整治道路交通。(派出所牵头，镇安委会各成员单位配合)\n"
        "2.整治消防隐患。(消防站牵头，镇安委会各成员单位按职责做好排查)\n"
        "3.整治燃气安全。(城建办牵头，镇安委会各成员单位督促整改)"
    )
    found = _institution("全镇安全生产专项整治三年行动实施方案", body, rules)
    assert (found.name, found.named) == ("镇政府", False)  # 我镇: the town's government, not named


def test_bodies_addressed_as_each_of_a_kind_are_not_the_issuer(rules):
    body = (
        "为做好校园安全，市教育局制定本方案。\n1.请各县、区教育局于11月底前完成排查。\n"
        "2.请各县、区教育局于12月底前完成整改。\n3.请各县、区教育局于年底前完成总结。"
    )
    assert _institution("校园安全整治方案", body, rules).name == "市教育局"


def test_a_body_the_plan_sets_up_is_not_its_issuer(rules):
    body = (
        "根据区委、区政府工作安排，现向区委、区政府报告我镇2026年度工作计划。\n一、深化基层党建\n(一)建强骨干队伍\n"
        "建立流动党员“线上党支部”，推行“双向报到、双岗服务”。\n(二)做强产业\n推进产业园建设。"
    )
    assert _institution("", body, rules).name == "镇政府"  # 我镇; the branch is one the plan sets up


def test_a_scope_clause_naming_the_body_the_text_calls_itself_declares_it(rules):
    text = "第一章 总则\n第一条 为了规范学生转专业工作,制定本办法。\n第二条 本办法适用于河谷中医药大学(以下称学校)录取的全日制本科学生。\n"
    assert _institution("河谷中医药大学学生转专业实施办法", text, rules).name == "河谷中医药大学"


def test_a_universitys_institute_written_after_its_name_is_one_name(rules):
    names = [m.name for m in body_mentions("四川农业大学动物营养研究所研究生学业奖学金评审实施细则", 1.0, rules)]
    assert names == ["四川农业大学动物营养研究所"]


def test_a_student_body_written_after_a_universitys_name_is_one_name_but_a_students_matter_is_not(rules):
    assert _institution("河谷大学学生会章程", "第一条 为保障同学权益,制定本章程。\n第二条 会员大会每学期召开一次。", rules).name == "河谷大学学生会"
    assert _institution("河谷大学学生处分条例", "第一条 为了维护教学秩序,制定本条例。\n第二条 本条例适用于本校学生。", rules).name == "河谷大学"


def test_an_academic_department_or_office_written_after_a_universitys_name_is_one_name(rules):
    assert title_issuer("河谷科技大学信息工程系学生毕业资格审查要点", rules) == "河谷科技大学信息工程系"
    assert title_issuer("河谷大学体育室教师聘任办法", rules) == "河谷大学"  # 室 left out: its 实验室 and 寝室 are the university's
    # …not a word the unit's character opens or closes (处理, 体系), nor an academy's section
    assert title_issuer("河谷大学遗失物品处理办法", rules) == "河谷大学"
    assert title_issuer("河谷大学课程体系建设方案", rules) == "河谷大学"
    # …nor a 系统 (a system) another university's name runs into: the title's own university
    assert title_issuer("河谷大学参与山水联合大学系统学生交换实施要点", rules) == "河谷大学"


def test_an_unnamed_company_is_named_by_the_trade_the_text_writes_before_it_most(rules):
    body = "一、本制度适用于我公司全体员工。\n二、燃气公司各部门每月检查管网。\n三、燃气公司安全员负责记录。\n"
    assert _institution("安全检查制度", body, rules).name == "燃气公司"
    # …not a clause whose verb governs the company (为规范公司…), nor a trade written once
    verbs = "第一条 为规范公司管理,和指导公司各部门工作,制定本办法。\n第二条 本公司员工遵守本办法。为规范公司财务,制定细则。\n"
    assert _institution("财务管理办法", verbs, rules).name == "公司"
    assert _institution("员工守则", "一、本公司员工遵守制度。\n二、联系燃气公司维修管网。\n", rules).name == "公司"


def test_a_kindergarten_written_as_youzhiyuan_is_a_body_but_a_kinds_public_and_private_ones_are_a_class(rules):
    assert title_issuer("青禾幼稚园消防疏散演练预案", rules) == "青禾幼稚园"
    assert title_issuer("河谷县公私立幼稚园收费标准", rules) is None


def test_a_kind_of_body_after_a_word_of_quality_or_ambition_is_a_goal_not_a_name(rules):
    names = [m.name for m in body_mentions("围绕建设高水平师范大学目标,推进一流学院建设。", 1.0, rules)]
    assert not any(name.startswith(("高水平", "一流")) for name in names)


def test_a_universitys_name_before_a_word_opening_with_its_schools_last_character_is_the_universitys(rules):
    body = "第一條 國立青山大學校際選課依本辦法辦理。\n第二條 本校學生得申請。\n"
    assert _institution("國立青山大學校際選課實施辦法", body, rules).name == "国立青山大学"  # not 国立青山大学校: 校际 is a word


def test_a_department_written_after_a_hospitals_name_is_one_name_but_its_rooms_are_not(rules):
    assert title_issuer("河谷医院呼吸内科医疗质量管理制度", rules) == "河谷医院呼吸内科"
    assert title_issuer("河谷医院护理部年度培训计划", rules) == "河谷医院护理部"
    assert title_issuer("河谷医院科室管理制度", rules) == "河谷医院"


def test_a_body_word_the_lexicon_cuts_apart_is_read_whole(rules):
    # 公所 is cut 公|所 (所 a conjunction): the district office's name holds
    assert [m.name for m in body_mentions("由台北市南港区公所办理参访。", 1.0, rules)] == ["台北市南港区公所"]


def test_a_body_of_the_plans_kind_only_deferred_to_is_not_its_issuer(rules):
    body = (
        "2020年春季学期学校工作计划根据县教育局、河谷中心学校的要求,在新的学期里,学校主要抓好以下工作:\n一、抓好安全工作,维护学校稳定。\n"
        "二、抓好教学工作,并根据县教育局、河谷中心学校的安排做好各项工作。\n三、抓好德育工作。"
    )
    found = _institution("", body, rules)
    assert (found.name, found.named) == ("学校", False)  # the supervising school is cited, not the writer


def test_a_generic_self_name_the_text_defines_as_a_companys_short_form_is_that_company(rules):
    body = (
        "第一章 总则\n第一条 为完善河谷中恒电气股份有限公司(以下简称“公司”)突发事件管理机制,结合公司实际情况制定本制度。\n"
        "第二条 本制度适用于公司及各子公司。\n第三条 公司董事会统一领导突发事件的处理工作。\n"
    )
    found = _institution("突发事件处理制度", body, rules)
    assert (found.name, found.named) == ("河谷中恒电气股份有限公司", True)


def test_privately_and_publicly_run_name_no_office(rules):
    text = "《云南省民办教育机构管理办法》于2011年6月13日云南省教育厅第8次厅务会议通过，现予公布。\n第一条 为了加强对民办教育机构的管理，制定本办法。\n"
    assert _institution("云南省民办教育机构管理办法", text, rules).name == "云南省教育厅"  # not 云南省民办


def test_a_government_is_named_by_its_place_alone(rules):
    names = [m.name for m in body_mentions("享受待遇的市、区社会福利机构政府供养人员，由城关镇人民政府审核。", 1.0, rules)]
    assert "城关镇人民政府" in names and not any(name.endswith("机构政府") for name in names)


def test_a_placeless_header_takes_the_place_its_metadata_writes_with_the_other_government_word(rules):
    text = (
        "名 称: 区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知\n"
        "索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 发布机构: 下陆区政府办公室\n文 号: 文件分类: 综合政务\n"
        "区人民政府办公室\n关于印发2020年区政府重点工作责任分解的通知\n各部门:\n现印发给你们，请认真抓好落实。\n"
    )
    assert _institution("", text, rules).name == "下陆区政府办公室"


def test_a_street_offices_header_line_above_its_notice_declares_it_in_full(rules):
    # The notice's header writes the office with its city and district; its signature drops them.
    cover = "河谷市青山区青禾街道办事处\n关于印发《青禾街道垃圾分类工作方案》的通知\n各社区:\n现将方案印发给你们,请抓好落实。\n青禾街道办事处\n2024年3月8日\n"
    body = "一、工作目标\n年底前辖区小区全部实行分类投放。\n二、主要任务\n"
    assert declared_issuer("青禾街道垃圾分类工作方案", body, rules, cover=cover) == "河谷市青山区青禾街道办事处"


def test_a_market_regulator_is_named_with_its_level_not_from_market(rules):
    body = "为加强食品安全监管，市市场监管局决定在全市开展食品安全专项整治行动，现制定方案如下。"
    assert _institution("市场监管局食品安全专项整治行动方案", body, rules).name == "市市场监管局"


def test_the_body_that_interprets_rules_issues_them(rules):
    body = (
        "第一条 为推进农村人居环境整治，结合本县实际，制定本细则。\n第四条 2023年底前，全县农村卫生厕所普及率达到85%以上。\n"
        "第六条 县农业农村局负责统筹协调。\n第七条 本细则由县农业农村局负责解释。"
    )
    found = _institution("农村人居环境整治工作实施细则", body, rules)
    assert (found.name, found.named) == ("县农业农村局", True)


def test_with_no_body_named_the_kind_a_plan_speaks_for_is_its_issuer(rules):
    body = "为深入推进平安建设，结合街道工作实际，制定本计划。\n一、工作要求\n各社区要高度重视，各社区要明确专人负责。"
    found = _institution("平安建设工作计划", body, rules)
    assert (found.name, found.named) == ("街道办事处", False)


def test_a_development_zone_named_only_by_its_kind_takes_its_county(rules):
    body = (
        "为扎实推进经济开发区安全生产工作，根据《青田县安全生产委员会关于印发青田县安全生产三年行动计划的通知》精神，"
        "结合经济开发区实际，特制定本方案。\n一、强化责任。\n二、打好全区安全专项整治攻坚战。"
    )
    found = _institution("专项整治三年行动实施方案", body, rules)
    assert (found.name, found.named) == ("青田县经济开发区", True)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("东湖社区2023年禁毒工作计划", "东湖社区"),
        ("北京大学2023年实验室安全工作方案", "北京大学"),
        ("青山县人民医院2023年院感防控工作计划", "青山县人民医院"),
        ("城关小学2023年防溺水工作方案", "城关小学"),  # 城 starts place names, not only 城镇
        ("黄泥塘小学校园欺凌专项治理工作方案", "黄泥塘小学"),  # a place name may open with an adjective (黄)
        ("国立河谷大学学生自治会会议代表推派办法", "国立河谷大学学生自治会"),  # a body under the university
        ("河谷理工大学心理咨询服务中心学生助理管理办法", "河谷理工大学心理咨询服务中心"),  # twelve characters before 中心
        ("青禾中心校2023年教研工作计划", "青禾中心校"),  # a township's central school, not its 中心
        ("河谷县青禾镇中学学校教研计划", "河谷县青禾镇中学"),  # a town's school, not the town
    ],
)
def test_a_title_naming_its_body_by_proper_name(rules, title, name):
    found = _institution(title, "为做好本年度工作，结合实际，制定本计划。\n一、加强领导\n二、强化措施", rules)
    assert (found.name, found.named) == (name, True)


@pytest.mark.parametrize(
    ("title", "kind"),
    [("XX医院2023年安全生产工作计划", "医院"), ("某某学院2023年实验室安全工作方案", "学院"), ("安全生产工作计划", "卫生院")],
)
def test_our_院_is_the_kind_of_院_the_title_names(rules, title, kind):
    body = "为加强我院安全生产工作，结合我院实际，制定本计划。\n一、加强领导\n我院成立安全生产领导小组。"
    found = _institution(title, body, rules)
    assert (found.name, found.named) == (kind, False)


def test_a_department_of_education_is_not_the_ministry(rules):
    body = "为做好消防教育，制定本方案。教育部门将消防知识纳入中小学教学内容。"
    assert _institution("消防安全实施方案", body, rules).name != "教育部"


def test_each_reader_addressed_as_this_school_is_not_a_self_reference(rules):
    body = "市教育局将专项整治纳入督导考核。各地各校要结合本地本校本部门安全生产实际制订实施方案。"
    assert _institution("校园安全专项整治实施方案", body, rules).name == "市教育局"


def test_anchors_find_what_the_patterns_find(rules):
    """Anchored search (rules/when.yaml, rules/owners.yaml) must give the same
    first match as trying the pattern everywhere, on every item of a tenth of the corpus."""
    from pipeline.models import walk
    from pipeline.document import parse_path

    from .conftest import corpus_sample

    texts = [item.text for _, path in corpus_sample() for plan in parse_path(path, rules).plans for item in walk(plan.items)]
    texts += ["从20xx年3月起", "自印发之日起执行", "上一年度", "xx年年初", "由县公安局牵头", "镇政府牵头,各村配合", "于会前十日通知", "住校生星期天晚上返校,周五放学离校"]
    for anchored in [rules.when_pattern, *rules.owner_patterns]:
        for text in texts:
            expected = anchored.pattern.search(text)
            found = anchored.search(text)
            assert (found and found.span()) == (expected and expected.span()), text
            assert [m.span() for m in anchored.finditer(text)] == [m.span() for m in anchored.pattern.finditer(text)], text


def test_the_most_specific_name_stated_wins(rules):
    body = (
        "为做好校园安全工作，结合我县教育工作实际，制定本方案。\n一、加强领导。县教育局成立专项整治工作领导小组。\n"
        "二、强化督查。县教育局将把专项整治纳入年度考核。\n\n青山县教育局\n2023年2月20日"
    )
    found = _institution("2023年校园安全专项整治工作方案", body, rules)
    assert (found.name, found.named) == ("青山县教育局", True)


def test_with_nothing_named_in_the_text_the_title_implies_the_body(rules):
    body = "新学期开始了，特制定如下计划：\n一、加强安全教育，每周班会课进行安全教育。\n二、加强门卫管理。"
    found = _institution("学校安全工作计划 篇2", body, rules)
    assert (found.name, found.named) == ("学校", False)


def test_a_body_that_reports_to_another_is_not_the_issuer(rules):
    body = (
        "我镇森林防火形势严峻，特制定本方案。\n一是加强巡查。\n"
        "二是加强信息报送。各村每天14点前向镇政府报告，镇森林防火办公室每天15点前向县森林防火办公室报告信息。"
    )
    assert _institution("森林防火实施方案", body, rules).name == "镇政府"  # the one reported to


def test_a_signature_line_gives_the_full_name_even_of_a_place_the_lexicon_does_not_know(rules):
    body = "为做好安全生产工作，特制定本要点。\n一、强化责任落实。县安全生产委员会统筹协调。\n二、深化专项整治。\n\n青石县安全生产委员会\n2024年1月30日"
    assert _institution("2024年全县安全生产工作要点", body, rules).name == "青石县安全生产委员会"


def test_a_signer_and_its_date_on_one_line_sign_the_plan(rules):
    from pipeline.extract import _signature

    body = "8. 小区消防通道清理\n    工程部 (6月底前)\n如有疑问请联系服务台。\n青禾物业服务有限公司2025年6月2日"
    assert _signature(normalize(body, rules).proc, rules) == "青禾物业服务有限公司"


def test_a_community_plan_without_a_name_is_the_communitys(rules):
    body = "为切实做好社区疫情防控工作，结合本社区实际，制定本方案。\n一、成立工作专班\n二、开展排查登记"
    found = _institution("社区疫情防控工作方案", body, rules)
    assert (found.name, found.named) == ("社区", False)


def test_a_cover_naming_its_drafter_short_takes_the_signatures_place_and_spelt_out_name(rules):
    # the cover's 省卫生健康委制定了《…》 is the signature's 河谷省卫生健康委员会, not the title's place before the short form
    text = (
        "为推动全省卫生健康系统安全生产月活动,省卫生健康委制定了《河谷省卫生健康系统安全生产月活动方案》,现印发给你们,请认真贯彻执行。\n"
        "河谷省卫生健康委员会\n2020年5月28日\n"
        "一、总体目标\n坚持安全发展。\n二、活动内容\n开展隐患排查。\n"
    )
    assert _institution("河谷省卫生健康系统安全生产月活动方案", text, rules).name == "河谷省卫生健康委员会"


def test_a_metadata_line_declares_the_issuer_as_written(rules):
    text = "发 布 机 构 ：\n华阳市人民政府办公室\n发文字号：华政办〔2024〕8号\n为推进老旧小区改造，制定本方案。\n一、工作目标\n"
    found = _institution("华阳市老旧小区改造实施方案", text, rules)
    assert (found.name, found.named) == ("华阳市人民政府办公室", True)


def test_a_lead_in_naming_who_issued_the_plan_by_its_title_declares_the_issuer(rules):
    text = (
        "来源:信息中心 时间:2019-07-09\n河谷部发布《2019年教育信息化工作要点》\n"
        "近日,河谷部办公厅发布关于印发《2019年教育信息化工作要点》的通知,全文如下:\n"
        "2019年教育信息化工作要点\n一、工作思路\n以服务师生为本。\n二、核心目标\n建成网络学习空间。\n"
    )
    assert _institution("2019年教育信息化工作要点", text, rules).name == "河谷部办公厅"  # the fullest of the two
    # …but not one that issued a document the plan only cites
    cited = text.replace("《2019年教育信息化工作要点》", "《教育信息化2.0行动计划》")
    assert _institution("2019年教育信息化工作要点", cited, rules).name != "河谷部办公厅"


def test_a_drafting_unit_metadata_line_declares_the_issuer(rules):
    text = "发文字号：河院学字〔2021〕9号\n制定单位：河谷学院学生工作部\n为加强学风建设，制定本细则。\n第一条 总则\n"
    assert _institution("河谷学院学风建设实施细则", text, rules).name == "河谷学院学生工作部"


def test_a_header_in_short_form_takes_the_full_name_the_metadata_gives(rules):
    text = (
        "发文机关：河谷省药品监督管理总局\n河谷省药监总局关于印发《药品网络销售监督办法》的通知\n各有关单位：\n"
        "现将《药品网络销售监督办法》印发给你们，请遵照执行。\n第一条 为规范药品网络销售，制定本办法。\n"
    )
    assert _institution("药品网络销售监督办法", text, rules).name == "河谷省药品监督管理总局"


def test_a_header_naming_a_school_by_its_short_form_takes_the_long_form_the_text_writes(rules):
    text = (
        "河谷市三中关于开展读书月活动的通知\n各班主任:\n一、活动时间\n4月全月。\n二、活动内容\n阅读经典。\n"
        "河谷市第三中学\n2024年3月20日\n"
    )
    assert _institution("", text, rules).name == "河谷市第三中学"


def test_a_metadata_lines_other_body_does_not_replace_the_issuer_the_header_declares(rules):
    text = (
        "河谷市民政局关于印发《养老服务补贴办法》的通知\n各区民政局:\n现印发给你们。\n"
        "河谷市民政局\n2024年3月20日\n第一条 为规范养老服务补贴,制定本办法。\n"
    )
    text = "发布机构:河谷市青山区财政局(河谷市青山区人民政府国有资产管理局)\n" + text
    assert _institution("养老服务补贴办法", text, rules).name == "河谷市民政局"


def test_a_companys_personnel_department_is_no_ministry(rules):
    body = (
        "第一条 为提高员工技能,制定本制度。\n第二条 各部门每年初向人事部报送培训需求。\n"
        "第三条 人事部组织员工培训并建立档案。\n第四条 员工培训成绩记入年度考核。\n第五条 本制度由人事部负责解释。\n"
    )
    assert _institution("员工培训制度", body, rules).name == "公司"


def test_a_notice_header_in_title_marks_declares_its_issuer(rules):
    text = "《河谷市人民政府办公厅关于做好冬季森林防火工作的通知》\n各区县政府:\n现就有关事项通知如下:\n一、加强巡查。\n"
    assert _institution("", text, rules).name == "河谷市人民政府办公厅"


def test_a_reference_word_running_into_a_word_names_no_body_but_a_place_word_may_follow(rules):
    body = "一、为维护秩序,特订定本办法。\n二、本校学生进出宿舍应刷卡,本校另定细则。\n"
    assert _institution("河谷校园门禁管理办法", body, rules).name == "学校"
    body = "为做好安全生产工作,结合我镇实际情况,特制定《青禾镇安全生产实施方案》。我镇成立领导小组。\n一、工作目标\n"
    assert _institution("安全生产实施方案", body, rules).name == "青禾镇"


def test_a_taiwan_title_opening_with_its_republic_year_names_its_school_as_the_text_writes_it_out(rules):
    assert title_issuer("112学年度河谷国中交通安全教育计画", rules) == "河谷国中"
    assert title_issuer("113学年度第二学期河谷国中课后照顾实施计画", rules) == "河谷国中"  # …and its term


def test_a_school_years_two_years_run_together_are_no_part_of_the_name(rules):
    # (a copy that lost the dash of 2013-2014学年度)
    assert title_issuer("20132014学年度第二学期青禾小学少先队工作计划", rules) == "青禾小学"
    assert title_issuer("第一学期幼儿园保教工作计划", rules) != "第一学期幼儿园"  # …and a term without its year
    assert title_issuer("下学期河谷幼儿园工作计划", rules) == "河谷幼儿园"
    body = "壹、依据:河谷县政府来函。\n贰、承办单位:河谷县青禾国民小学。\n叁、活动时间:10月8日。\n"
    assert _institution("109年度河谷县青禾国小交通安全宣导实施计画", body, rules).name == "河谷县青禾国民小学"


def test_a_titles_name_does_not_run_on_over_a_joining_word_or_a_verb(rules):
    assert title_issuer("河谷县青禾国小及附设幼儿园交通安全实施计画", rules) == "河谷县青禾国小"
    assert title_issuer("河谷商工参加全国技能竞赛学校补助要点", rules) == "河谷商工"
    assert title_issuer("青川大学社会服务发展中心工读生管理要点", rules) == "青川大学社会服务发展中心"


def test_the_unit_a_plans_own_field_says_carries_it_out_is_its_issuer(rules):
    body = "一、承办单位:河谷中学团委\n二、活动时间:11月9日\n三、活动内容:1.消防演练。2.知识竞赛,学生积极参加。\n"
    assert _institution("消防宣传周活动方案", body, rules).name == "河谷中学团委"
    # a Taiwan prospectus's 辦理單位 under the government office that guides it (指導單位)
    body = "一、指導單位：河谷縣政府社會處\n二、辦理單位：河谷長青協會\n三、活動期間：10月3日至10月17日\n"
    assert _institution("長青志工培訓計畫", body, rules).name == "河谷长青协会"


def test_a_governments_general_office_is_named_whole(rules):
    assert [m.name for m in body_mentions("第三条 县政府办公室负责会议记录。", 1.0, rules)] == ["县政府办公室"]
    assert [m.name for m in body_mentions("河谷县人民政府办公厅负责督办。", 1.0, rules)] == ["河谷县人民政府办公厅"]
    assert [m.name for m in body_mentions("县政府研究决定。", 1.0, rules)] == ["县政府"]


def test_a_kind_of_body_inside_a_common_word_is_no_body(rules):
    body = "1.各班每周集中学习安全知识。\n2.值日生集中整理图书。\n"
    assert _institution("班级管理制度", body, rules).name is None
    # …nor a campaign's title, though the lexicon tags its first word a name (文明, 智慧).
    body = "一、开展创建文明医院活动。\n二、各科室配合创建文明医院。\n三、年底评选文明医院。\n"
    assert _institution("精神文明建设计划", body, rules).name != "文明医院"
    assert [m.name for m in body_mentions("建设智慧社区,提升管理。", 1.0, rules)] == []
    assert [m.name for m in body_mentions("结合文明街道、文明村创建活动,开展评选。", 1.0, rules)] == []
    assert [m.name for m in body_mentions("各村争创平安乡,评选美丽镇。", 1.0, rules)] == []  # a township's honours, no township
    # …nor a rating or class a body strives for (五星学校, 示范村, 先进单位).
    names = [m.name for m in body_mentions("力争河谷五星学校比例达到20%,建成河谷示范村3个,评选先进单位。", 1.0, rules)]
    assert not any(name.endswith(("五星学校", "示范村", "先进单位")) for name in names)


def test_a_village_clinics_plan_speaking_of_its_village_is_the_clinics(rules):
    body = "一、本村卫生室负责本村村民的基本医疗服务。\n二、乡村医生定期为本村老人体检。\n"
    assert _institution("村卫生室工作制度", body, rules).name == "村卫生室"
    assert _institution("村规民约", "一、本村村民应当遵守法律。\n二、本村实行村务公开。\n", rules).name == "村民委员会"


def test_a_district_the_text_calls_our_district_is_its_government(rules):
    # 我区 and the title name the district and nothing else: the district's government (the issue's implied issuer).
    body = "第一条 为推进我区老旧小区改造,结合我区实际,制定本办法。\n第二条 我区各街道按规定组织实施。\n第三条 区住房建设局负责指导。\n"
    found = _institution("天河区老旧小区改造实施办法", body, rules)
    assert (found.name, found.named) == ("天河区人民政府", True)


def test_a_taiwan_county_is_a_place_before_its_government(rules):
    body = "一、主办单位：南投县政府\n二、承办单位：南投县政府卫生局\n"
    assert _institution("健康促进竞赛实施计划", body, rules).name.startswith("南投县")


def test_a_village_writes_its_own_rules_but_a_town_speaks_of_its_villages(rules):
    rules_text = "为维护本村秩序，经村民会议讨论，制定本村规民约。\n一、村民要守法、爱家乡、讲文明。\n二、严禁乱倒垃圾。\n"
    found = _institution("村规民约", rules_text, rules)
    assert (found.name, found.named) == ("村民委员会", False)
    from pipeline.extract import body_mentions

    assert not body_mentions(normalize(rules_text, rules).proc, 1.0, rules)  # not 爱家乡: 家乡 is a word, no township
    town = "为做好我镇环境整治，结合我镇实际，制定本方案。\n一、工作目标\n我镇各村整洁有序，本村村民积极参与。\n二、工作措施\n我镇统一部署。\n"
    assert _institution("环境整治实施方案", town, rules).name.startswith("镇")


def test_every_title_a_deference_cites_defers(rules):
    from pipeline.extract import body_mentions

    text = normalize("根据《中华人民共和国河道管理条例》和《河谷省水利厅河道保洁规定》等规定，结合本村实际，制定本办法。", rules).proc
    assert {m.name: m.role for m in body_mentions(text, 1.0, rules)} == {"河谷省水利厅": "deferring"}
    assert _institution("河道保洁办法", text + "\n一、村民不得向河道倾倒垃圾。\n", rules).name == "村民委员会"
    # …and so does the body whose cited document's spirit the plan follows, past the title.
    spirit = normalize("以河谷省教育厅出台的《关于全面加强中小学生课后服务质量提升工作的指导意见》精神为纲领，制定本计划。", rules).proc
    assert {m.name: m.role for m in body_mentions(spirit, 1.0, rules)} == {"河谷省教育厅": "deferring"}
    # …and so do the body whose plan the text carries out and the one whose approval it cites
    carried = normalize("为执行河谷省教育厅推动青禾计划,制定本要点。", rules).proc
    assert {m.name: m.role for m in body_mentions(carried, 1.0, rules)} == {"河谷省教育厅": "deferring"}
    # …and so do the body whose leadership the text obeys and the one whose tasks it completes
    obeyed = normalize("青禾村委会服从镇人民政府领导,按时完成镇政府交给的工作。", rules).proc
    assert {m.name: m.role for m in body_mentions(obeyed, 1.0, rules) if "政府" in m.name} == {"镇人民政府": "deferring", "镇政府": "deferring"}
    label = normalize("执行单位:河谷县青禾中心。", rules).proc  # …but a role's label names who carries it out
    assert {m.name: m.role for m in body_mentions(label, 1.0, rules)} == {"河谷县青禾中心": "speaking"}


def test_a_national_body_written_after_another_is_no_unit_of_it(rules):
    # 中共中央办公厅国务院办公厅 is two joint issuers of a cited notice, not a 国务院 under 中共中央办公厅
    body = (
        "各省、自治区、直辖市人民政府:\n"
        "一、做好青禾工作。各地要根据《中共中央办公厅国务院办公厅关于做好青禾工作的通知》要求,抓紧落实。\n"
        "二、扩大青禾覆盖范围。\n"
    )
    assert _institution("国务院关于青禾工作的决定", body, rules).name == "国务院"


def test_a_unit_named_by_its_parents_kind_that_decides_is_the_issuer(rules):
    # 局团委决定… : the bureau's league committee speaks; the sector the plan reaches (全县教育系统) does not.
    body = "各单位:\n为丰富青年生活,局团委决定在全县教育系统团员中举办青禾读书月,具体安排如下:\n一、读书主题\n二、读书安排\n三、有关要求\n"
    found = _institution("关于举办青禾读书月的通知", body, rules)
    assert (found.name, found.named) == ("局团委", True)


def test_a_whole_named_in_the_documents_a_plan_follows_is_not_its_scope(rules):
    # 全省 inside the clause citing what the plan follows is the province's documents', not the plan's reach.
    body = (
        "根据全省河道保洁考核办法和市级有关规定要求,结合全镇实际,制定本方案。\n"
        "一、保洁目标\n二、保洁任务\n三、保洁要求\n"
    )
    assert _institution("乡镇河道保洁方案", body, rules).name == "镇政府"


def test_a_list_of_jurisdictions_the_text_calls_ours_names_no_writer(rules):
    # 我省、我市、我县汛情: the levels a matter reaches, not a county speaking; the plan is its school's.
    body = "会上介绍了我省、我市、我县汛情,要求做好防范。\n一、成立防汛小组\n二、学校每日巡查校舍\n三、班主任放学前清点学生\n"
    assert _institution("小学防汛工作方案", body, rules).name != "县政府"


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        # a filling station: the kind the text speaks of most, not the company it names once
        ("加油站应急预案", "为保障加油站安全,加油站成立应急小组。\n一、加油站站长任组长\n二、发生火情时加油站员工立即报告公司\n三、加油站定期演练\n", "加油站"),
        # a co-operative named on the line under the title, not the association its text speaks of
        ("青禾果品收购办法", "河谷县青禾种植专业合作社\n1、社员果品统一分级收购;\n2、果品协会每季度抽检一次;\n3、抽检不合格的果品不予收购。\n", "河谷县青禾种植专业合作社"),
        # a laboratory that calls itself 本实验室
        ("实验室管理制度", "第一条 为保证实验室工作正常开展,特制定本制度。\n第二条 本实验室受实验室主任领导。\n第三条 本制度由实验室管理委员会解释。\n", "实验室"),
        # a mall and a hotel speaking of themselves, not the company above them
        ("消防安全管理规范", "一、商场消防安全负责人每日巡查。\n二、商场员工上岗前培训。\n三、本商场营业期间保持通道畅通。\n四、公司保卫部每周检查。\n", "商场"),
        ("财务管理制度", "一、我酒店前台每日交接。\n二、酒店客房部定期检查。\n三、酒店员工遵守本制度。\n四、公司财务部审核。\n", "酒店"),
        # a scenic area speaking of itself, not the department whose rules it cites
        ("游客安全应急预案", "第一条 依据《青禾法》、河谷省旅游厅《游客安全办法》、市有关规定,结合本景区实际,制定本预案。\n第二条 景区员工每日巡查游步道。\n", "景区"),
        # a township's office named by its trade
        ("票据保管制度", "第一条 财政所票据由专人领取登记。\n第二条 财政所每月清点一次票据。\n第三条 作废票据由财政所集中保管。\n", "财政所"),
        # a building site's briefing and rules: the contractor or the project department they speak for
        ("塔吊作业安全技术交底", "一、施工单位对司机进行安全交底。\n二、作业前检查吊钩。\n三、施工单位安全员旁站监督。\n", "施工单位"),
        ("雨季施工管理制度", "1、项目部成立雨季施工小组。\n2、项目部每周检查排水沟。\n3、材料堆放处设防雨棚。\n", "项目部"),
    ],
)
def test_a_kind_of_body_the_text_speaks_as_is_the_issuer(rules, title, body, kind):
    assert _institution(title, body, rules).name == kind


def test_a_school_named_before_its_kind_said_again_is_read(rules):
    # 青禾小学学校发展规划: the school's plan, 学校 saying its kind again
    text = normalize("青禾小学学校发展规划。青山中学学校工作计划。", rules).proc
    assert [m.name for m in body_mentions(text, 1.0, rules)] == ["青禾小学", "青山中学"]


def test_primary_and_secondary_schools_as_a_class_are_no_body(rules):
    # 中小学 after any words is the class of schools a plan speaks of; Taiwan's 国民中小学 is a school's kind.
    text = normalize("开展新一轮中小学结对帮扶,互派教师交流。青山国民中小学开展阅读活动。", rules).proc
    assert [m.name for m in body_mentions(text, 1.0, rules)] == ["青山国民中小学"]


def test_every_body_a_clause_of_cited_documents_names_defers_and_the_one_that_decides_speaks(rules):
    # Documents cited without 《》 and joined by 、 and 和 carry the deference word past its window.
    text = (
        "根据河谷省卫生厅关于开展青禾宣传月活动的通知(河卫函〔2020〕16号)、青山市卫生局青禾行动计划(青卫〔2020〕6号)"
        "和市卫生局关于开展青禾宣传活动的通知要求,区卫生局决定开展青禾宣传活动,现制定方案如下:\n一、活动主题\n二、活动时间\n"
    )
    roles = {m.name: m.role for m in body_mentions(normalize(text, rules).proc, 1.0, rules)}
    assert roles["河谷省卫生厅"] == roles["青山市卫生局"] == roles["市卫生局"] == "deferring"
    assert roles["区卫生局"] == "speaking"
    assert _institution("青禾宣传活动方案", text, rules).name == "区卫生局"
    # …but a clause that closes before a body names none it defers to (根据工作需要,).
    needs = normalize("根据工作需要,区卫生局决定开展青禾宣传活动。", rules).proc
    assert {m.name: m.role for m in body_mentions(needs, 1.0, rules)} == {"区卫生局": "speaking"}


@pytest.mark.parametrize("speaks", ["结合学校实际,制定本方案", "学校决定举办首届读书节"])
def test_a_plan_speaking_as_a_school_is_the_school_it_names_of_whichever_kind(rules, speaks):
    # 结合学校实际 / 学校决定举办… speak as a school; the one school the text names is it, a 小学 as well.
    body = f"青禾小学读书节活动方案\n一、活动目的\n为营造书香校园,{speaks}。\n二、活动安排\n三、活动要求\n"
    assert _institution("读书节活动方案", body, rules).name == "青禾小学"


def test_a_body_whose_approval_rule_or_tender_the_plan_follows_defers(rules):
    approved = normalize("使用经河谷省药品监督管理局批准的器材。", rules).proc
    assert {m.name: m.role for m in body_mentions(approved, 1.0, rules)} == {"河谷省药品监督管理局": "deferring"}
    # …or whose rule, list or tender it names as what the plan follows (X规定的目录, X统一招标的器械)
    listed = normalize("医院设备科负责医院器械的购置。我院器械包含河谷省卫生厅规定的清单内器械。对于河谷省卫生厅统一招标的器械,须在清单内选购。", rules).proc
    assert {m.role for m in body_mentions(listed, 1.0, rules)} == {"deferring"}
    assert _institution("器械购置制度", f"{listed}\n一、购置管理\n", rules).name == "医院"


def test_a_text_that_calls_itself_by_its_own_kind_is_that_bodys_though_it_speaks_of_its_city(rules):
    body = (
        "按照河谷省、市政府安委会的部署要求,对我院安全生产月活动做出如下安排。\n"
        "一、活动时间\n全市安全生产月活动于6月1日至30日在全院开展。\n二、重点活动\n按照全市统一部署,参加启动仪式。\n"
    )
    found = _institution("医院安全生产月活动实施方案", body, rules)
    assert (found.name, found.named) == ("医院", False)


def test_an_empty_metadata_field_declares_nothing(rules):
    text = "索引号: 001-2024-01 公开形式: 主动公开\n发布机构: 生成日期: 2024-03-01\n华阳县汛期应急预案\n1 总则\n县政府统一领导全县防汛工作。\n"
    assert _institution("华阳县汛期应急预案", text, rules).name != "生成日期"
    # …nor a field a disclosure page's table closes the row with (发布机构 是否有效: its label, no body)
    table = "文号 发布时间 2025-05-14\n发布机构 是否有效\n名称 青禾镇2025年度地质灾害防治方案\n一、受灾点分布\n我镇在册隐患点19处。\n"
    assert _institution("青禾镇2025年度地质灾害防治方案", table, rules).name == "青禾镇"


def test_a_pages_fields_as_a_bulleted_list_declare_the_issuer(rules):
    fields = "• 索引号:\n  • 1133/2020-01222\n  • 发布机构:\n  • 青禾市应急管理局\n  • 成文日期:\n  • 2020-11-19\n"
    assert declared_issuer("青禾市传染病疫情应急预案", fields + "一、总则\n结合我市实际制定本预案。\n", rules) == "青禾市应急管理局"


def test_the_head_name_a_signature_gives_in_full_leads_the_declarations(rules):
    cover = (
        "区政府办公室关于印发《青山区教育发展规划》的通知\n各街道办事处:\n《青山区教育发展规划》已经青禾市青山区人民政府第71次常务会议审议通过,"
        "现印发给你们。\n青禾市青山区人民政府办公室\n2022年1月17日\n"
    )
    assert declared_issuer("青山区教育发展规划", "一、序言\n二、发展基础\n", rules, cover) == "青禾市青山区人民政府办公室"


def test_an_order_in_an_adoption_note_after_another_clause_declares_its_issuer(rules):
    note = "(1991年10月4日国务院批准国函〔1991〕66号1991年12月6日青禾部令第17号发布)\n第一章 总则\n第一条 为实施本法,制定本办法。\n"
    assert declared_issuer("青禾法实施办法", note, rules) == "青禾部"
    by = "(2003年5月1日国务院批准,2003年6月2日以青禾部令第3号公布)\n第一条 为加强管理,制定本规定。\n"
    assert declared_issuer("青禾管理规定", by, rules) == "青禾部"


def test_a_taiwan_ministry_opening_a_title_is_no_unit_of_another_body(rules):
    text = "壹、依據:\n災害防救法第14條。\n貳、目的:\n為強化本署與地方單位協調聯繫,特訂定本注意事項。\n"
    assert _institution("内政部消防署紧急应变先遣小组注意事项", text, rules).name == "内政部消防署"


def test_a_notice_cited_in_a_list_of_bases_declares_nothing(rules):
    bases = "1.2编制依据\n《青禾省突发事件应对条例》\n《青禾省人民政府办公厅关于印发应急预案管理办法\n的通知》\n1.3适用范围\n"
    assert declared_issuer("XX县突发事件总体应急预案", "1.总则\n1.1编制目的\n" + bases, rules) is None


def test_courts_disease_control_centres_bus_stations_and_nurseries_are_kinds_of_body(rules):
    assert _institution("2022年青禾法院工作要点任务分解表", "1.强化理论武装。\n2.加强队伍建设。\n", rules).name == "青禾法院"
    assert _institution("客运站旅客滞留应急预案", "一、总则\n本站旅客滞留时启动。\n", rules).name == "客运站"
    assert _institution("青禾托儿所台风应急措施", "一、台风来临前\n本所检查门窗。\n", rules).name == "青禾托儿所"


def test_a_quantity_is_no_part_of_a_bodys_name(rules):
    body = "一、建设任务\n年内计划新建一批社区养老驿站，配齐助餐设施。\n"
    assert _institution("养老服务实施方案", body, rules).name != "新建一批社区"


def test_a_notice_header_declares_the_issuer_but_a_cited_one_does_not(rules):
    cover = "桐山县农业农村局关于印发《桐山县秸秆禁烧工作方案》的通知\n各乡镇：\n"
    assert find_institution("桐山县秸秆禁烧工作方案", "一、工作目标\n", rules, cover).name == "桐山县农业农村局"
    cited = "根据市委关于印发《环境整治行动方案》的通知精神，结合我镇实际，成立石门镇整治领导小组。"
    assert _institution("环境整治工作方案", cited, rules).name != "根据市委"


def test_a_metadata_table_and_a_spaced_letterhead_declare_the_issuer(rules):
    table = "索引号 | 1133/2022-114 | 主题分类 | 教育 |\n发布机构 | 区教育局 | 发文日期 | 2022-05-17 |\n"
    found = find_institution("石门区教育系统突发公共事件应急预案", "1 总则\n石门区教育局负责全区学校的应急工作。\n", rules, table)
    assert found.name == "石门区教育局"  # the place the text gives the body
    letterhead = "河 谷 自 治 州 能 源 局 文 件\n河谷自治州能源局关于优化交易的通知\n"
    assert find_institution("", "一、总体要求\n", rules, letterhead).name == "河谷自治州能源局"
    assert find_institution("", "一、总体要求\n", rules, "首页\n规范性文件\n").name != "规范性"
    # a metadata table's label before a notice's header names no body (信息标题 关于印发…)
    table = "信息标题 关于印发《青禾县河道管理办法》的通知 文件编号 青政办发〔2021〕9号\n发布机构 县政府办公室 公开方式 主动公开\n"
    assert find_institution("青禾县河道管理办法", "第一条 为加强河道管理,制定本办法。\n", rules, table).name == "青禾县政府办公室"
    # a table flattened into lines keeps a colon before each field's pipe
    flattened = "索引号: | 0012/2024-07 | 主题分类: | 农业 |\n发布机构: | 青禾区农业农村局 | 文号: | |\n"
    assert find_institution("区农业农村局年度要点", "一、主要任务\n区农业农村局推进农田建设。\n", rules, flattened).name == "青禾区农业农村局"
    # a row of fields may write a value right after its label, a space before the next label
    row = "索引号0012/2024-07 发布机构县林业局 发布日期2024-05-01 15:00\n"
    assert find_institution("青禾县森林防火应急预案", "1.总则\n结合我县实际,制定本预案。\n", rules, row).name == "青禾县林业局"
    assert find_institution("青禾县森林防火应急预案", "1.总则\n结合我县实际,制定本预案。\n", rules, "发布机构要及时公开信息 发布日期\n").name != "要及时公开信息"
    # a department declared without its level takes the text's own level and the title's place
    bare = "索引号0012/2024-07 发布机构:应急管理局 发布日期2024-05-01\n"
    assert find_institution("青禾县重大火灾事故应急预案", "1.总则\n结合我县实际,制定本预案。\n", rules, bare).name == "青禾县应急管理局"
    # …and a village's 全村 is no level a department stands at
    village = "索引号0012/2024-07 发布机构:住建局 发布日期2024-05-01\n"
    assert find_institution("农房安全排查方案", "一、全村开展农房排查。\n二、全村登记危房。\n", rules, village).name == "住建局"


def test_the_signature_of_a_cover_notice_declares_the_issuer(rules):
    cover = "各乡镇人民政府：\n现将《河谷县突发事件总体应急预案》印发给你们。\n\n河谷县人民政府\n\n2023年3月9日\n"
    assert find_institution("河谷县突发事件总体应急预案", "1 总则\n", rules, cover).name == "河谷县人民政府"


def test_a_notices_addressees_are_not_its_issuer_and_a_national_administration_is_a_body(rules):
    # The last addressee has no 各 of its own; the administration deciding the campaign is the issuer.
    body = (
        "各市邮政管理局,各快递企业,河谷大学物流学院:\n"
        "为方便群众寄递,国家邮政局定于下月组织邮政服务进乡村。具体安排如下:\n"
        "一、服务内容\n二、进度要求\n1.设立村级服务点。\n2.公布投诉电话。\n"
    )
    assert _institution("", body, rules).name == "国家邮政局"


def test_a_metadata_label_run_into_the_name_after_it_is_no_part_of_it(rules):
    text = (
        "河谷市青山区文化和旅游局关于印发《青山区文旅市场整治方案》的通知\n"
        "• 标题河谷市青山区文化和旅游局关于印发《青山区文旅市场整治方案》的通知\n"
        "各景区:\n现将方案印发给你们。\n一、整治重点\n二、进度安排\n"
    )
    assert _institution("", text, rules).name == "河谷市青山区文化和旅游局"


def test_a_law_sites_bracketed_fields_declare_the_issuing_department_not_the_date_label(rules):
    text = (
        "河谷市养犬管理办法\n【法规类别】公共安全\n【发布部门】河谷市公安局\n【发布日期】2003.05.20\n"
        "【实施日期】2003.06.01\n第一章 总则\n第一条 为加强养犬管理,制定本办法。\n"
    )
    assert _institution("河谷市养犬管理办法", text, rules).name == "河谷市公安局"


def test_a_charter_saying_its_full_name_declares_it(rules):
    body = "第一條 名稱\n本會全稱為「河谷同鄉會青年委員會」。\n第二條 宗旨\n"
    assert _institution("章程", body, rules).name == "河谷同乡会青年委员会"


def test_a_campaign_in_a_title_names_no_body(rules):
    # 镇创建市级卫生先进乡镇: the town's campaign to become a model township, no body of that name.
    found = _institution("镇创建市级卫生先进乡镇实施方案", "为做好创建工作,结合我镇实际,制定本方案。\n一、指导思想\n二、主要任务\n", rules)
    assert "创建" not in (found.name or "")


def test_a_national_body_keeps_its_sub_body(rules):
    text = "国家能源局南方监管局关于印发新能源交易实施方案的通知\n各有关单位：\n"
    assert find_institution("", "一、总体要求\n", rules, text).name == "国家能源局南方监管局"


def test_deadlines_relative_to_an_event_are_when(rules):
    assert find_when("接到报告后24小时内上报。", rules).text == "24小时内"
    assert find_when("应在十五个工作日内办结。", rules).text == "十五个工作日内"
    found = find_when("电网企业按月统计并公布。", rules)
    assert (found.text, found.frequency) == ("按月", "monthly")
    assert find_when("调度机构于次日10时前发布结果。", rules).text == "次日10时前"
    assert find_when("自收到申请之次日起二十日内作出决定。", rules).text == "二十日内"  # 次日起 starts the period
    assert find_when("系统每15分钟采集一次。", rules).text == "每15分钟"
    assert find_when("窗口于受理当日或次日转交承办科室。", rules).text == "当日或次日"
    assert find_when("机构应在20个自然日内完成整改。", rules).text == "20个自然日内"  # calendar days
    assert find_when("当日预报雨量超过50毫米时发布预警。", rules) is None  # 当日 alone: the day of a reading


def test_taiwan_texts_dates_and_deadlines_are_when(rules):
    assert find_when("本办法中华民国一百零六年二月十六日修正之条文施行。", rules).text == "中华民国一百零六年二月十六日"
    assert find_when("于活动五个工作天前提出申请。", rules).text == "五个工作天前"
    assert find_when("相关资料须于委员会会期前 1 个月提送审查。", rules).text == "前 1 个月"
    found = find_when("学务处于每年五月十五日前通知学生。", rules)
    assert (found.text, found.frequency) == ("每年五月十五日前", "yearly")
    assert find_when("理事会应于改选后卅日内召开首次会议。", rules).text == "卅日内"  # 卅, 廿: 30 and 20
    assert find_when("二、推动期程:105年至107年,分年办理。", rules).text == "105年至107年"  # Republic years' range
    assert find_when("计划期程:108至110年。", rules).text == "108至110年"
    assert find_when("本馆藏书可供阅览10年至20年。", rules) is None  # a length of years, no Republic range


def test_a_look_back_window_is_no_deadline(rules):
    assert find_when("近5年内未受过刑事处罚。", rules) is None
    assert find_when("河谷县门诊预约率在过去6个月内持续上升。", rules) is None  # a period measured
    assert find_when("申请人应在5年内完成。", rules).text == "5年内"
    assert find_when("学校三年内不得列入评优范畴。", rules) is None  # a ban's length
    assert find_when("撤销其评定结果,半年内不受理其复评申请。", rules) is None
    assert find_when("违规者两年内不准参加评选。", rules) is None


def test_a_period_a_record_is_counted_over_is_no_deadline(rules):
    assert find_when("河谷站值班员一年内累计缺岗三次的，调离岗位。", rules) is None
    assert find_when("委员两年内无故缺席会议四次以上的，视为辞职。", rules) is None
    assert find_when("申报人三年内曾获市级表彰的优先。", rules) is None
    assert find_when("核对汛情发生前一天的水位记录。", rules) is None  # a day that names a date, not a deadline
    assert find_when("整改须于验收前一天完成。", rules).text == "前一天"


def test_a_relative_year_qualifying_a_noun_is_no_when(rules):
    assert find_when("评为先进的班组，下一年度奖金上浮一成。", rules) is None
    assert find_when("弄虚作假的，取消其下一年度评先资格。", rules) is None
    assert find_when("各站所力争完成本年度的巡查任务。", rules) is None
    assert find_when("结余资金在下一年度继续使用。", rules).text == "下一年度"
    assert find_when("各组在本年度内完成两次演练。", rules).text == "本年度"
    assert find_when("上一年度发生过责任事故的；", rules).text == "上一年度"  # opening the item: its time


def test_a_day_of_the_month_opening_a_step_and_other_written_forms_are_whens(rules):
    # a running order's steps open with their day (16日晚, 22日): each step's time
    assert find_when("16日晚召开领导小组会议,形成决议。", rules).text == "16日晚"
    assert find_when("22日张榜公布评聘结果。", rules).text == "22日"
    assert find_when("15日起开始报名。", rules) is None  # the start of a period the text goes on to give
    assert find_when("每学期末对仪器财产清查核实。", rules).text == "每学期末"
    assert find_when("值班人员应于翌日上午10时前报告。", rules).text == "翌日上午10时前"
    assert find_when("离职须提早 1 个月提出申请。", rules).text == "提早 1 个月"


def test_a_schools_own_term_or_year_is_its_when(rules):
    assert find_when("本学期将组织青年教师开展两次公开课。", rules).text == "本学期"
    assert find_when("各班于本学期末完成质量分析。", rules).text == "本学期末"
    assert find_when("本学年度内完成校本课程开发。", rules).text == "本学年度内"
    # …its weeks, as before: the whole span
    assert find_when("自本学期第2周起开展大课间活动。", rules).text == "本学期第2周起"


def test_a_documents_edition_year_is_no_when(rules):
    assert find_when("依据国家突发事件总体应急预案(2025年修订版)及省市相关法规，结合本县实际。", rules) is None
    assert find_when("参照国家标准(2014年修订)执行。", rules) is None
    assert find_when("2025年修订完善管理制度。", rules).text == "2025年"  # a task's year


def test_the_tail_of_a_longer_number_is_no_year(rules):
    # a standard's number runs into 年度 (ISO14001年度审核): its last four digits are no year
    assert find_when("通过ISO14001年度监督审核，持续改进。", rules) is None
    assert find_when("通过2023年度监督审核。", rules).text == "2023年度"


def test_a_month_alone_on_an_items_last_line_heads_what_follows(rules):
    # a month-by-month plan whose month lines no marker numbers
    assert find_when("完成母婴传播工作月报表、报告卡网上直报及审核;\n二月", rules) is None
    assert find_when("召开家长会\n三月份\n", rules) is None
    # …but a date with its days there is the item's (a table's time column), and a month alone is one
    assert find_when("学院评审小组进行初审。\n10月24日-10月30日", rules).text == "10月24日-10月30日"
    assert find_when("二月", rules).text == "二月"


def test_a_day_range_inside_a_month_and_a_morning_with_its_hours_are_one_when(rules):
    found = find_when("领取时间:6月3-4日上午9:00-11:30,逾期不再发放。", rules, 2015)
    assert (found.text, found.start_date, found.end_date) == ("6月3-4日上午9:00-11:30", "2015-06-03", "2015-06-04")
    found = find_when("3月1-5日完成河谷镇报名登记。", rules, 2016)
    assert (found.text, found.start_date, found.end_date) == ("3月1-5日", "2016-03-01", "2016-03-05")


def test_a_period_counted_back_from_an_event_is_no_deadline(rules):
    assert find_when("自违规之日起往前推算2年内获得的河谷市荣誉称号予以撤销。", rules) is None


def test_a_school_year_broken_over_lines_is_not_read_from_its_pieces(rules):
    assert find_when("评选范围为2024-20\n25\n学年在籍的河谷学院本科生。", rules) is None
    assert find_when("评选范围为2024-2025学年在籍的本科生。", rules).text == "2024-2025学年"


def test_a_clause_on_taking_effect_is_no_when(rules):
    assert find_when("本办法自印发之日起施行。", rules) is None


def test_a_year_written_with_du_or_chu_is_one_expression(rules):
    assert find_when("报送2019年度安全统计报表。", rules).text == "2019年度"
    assert find_when("2019年初启动集中采购。", rules).text == "2019年初"
    assert find_when("至2015年末建成供水管网。", rules).end_date == "2015-12"


def test_a_frequency_with_its_part_of_the_period_is_one_expression(rules):
    found = find_when("每年初与各部门签订责任书。", rules)
    assert (found.text, found.frequency) == ("每年初", "yearly")
    assert find_when("每日上午开窗通风。", rules).text == "每日上午"
    assert find_when("社团于学期中每月开展一次活动。", rules).text == "每月"  # 学期中: during the term, no time
    assert find_when("补助标准为每生每年1500元。", rules) is None  # a rate per student


def test_the_period_of_a_money_rate_is_no_when_but_a_later_time_is(rules):
    assert find_when("助餐补贴标准为每人每天15元。", rules) is None
    assert find_when("补贴限额每月800元，于次月10日前拨付。", rules).text == "次月10日前"
    assert find_when("各单位每年报送计划。", rules).text == "每年"  # a frequency after a body's name
    # …nor of a rate a quantity is counted at, nor a look-back a figure is summed over
    assert find_when("每期培训不少于40课时,每天按4个课时计算。", rules) is None
    assert find_when("每天按时报送值班信息。", rules).text == "每天"
    assert find_when("本周用电量与前5日累计用电量超过限额时通报。", rules) is None
    assert find_when("会期前 1 个月报送材料。", rules).text == "前 1 个月"
    # …nor of a fine's rate by area or a late fee's by day
    assert find_when("逾期未恢复的,处以每日每平方米五十元以上一百元以下罚款。", rules) is None
    assert find_when("按所占绿地面积每平方米每日十元处以罚款。", rules) is None
    assert find_when("逾期缴纳的,每日加收千分之二的滞纳金。", rules) is None
    assert find_when("养护单位每日巡查绿地一次。", rules).text == "每日"


def test_an_ocr_date_with_spaces_inside_is_one_expression(rules, norm):
    found = find_when(norm("力争 2026 年 6 月 30 日前完成。").proc, rules)
    assert found.text == "2026年6月30日前" and found.end_date == "2026-06-30"


def test_a_letterhead_over_two_lines_and_a_title_on_its_second_line(rules):
    letterhead = "河 谷 自 治 州\n能 源 局 文 件\n河能电力〔2024〕5号\n"
    assert find_institution("", "一、总体要求\n", rules, letterhead).name == "河谷自治州能源局"
    assert _institution("拒绝性骚扰\n\n国立河谷大学「校园安全防治办法", "第一条 为维护校园安全，订定本办法。", rules).name == "国立河谷大学"
    # …but another plan's title on the line above a one-line letterhead is no part of its name
    chrome = "青禾村创建美丽乡村实施方案\n河谷镇白石村村委会文件\n白村发(2012)3号\n"
    assert find_institution("", "一、指导思想\n", rules, chrome).name == "河谷镇白石村村委会"


def test_with_no_body_named_the_kind_the_title_names_is_the_institution(rules):
    found = _institution("医院感染管理年度工作计划", "一、加强培训。\n二、严格消毒。", rules)
    assert (found.name, found.named) == ("医院", False)


@pytest.mark.parametrize("cue", ["结合青山区实际", "结合青山区情"])
def test_a_place_the_plan_calls_its_own_where_every_body_named_is_cited_gives_its_government(rules, cue):
    body = f"为贯彻省政府关于河道治理的部署,现{cue},制定本方案。\n一、工作目标\n"
    found = _institution("河道治理工作方案", body, rules)
    assert (found.name, found.named) == ("青山区人民政府", True)


def test_an_unnamed_body_keeps_the_trade_words_its_title_puts_before_its_kind(rules):
    lorries = _institution("物流公司车辆调度制度", "一、公司车辆由调度员统一安排。\n二、驾驶员每日检查车况。", rules)
    assert (lorries.name, lorries.named) == ("物流公司", False)
    nursery = _institution("中心幼儿园午睡值班制度", "一、幼儿园午睡期间安排教师值班。\n二、值班教师做好记录。", rules)
    assert (nursery.name, nursery.named) == ("中心幼儿园", False)


def test_a_plan_calling_itself_ours_keeps_the_trade_words_its_title_puts_before_its_kind(rules):
    found = _institution("农场小学午餐管理制度", "一、我校学生午餐统一在食堂就餐。\n二、我校每日公示菜谱。", rules)
    assert (found.name, found.named) == ("农场小学", False)
    # …not a class of bodies (乡镇医院: any township's) nor a stop word before the kind (有关: regarding)
    assert _institution("乡镇医院防汛预案", "一、我院成立防汛小组。\n二、我院储备物资。", rules).name == "医院"
    assert _institution("有关学校午休的安排", "一、我校学生午休由教师值守。\n二、我校每日记录。", rules).name == "学校"


def test_a_verb_a_quality_or_a_plans_word_before_the_titles_kind_is_no_part_of_the_bodys_name(rules):
    assert _institution("加强公司车辆管理制度", "一、公司车辆统一停放。\n二、司机每日检查车况。", rules).name == "公司"
    assert _institution("平安医院创建方案", "一、医院设立警务室。\n二、医院每月排查隐患。", rules).name == "医院"
    assert _institution("年度计划公司车辆制度", "一、公司车辆统一停放。", rules).name == "公司"


def test_school_times_and_year_ranges_without_the_first_year_mark(rules):
    assert find_when("周四下午2:30召开班主任会议。", rules).text == "周四下午2:30"  # a weekday's part of the day and time
    assert find_when("第三周开展消防演练。", rules).text == "第三周"
    assert find_when("第一周年纪念活动。", rules) is None  # an anniversary, no week
    assert find_when("家长于8:10am前到校。", rules).text == "8:10am"  # am/pm, as Hong Kong writes a time
    assert find_when("游园于12日上午9:00开始。", rules).text == "12日上午9:00"
    assert find_when("学期末完成团员评议工作。", rules).text == "学期末"
    assert find_when("第三学期结束前提交开题报告。", rules).text == "第三学期结束前"  # the term by its number
    assert find_when("当天晚上10点前上交值班记录。", rules).text == "当天晚上10点前"  # the day itself before a time of day
    assert find_when("开学第一周召开班主任会议。", rules).text == "开学第一周"
    assert find_when("巩固2018~2020年改造成果。", rules).text == "2018~2020年"


@pytest.mark.parametrize(
    ("text", "when", "start", "end"),
    [
        ("2025年上半年完成改造。", "2025年上半年", "2025-01", "2025-06"),
        ("下半年开展复查。", "下半年", "2024-07", "2024-12"),
        ("6月30号前完成。", "6月30号前", None, "2024-06-30"),
        ("二〇二四年三月底前完成。", "二〇二四年三月底前", None, "2024-03"),
        ("今年年底前全部完成。", "今年年底前", None, "2024-12"),
        ("09年全面铺开。", "09年", "2009-01", "2009-12"),  # a year of this century in two digits
        ("全年开展培训4次。", "全年", "2024-01", "2024-12"),  # the plan's whole year
        ("三年内完成改造。", "三年内", None, None),  # a deadline relative to the start: no date
        ("2020年内完成。", "2020年内", "2020-01", "2020-12"),
        ("颁奖日期:104年5月27日(星期三)", "104年5月27日", "2015-05-27", "2015-05-27"),  # a Taiwan (民国) year
        ("到“十四五”末基本建成。", "“十四五”末", None, "2025-12"),  # the end of a five-year plan's period
        ("“十二五”期末覆盖全市。", "“十二五”期末", None, "2015-12"),
    ],
)
def test_half_years_days_written_hao_chinese_numeral_years_and_this_year(rules, text, when, start, end):
    found = find_when(text, rules, year=2024)
    assert (found.text, found.start_date, found.end_date) == (when, start, end)


def test_a_five_year_plans_whole_period_or_name_is_no_when(rules):
    assert find_when("“十三五”期间,全市新增绿地。", rules) is None  # the text's setting
    assert find_when("编制“十四五”规划。", rules) is None


@pytest.mark.parametrize(
    ("text", "when", "end"),
    [("报名即日起至 108 年 3 月 8 日止。", "即日起至 108年3月8日", "2019-03-08"), ("依 112年 6月 30日函办理。", "112年6月30日", "2023-06-30")],
)
def test_a_date_a_page_padded_with_spaces_is_read_whole_after_normalizing(norm, rules, text, when, end):
    # normalize drops the spaces inside the date; the space after 至 stays
    found = find_when(norm(text).proc, rules, year=2024)
    assert (found.text, found.end_date) == (when, end)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("加固堤防，排查险工险段。（责任单位：县水利局）", "县水利局"),
        ("开展校园安全检查。牵头单位：县教育局；配合单位：县公安局。", "县教育局"),
        ("县农业农村局负责统筹协调。", "县农业农村局"),
        ("1、\t加固堤防\t县水利局", "县水利局"),
        ("物资储备\n        区粮食局负责储备应急口粮。", "区粮食局"),  # indented after a heading
        ("隐患整改分级落实,院长全面负责。", "院长"),  # a post, not a body
        ("巡河检查由区河务办每季组织一次。", "区河务办"),
        ("区水务中心。\n负责编制全区河道养护计划。", "区水务中心"),  # a heading naming the body whose duties follow
    ],
)
def test_each_owner_form(rules, norm, text, owner):
    proc = norm(text).proc
    span = find_owner(proc, rules)
    assert span is not None and proc[span[0] : span[1]] == owner


def _reading(**changes):
    from pipeline.extract import NameReading

    fields = dict(
        tags=frozenset({"ns", "nt", "nr"}),
        unknown_max_chars=3,
        unknown_not_tags=frozenset({"v", "a"}),
        unknown_lead_tags=frozenset(),
        breaking=frozenset({"v"}),
        registered_breaking=frozenset(),
        tag_max_chars=(("nr", 3),),
        whole_not_tags=frozenset({"nr"}),
        rare_place=(0.0, 4, ""),
        directions="",
    )
    return NameReading(**{**fields, **changes})


def _fixture_lexicon(more: list[str] = ()):
    from pipeline.lexicon import compile_lexicon, read_lexicon

    words = ["卫生院 2000 nt", "公司 9000 n", "售 900 v", "电 5000 n", "青山 800 ns", "的 90000 uj", "严格执行 300 nr", "严格 3000 a",
             "执行 3000 v", "黄 3000 a", "泥 3000 n", "塘 3000 n", "初高中 300 nr", "普通中学 300 nt", "普通 3000 a", "中学 3000 n", "青山大学 300 nt", "高中 3000 n"]
    return read_lexicon(compile_lexicon([*words, *more], 100, ["ns", "nt", "nr"]).splitlines())


def test_a_name_the_lexicon_does_not_know_starts_at_its_first_character():
    from pipeline.extract import proper_name_start

    lexicon, reading = _fixture_lexicon(), _reading()
    assert proper_name_start("中连卫生院", 3, lexicon, reading) == 0  # two characters no word holds
    assert proper_name_start("在青山卫生院", 3, lexicon, reading) == 1  # a known place starts the name
    assert proper_name_start("在东青山卫生院", 3, lexicon, reading) == 2  # a direction before it is no part of it…
    assert proper_name_start("在东青山卫生院", 3, lexicon, _reading(directions="东西南北")) == 1  # …unless the rules say so
    assert proper_name_start("售电公司", 2, lexicon, reading) is None  # 售 is a verb: a kind of company, not a name
    assert proper_name_start("黄泥塘中学", 2, lexicon, reading) is None  # 黄 is an adjective…
    # …which may open a place name where the rules say so (黄泥塘, 白沙, 大坪)
    assert proper_name_start("黄泥塘中学", 2, lexicon, _reading(unknown_lead_tags=frozenset({"a"}))) == 0
    assert proper_name_start("甲乙丙丁卫生院", 3, lexicon, reading) == 4  # longer than unknown_name_max_chars: the body word only
    assert proper_name_start("青山售电公司", 2, lexicon, reading) is None  # a verb between the place and the body word
    assert proper_name_start("青山售电有限公司", 4, lexicon, reading, registered=True) == 0  # …but a registered name's trade


def test_a_rare_long_place_word_not_ending_as_a_place_starts_no_name():
    from pipeline.extract import proper_name_start

    lexicon = _fixture_lexicon(["自觉遵守 3 ns", "牌坊店村 3 ns", "学校 3000 n"])
    reading = _reading(rare_place=(100.0, 4, "村"))  # every listed word counts as rare here: the ending decides
    assert proper_name_start("自觉遵守学校", 2, lexicon, reading) is None
    assert proper_name_start("牌坊店村学校", 2, lexicon, reading) == 0
    assert proper_name_start("自觉遵守学校", 2, lexicon, _reading()) == 0  # no rule: the tag is read as it stands


def test_a_name_the_lexicon_does_not_know_may_stand_after_known_words():
    from pipeline.extract import proper_name_start

    lexicon, reading = _fixture_lexicon(["学年 3000 n"]), _reading(unknown_not_tags=frozenset({"v", "a", "uj"}), breaking=frozenset({"v", "uj"}))
    assert proper_name_start("学年中连中学", 2, lexicon, reading) == 2  # (本)学年 | 中连中学
    assert proper_name_start("学年的中连中学", 2, lexicon, reading) == 3  # a function word before the name is no part of it
    assert proper_name_start("学年的中中学", 2, lexicon, reading) is None  # one character names nothing
    # more single characters than a name has: people's names run together (组长史世标王凤分院院长)
    assert proper_name_start("学年甲乙丙丁中学", 2, lexicon, reading) is None


def test_a_phrase_the_lexicon_tags_a_personal_name_starts_no_name():
    from pipeline.extract import proper_name_start

    lexicon = _fixture_lexicon()
    assert proper_name_start("严格执行公司", 2, lexicon, _reading()) is None  # four characters: no one's name
    assert proper_name_start("严格执行公司", 2, lexicon, _reading(tag_max_chars=())) == 0  # …unless the rules allow it


def test_a_word_taking_in_the_body_word_names_a_body_only_by_an_organisation_tag():
    from pipeline.extract import proper_name_start

    lexicon = _fixture_lexicon()
    assert proper_name_start("青山大学", 2, lexicon, _reading()) == 0  # one word, tagged an organisation
    assert proper_name_start("初高中", 2, lexicon, _reading()) is None  # tagged a personal name
    assert proper_name_start("普通中学", 2, lexicon, _reading()) is None  # 普通 before 中学 is one common word


def test_a_bracketed_issuer_before_the_date_is_declared_with_its_one_character_place(rules):
    text = "[杞县人民政府]2016-05-09字号: |\n1总则\n1.1编制目的\n做好旱灾突发事件防范与处置工作。\n"
    found = _institution("杞县抗旱应急预案", text, rules)
    assert (found.name, found.named) == ("杞县人民政府", True)


def test_a_one_character_place_the_lexicon_knows_stays_with_its_level(rules):
    body = "为做好抗旱工作，制定本预案。\n一、杞县人民政府统一领导全县抗旱工作。\n二、各乡镇落实责任。"
    assert _institution("抗旱应急预案", body, rules).name == "杞县人民政府"


def test_a_word_tagged_a_name_is_none_when_a_verb_stands_before_the_body(rules):
    body = "一、预案目的\n本预案适用于本公司。\n二、附则\n本预案自发布之日起施行，最终解释权归公司所有。"
    found = _institution("企业防汛应急预案", body, rules)
    assert (found.name, found.named) == ("公司", False)


# find_institution in its parts: mentions (candidates and what their place says),
# the evidence they add up to, and the decision. Weights are fixed here, so an
# analyst's edit to rules/institutions.yaml does not change these examples.


def _fixed_weights(rules):
    config = rules.institutions.model_copy(
        update={"deference_weight": 0.25, "tasked_weight": 0.5, "weights": {**rules.institutions.weights, "opening": 1.0}}
    )
    return config


def test_a_mention_takes_its_role_from_what_stands_around_it(rules):
    from pipeline.extract import body_mentions

    text = normalize("根据市教育局部署，县卫生局牵头，县交通局负责日常巡查。某某镇做好宣传。", rules).proc
    roles = {m.name: (m.role, m.named) for m in body_mentions(text, 1.0, rules)}
    assert roles["市教育局"] == ("deferring", True)
    assert roles["县卫生局"] == ("tasked", True)
    assert roles["县交通局"] == ("tasked", True)


def test_a_mention_inside_a_cited_title_defers_and_a_placeholder_names_no_body(rules):
    from pipeline.extract import body_mentions

    mentions = body_mentions(normalize("依据《县农业局关于秸秆禁烧的通知》，XX县教育局成立领导小组。", rules).proc, 1.0, rules)
    assert [(m.name, m.role, m.named) for m in mentions] == [("县农业局", "deferring", True), ("县教育局", "speaking", False)]


def test_a_body_whose_document_the_staff_study_defers(rules):
    from pipeline.extract import body_mentions

    mentions = body_mentions("学校组织全体教职工集中学习国务院教育督导委员会办公室决定开展专项治理的通知。", 1.0, rules)
    assert {m.role for m in mentions} == {"deferring"}


def test_the_evidence_scales_a_mention_by_its_role_and_its_place_in_the_opening(rules):
    from pipeline.extract import Mention, weigh_mentions

    config = _fixed_weights(rules)
    mentions = [
        Mention("县卫生局", 0, 1.0, "speaking", opening=True),
        Mention("县卫生局", 50, 1.0, "tasked"),
        Mention("市政府", 10, 4.0, "deferring"),
    ]
    evidence = weigh_mentions(mentions, config)
    assert evidence.scores == {"县卫生局": 1.0 + 1.0 + 0.5, "市政府": 1.0}
    assert evidence.speaking == {"县卫生局"} and evidence.first_seen == {"县卫生局": 0, "市政府": 10}


def test_the_evidence_gives_a_short_form_to_the_long_form_stated_with_it(rules):
    from pipeline.extract import Mention, weigh_mentions

    mentions = [Mention("青山县教育局", 5, 1.0, "speaking", short_form="县教育局"), Mention("县教育局", 40, 1.0, "speaking")]
    evidence = weigh_mentions(mentions, _fixed_weights(rules))
    assert evidence.scores == {"青山县教育局": 2.0} and evidence.first_seen == {"青山县教育局": 5}


def test_a_governments_short_form_goes_to_its_long_form_in_either_spelling(rules):
    from pipeline.extract import Mention, weigh_mentions

    long = Mention("青山省人民政府", 5, 1.0, "speaking", short_form="省人民政府")
    mentions = [long, Mention("省政府", 40, 1.0, "speaking"), Mention("省政府", 80, 1.0, "speaking")]
    evidence = weigh_mentions(mentions, _fixed_weights(rules))
    assert evidence.scores == {"青山省人民政府": 3.0}


def test_the_decision_takes_the_best_supported_body_ties_to_the_first_named(rules):
    from pipeline.extract import Evidence, decide_institution

    evidence = Evidence({"县卫生局": 3.0, "县教育局": 3.0, "市政府": 1.0}, {"县卫生局": 9, "县教育局": 2, "市政府": 0}, {"县卫生局", "县教育局"}, {"县卫生局", "县教育局"}, {})
    found = decide_institution(evidence, "方案", "正文。", [], rules)
    assert (found.name, found.named) == ("县教育局", True)


def test_the_decision_falls_back_to_the_scope_when_every_body_named_defers(rules):
    from pipeline.extract import Evidence, decide_institution

    evidence = Evidence({"市政府": 1.0}, {"市政府": 0}, {"市政府"}, set(), {})
    found = decide_institution(evidence, "整治方案", "在全县范围内开展整治。", [], rules)
    assert (found.name, found.named) == ("县政府", False)


def test_the_decision_prefers_the_body_implied_to_one_every_mention_cites(rules):
    from pipeline.extract import Evidence, decide_institution

    cited = Evidence({"国务院": 0.5}, {"国务院": 0}, {"国务院"}, set(), {})
    found = decide_institution(cited, "应急预案", "为处理公司各项目部的事故,制定本预案。", [], rules)
    assert (found.name, found.named) == ("公司", False)
    # …but where a body cited is of the kind implied, that body, as named.
    reported_to = Evidence({"镇政府": 0.5}, {"镇政府": 0}, {"镇政府"}, set(), {})
    found = decide_institution(reported_to, "方案", "结合我镇实际。各村向镇政府报告。", [], rules)
    assert (found.name, found.named) == ("镇政府", True)


def test_a_body_followed_by_its_order_or_document_number_is_cited(rules):
    body = "为处理公司各项目部的事故,制定本预案。编制依据:《危险化学品安全管理条例》(国务院令第344号);《防雷减灾管理办法》(河谷市人民政府【2008】第99号文)。"
    found = _institution("安全生产事故应急救援预案", body, rules)
    assert (found.name, found.named) == ("公司", False)


def test_the_signature_of_the_notice_in_a_plans_opening_declares_its_lead_issuer(rules):
    title = "关于印发电子病历应用管理规范(试行)的通知"
    body = "各省、自治区卫生计生委:\n现印发给你们,请遵照执行。\n国家卫生计生委办公厅\n国家中医药管理局办公室\n2017年2月15日\n第一章 总则\n"
    assert _institution(title, body, rules).name == "国家卫生计生委办公厅"


def test_a_bodys_head_signing_for_it_by_title_and_name_declares_it(rules):
    body = "《河谷住房管理办法》已经第8次部常务会议审议通过,现予发布。\n河谷部部长 王青山\n2012年5月28日\n第一章 总则\n第一条 各市人民政府负责本地住房管理。\n第二条 市人民政府应当公布住房名单。\n"
    assert _institution("河谷住房管理办法", body, rules).name == "河谷部"  # not 市人民政府, the bodies its articles task


def test_the_governments_of_a_kind_of_place_are_no_body(rules):
    tasks = "".join(f"第{n + 2}条 城市人民政府应当做好第{n}项渣土工作。\n" for n in range(3))
    body = f"第一条 为了加强青山渣土管理,制定本规定。\n{tasks}第九条 违反本规定的,依照《青山垃圾管理办法》(建设部第27号令)处罚。\n第十条 本规定由建设部负责解释。\n"
    assert _institution("青山渣土管理规定", body, rules).name == "建设部"  # not 城市人民政府: every city's government, not one
    # …nor a body named after a kind of place: 城镇街道 (a town's or a city's streets), however often the text names it
    body = "为推进示范区工作,卫生部特制定本指导方案。\n一、工作目标\n城镇街道要组织宣传。城镇街道要开展检测。\n二、工作内容\n城镇街道要落实随访。\n"
    assert _institution("艾滋病综合防治示范区工作指导方案", body, rules).name == "卫生部"


def test_a_ministrys_department_is_the_body_named(rules):
    text = "国家能源局综合司关于做好今冬明春电力保供工作的通知\n各有关单位:\n"
    assert find_institution("", "一、总体要求\n", rules, text).name == "国家能源局综合司"


def test_a_level_word_closing_a_common_word_names_no_level(rules):
    found = _institution("三资清理工作方案", "为做好清理工作,组织各社区居委开展自查,结合街道实际,制定本方案。", rules)
    assert (found.name, found.named) == ("街道办事处", False)  # not 区居委: 区 closes 社区
    found = _institution("环境整治方案", "全市教育局系统开展整治。各乡镇政府配合。", rules)
    assert found.name == "市教育局"  # 全市 opens the sentence, not a word the body is lost in; 乡镇政府 names no one body


def test_a_placeholder_withholds_the_name_but_gives_the_kind_of_body(rules):
    found = _institution("传染病防治工作计划", "为做好传染病防治工作,特制定本计划。\n一、加强领导。\nXX乡卫生院\n", rules)
    assert (found.name, found.named) == ("卫生院", False)


def test_a_placeholders_kind_is_not_a_word_it_runs_on_into(rules):
    # 某镇乡村建设: the 乡 begins 乡村 (countryside); the body is the town's government.
    mentions = body_mentions("为推进某镇乡村建设,制定本计划。", 1.0, rules)
    assert [(m.name, m.named) for m in mentions] == [("镇政府", False)]


def test_a_generic_kind_gives_way_to_its_unit_the_text_names(rules):
    body = "今年社区团支部将组织青年志愿活动。\n一、开展读书会。\n二、社区团支部每月组织一次清洁活动。"
    found = _institution("社区共青团工作计划", body, rules)
    assert (found.name, found.named) == ("社区团支部", False)


def test_a_title_opening_with_a_teaching_group_is_that_groups_plan(rules):
    # 中学政治教研组学期工作计划: the subject group's plan for the term, its school unnamed
    body = "针对本学期的新情况,结合上学年工作的经验,制定本计划。\n一、加强理论学习。\n二、开展听课评课。"
    found = _institution("中学政治教研组学期工作计划", body, rules)
    assert (found.name, found.named, found.why) == ("中学政治教研组", False, "title")


def test_a_placeholder_before_a_project_department_gives_that_kind(rules):
    body = "为保证XXXX项目经理部施工人员安全,编制本预案。\n一、适用范围\n适用于XXX项目经理部承建的所有工程。"
    found = _institution("邻近河谷线施工应急预案", body, rules)
    assert (found.name, found.named) == ("项目经理部", False)


def test_a_peoples_organisation_at_its_level_is_a_body(rules):
    assert [m.name for m in body_mentions("县妇联牵头,县团委、县总工会配合。", 1.0, rules)] == ["县妇联", "县团委", "县总工会"]


def test_a_places_schools_named_as_those_it_enrols_pupils_in_are_no_body(rules):
    assert title_issuer("2025年河谷区小学招生入学工作实施意见", rules) is None
    assert [m.name for m in body_mentions("河谷市市区普通高中招生工作由市教育局负责。", 1.0, rules)] == ["市教育局"]
    assert [m.name for m in body_mentions("在河谷市普通高等学校就读的学生由市教育局登记。", 1.0, rules)] == ["市教育局"]
    assert [m.name for m in body_mentions("持证人员子女可以报考普通高级中学,由市教育局登记。", 1.0, rules)] == ["市教育局"]
    # …but a school's own admissions plan is the school's
    assert title_issuer("河谷市青禾高级中学2025年自主招生方案", rules) == "河谷市青禾高级中学"


def test_a_level_named_body_takes_its_places_from_the_titles_opening_words(rules):
    body = "一、招生对象\n适龄儿童由区教育局统一安排。\n二、工作要求\n区教育局负责解释。"
    assert _institution("2025年青禾新区小学招生入学工作方案", body, rules).name == "青禾新区教育局"
    assert _institution("杭州市西湖区2025年义务教育阶段学校入学工作实施方案", body, rules).name == "杭州市西湖区教育局"
    # …a county of one character too, which the place list gives whole (沛县), not a word holding 县 (各县, 全县)
    body = "一、补贴对象\n项目建成后报县经信局验收。\n二、其他\n本方案由县经信局负责解释。"
    assert _institution("2025年沛县电子商务进农村资金支持方案", body, rules).name == "沛县经信局"
    assert _institution("各县电子商务进农村资金支持方案", body, rules).name == "县经信局"
    body = "一、总体要求\n二、工作措施\n本方案由市交通局负责解释。"
    assert _institution("城市公共交通发展方案", body, rules).name == "市交通局"  # 城市 is a word, not a place 城


def test_a_second_post_an_official_holds_is_no_body(rules):
    # 副镇长王青禾兼办公室主任: a person given a post, not a body 镇长王青禾兼办公室
    body = "一、组织领导\n成立领导小组,由党委书记任组长,镇长任副组长,下设办公室,副镇长王青禾兼办公室主任,办公室设在党政办。\n二、工作措施\n各村开展隐患排查。\n"
    found = _institution("村镇地质灾害防治工作实施方案", body, rules)
    assert "兼" not in (found.name or "")


def test_a_national_peoples_organisation_is_a_named_body(rules):
    found = _institution("中国科协2023年工作要点", "2023年,中国科协将坚持以习近平新时代中国特色社会主义思想为指导。\n一、强化思想引领\n", rules)
    assert (found.name, found.named) == ("中国科协", True)


def test_a_title_opening_with_its_year_and_a_body_named_after_its_parent(rules):
    found = _institution("2023年河谷大学附属青山实验小学工作计划", "一、指导思想\n坚持立德树人。\n", rules)
    assert (found.name, found.named) == ("河谷大学附属青山实验小学", True)
    text = "本方案由河谷医科大学附属第一医院负责解释。"
    assert [mention.name for mention in body_mentions(text, 1.0, rules)] == ["河谷医科大学附属第一医院"]


def test_a_body_named_by_its_level_takes_the_place_the_title_opens_with(rules):
    body = "1 总则\n1.1 目的\n在市政府统一领导下,做好危险化学品事故应急工作。市政府负责组织实施。\n"
    found = _institution("【武汉市】危险化学品事故灾难应急预案", body, rules)
    assert (found.name, found.named) == ("武汉市政府", True)


def test_a_source_or_author_line_names_a_body_not_a_site(rules):
    assert page_sources("---\ntitle: 河谷省行政执法全过程记录办法\nauthor: 河谷省人民政府\n---\n", rules) == ("河谷省人民政府",)
    assert page_sources("2017-05-18 14:30\n来源:国家卫生计生委能力建设和继续教育中心\n", rules) == ("国家卫生计生委能力建设和继续教育中心",)
    assert page_sources("新闻来源:河谷省科技厅\n", rules) == ("河谷省科技厅",)
    assert page_sources("日期:108-01-11\n资料来源:青山县灾害防救办公室\n", rules) == ("青山县灾害防救办公室",)  # a Taiwan site's 資料來源
    # a bureau's division, the page's spacing after it
    assert page_sources("文章来源:河谷市农业局科教处    \n发布时间:2013-10-05\n", rules) == ("河谷市农业局科教处",)
    assert page_sources("发布时间:2021-07-08 16:15 信息来源:青山县民政局\n", rules) == ("青山县民政局",)
    assert page_sources("来源:新华网\n第一条 为了规范执法,制定本办法。\n", rules) == ()
    # a township, the page's next field on the same line
    assert page_sources("护林员职责\n来源:河谷镇 发布时间:2024-06-01 09:00\n", rules) == ("河谷镇",)


def test_a_pages_publishing_field_names_a_body_before_its_source_line(rules):
    # the publishing body's field after the date's on the same line
    assert page_sources("发布时间:2023年3月1日 发布单位:河谷县林业局\n", rules) == ("河谷县林业局",)
    assert page_sources("信息来源:青山县民政局\n发布机构:青山县人民政府办公室\n", rules) == ("青山县人民政府办公室", "青山县民政局")


def test_a_line_that_is_one_name_keeps_the_office_under_a_government_or_school(rules):
    assert [m.name for m in body_mentions("桃园市政府教育局", 3.0, rules, whole_name=True)] == ["桃园市政府教育局"]
    assert [m.name for m in body_mentions("河谷县复兴高级中学团委", 3.0, rules, whole_name=True)] == ["河谷县复兴高级中学团委"]
    # In running text the government is named alone: the words after it are another phrase.
    assert "桃园市政府" in [m.name for m in body_mentions("桃园市政府教育局主办本次竞赛。", 1.0, rules)]


def test_a_page_source_is_the_issuer_where_the_plan_declares_none_and_the_page_names_no_owner(rules):
    body = "为培养乡村医生师资,在国家卫生计生委科教司的指导下开展培训。\n(一)培训目标\n"
    sources = ("国家卫生计生委能力建设和继续教育中心",)
    assert find_institution("乡村医生师资培训", body, rules, page_sources=sources).name == sources[0]
    # A page whose footer or <title> names its owner gives the owner's full name as evidence instead.
    owned = find_institution("乡村医生师资培训", body, rules, site_owners=("河谷省卫生健康委",), page_sources=("河谷卫健委",))
    assert owned.name != "河谷卫健委"


def test_a_page_source_naming_the_titled_places_own_office_is_the_issuer(rules):
    body = "一、总则\n(一)指导思想\n做好防汛工作。\n"
    title = "河谷县青禾镇2025年防汛应急预案"
    assert find_institution(title, body, rules, page_sources=("青禾镇人民政府",)).name == "青禾镇人民政府"
    # …not a source naming another place's, or another kind of body: the title's place stands
    assert find_institution(title, body, rules, page_sources=("白沙镇人民政府",)).name == "河谷县青禾镇"
    assert find_institution(title, body, rules, page_sources=("河谷县水利局",)).name == "河谷县青禾镇"


def test_a_titled_short_school_name_is_spelt_out_as_the_pages_source_line_names_it(rules):
    body = "为做好暑期安全工作,确保我校学生安全,特制定本方案。\n一、工作目标\n"
    title = "青禾三小2024年暑期安全工作方案"
    assert find_institution(title, body, rules, page_sources=("河谷县青禾第三小学",)).name == "河谷县青禾第三小学"
    # …not a source naming another school: the title's name stands
    assert find_institution(title, body, rules, page_sources=("河谷县白沙中学",)).name == "青禾三小"


def test_a_disclosure_pages_publishing_body_and_the_national_congress_declare_the_issuer(rules):
    page = "关于印发《青山区教育局2022年工作要点》的通知\n  • 公开主体:\n\n    河谷市青山区教育局\n\n各中小学:\n现将工作要点印发给你们。\n"
    assert _institution("青山区教育局2022年工作要点", page, rules).name == "河谷市青山区教育局"
    law = "(1988年12月29日第七届全国人民代表大会常务委员会第五次会议通过)\n第一章 总则\n第一条 为了加强标准化工作,制定本法。\n"
    assert _institution("中华人民共和国标准化法", law, rules).name == "全国人民代表大会常务委员会"


def test_a_pages_own_header_outranks_the_publishing_body_of_a_page_reposting_it(rules):
    page = (
        "发布机构:\n河谷市青山区财政局\n名称:\n河谷市民政局 河谷市财政局关于印发河谷市助餐服务管理办法的通知\n"
        "河谷市民政局 河谷市财政局关于印发河谷市助餐服务管理办法的通知\n各区民政局:\n现印发给你们。\n"
    )
    assert _institution("河谷市助餐服务管理办法", page, rules).name == "河谷市民政局"


@pytest.mark.parametrize(
    ("title", "body", "cover", "issuer"),
    [
        pytest.param(
            "交易分配方案",
            "一、计量\n",
            "河谷电力监管局文件\n国家能源局河谷监管局文件\n河谷监能〔2019〕8号\n河谷能源监管局关于印发交易分配方案的通知\n"
            "各有关单位：\n现将方案印发给你们。\n国家能源局河谷监管局\n2019年8月2日\n(联系电话:010-5196)\n",
            "国家能源局河谷监管局",
            id="of two letterheads the one the signature repeats",
        ),
        pytest.param(
            "培训管理办法", "第一条 为规范公司培训,制定本办法。\n", "\n河谷支付科技有限公司\n", "河谷支付科技有限公司", id="a whole name on the line above the title"
        ),
        pytest.param(
            "河谷市政务数据管理办法",
            "第一条 为了加强政务数据管理，制定本办法。\n",
            "河谷市人民政府令\n\n(第16号)\n《河谷市政务数据管理办法》已经市人民政府常务会议审议通过，现予公布。\n市长 王青山\n\n2020年5月15日\n",
            "河谷市人民政府",
            id="a government's order, the mayor signing no body",
        ),
        pytest.param(
            "河谷市公共租赁住房管理办法",
            "第一条 为规范公共租赁住房管理,制定本办法。\n第二条 区县人民政府负责本地区的审核工作。区县人民政府应当公示。\n",
            "关于印发《河谷市公共租赁住房管理办法》的通知\n各区县住房城乡建设委:\n"
            "为做好公共租赁住房管理工作,根据河谷市人民政府《关于加强公共租赁住房管理的通知》,"
            "河谷市住房和城乡建设委员会制定了《河谷市公共租赁住房管理办法》,现印发给你们,请认真执行。\n二〇一一年十一月二十九日\n",
            "河谷市住房和城乡建设委员会",
            id="the body a cover notice says drew up the plan",
        ),
        pytest.param(
            "河谷县突发事件总体应急预案",
            "1 总则\n",
            "发布机构 河谷县人民政府办公室\n河政发〔2023〕7号\n关于印发河谷县突发事件总体应急预案的通知\n"
            "各乡镇人民政府：\n现将预案印发给你们。\n\n河谷县人民政府\n\n2023年3月9日\n",
            "河谷县人民政府",
            id="a cover signature over the page metadata of the office that posted it",
        ),
    ],
)
def test_the_issuer_a_cover_declares(rules, title, body, cover, issuer):
    assert find_institution(title, body, rules, cover).name == issuer


def test_a_body_the_text_names_as_its_own_本部_is_the_writer(rules):
    body = "1. 河谷部(以下简称本部)为支持退休者再就业，特订定本计划。\n2. 本计划主办机关为本部发展署，其任务如下：\n"
    assert _institution("", body, rules).name == "河谷部"


def test_a_notice_header_listing_many_issuers_before_its_bracketed_number_is_led_by_the_first(rules):
    cover = "河谷银行 河谷发展改革委 河谷工业和信息化局 河谷公安局 河谷市场监管局 河谷金融监管局关于规范预付卡经营的通知(河银发〔2026〕4号)\n各区人民政府:\n"
    body = "一、明确预付卡发行条件\n(一)发卡须经备案。河谷金融监管局、河谷金融监管局、河谷公安局依法查处。\n"
    assert find_institution("", body, rules, cover).name == "河谷银行"
    # …but a document a list cites, in title marks with its number, is no header
    body = "第一条 依据以下文件制定本办法:\n《河谷银行关于加强终端管理的通知》(河银发〔2021〕9号)\n第二条 河谷云支付有限公司各部门遵照执行。河谷云支付有限公司负责解释。\n"
    assert find_institution("终端管理办法", body, rules).name != "河谷银行"


def test_a_kind_written_only_in_its_short_form_is_reported_in_full(rules):
    body = "1、业委会每季度公布账目,报社区备案。\n2、业委会表决实行少数服从多数。\n3、业委会会议纪要须公示。\nXX小区业委会\n"
    assert _institution("例会制度", body, rules).name == "业主委员会"


def test_a_quoted_name_a_taiwan_text_defines_as_本公司_with_以下称_is_the_writer(rules):
    body = "会员服务条款\n伸昱企业股份有限公司为『伸昱企业股份有限公司』(以下称「本公司」)所经营。本公司依本条款提供会员服务,本公司得修改本条款。\n一、适用范围\n"
    assert _institution("", body, rules).name == "伸昱企业股份有限公司"


def test_a_charters_article_naming_the_body_it_constitutes_declares_it_after_a_long_preamble(rules):
    preamble = "为明确办院方向,完善治理结构,保障患者权益,依照有关法律法规,结合本地情况,制定本章程。" * 12
    body = f"{preamble}\n第一条 本院由河谷市卫生健康委员会举办。\n第二条 医院名称:河谷市第一人民医院。\n第九十条 本章程由河谷省河谷市第一人民医院负责解释。\n"
    assert find_institution("", body, rules).name == "河谷市第一人民医院"


def test_a_committees_charter_naming_it_declares_it_not_its_hospital(rules):
    body = "第一条 为规范河谷医院的科研伦理审查,制定本章程。\n第二条 伦理委员会名称:河谷市中心医院伦理委员会。\n第三条 河谷市中心医院为本委员会提供办公场所。\n"
    assert find_institution("伦理委员会章程", body, rules).name == "河谷市中心医院伦理委员会"


def test_a_purpose_clause_opening_a_line_is_no_part_of_the_name_it_runs_into(rules):
    body = "第一条 制定目的\n加强河谷云支付有限公司(以下简称\"公司\")数据管理,保障公司数据安全。\n第二条 本办法适用于公司全体员工。\n"
    assert _institution("数据分级管理办法", body, rules).name == "河谷云支付有限公司"
    body = "第一条 制定目的\n有效提升河谷云支付有限公司(以下称\"公司\")服务水平。\n第二条 本办法适用于公司全体员工。\n"
    assert _institution("服务考核办法", body, rules).name == "河谷云支付有限公司"


def test_the_government_of_我市_takes_the_city_the_text_names_most(rules):
    body = (
        "1 总则\n为有效预防和控制河谷市突发公共卫生事件，结合我市实际，制定本预案。\n"
        "2 组织体系\n市政府成立河谷市突发公共卫生事件应急指挥部，市政府分管副市长任指挥长。\n"
        "市政府负责全市应急处置工作。市卫计委负责卫生应急日常工作。河谷市各区要建立相应机构。\n"
    )
    found = _institution("公共卫生事件预案", body, rules)
    assert found.name.startswith("河谷市") and found.name.endswith("政府")


def test_a_ministry_under_its_former_name_is_a_national_body(rules):
    assert [m.name for m in body_mentions("国土资源部负责组织全国土地变更调查。", 1.0, rules)] == ["国土资源部"]


def test_a_cover_pages_issuer_line_with_its_month_declares_it(rules):
    body = "河谷省防汛抗旱指挥部2025 年 6 月\n1 防御洪水方案\n浚县新镇、高庄镇负责转移群众。\n"
    assert _institution("河谷省海河流域防洪预案", body, rules).name == "河谷省防汛抗旱指挥部"


def test_a_预案_whose_title_names_no_body_is_the_governments_not_the_department_named_most(rules):
    from pipeline.extract import Evidence, _government_of_plan

    scores = {"市公安局": 18.25, "市交委": 7.75, "市人民政府": 6.0}
    evidence = Evidence(scores, {name: 0 for name in scores}, set(scores), {"市公安局", "市交委", "市人民政府"}, {})
    assert _government_of_plan("市公安局", "交通突发事件预案", evidence, rules) == "市人民政府"
    assert _government_of_plan("市公安局", "交通突发事件工作方案", evidence, rules) is None
    assert _government_of_plan("医院", "火灾应急预案", evidence, rules) is None
    # A district's government named most in a city's plan (河谷市…预案): the city's government the title's place
    # implies, in the long form its score went to.
    scores = {"山水区人民政府": 19.75, "市应急局": 16.0, "河谷市人民政府": 7.75}
    evidence = Evidence(scores, {name: 0 for name in scores}, set(scores), {"山水区人民政府", "市应急局", "市人民政府"}, {})
    assert _government_of_plan("山水区人民政府", "河谷市突发地质灾害应急预案", evidence, rules) == "河谷市人民政府"
    assert _government_of_plan("山水区人民政府", "突发地质灾害应急预案", evidence, rules) is None


def test_a_header_naming_a_lead_and_so_many_others_names_the_lead_in_its_full_form(rules):
    page = (
        "发布机构:\n河谷市卫生健康委员会\n名称:\n河谷市卫生健康委等4部门关于印发家庭医生签约服务实施方案的通知\n"
        "河谷市卫生健康委等4部门关于印发家庭医生签约服务实施方案的通知\n各区卫生健康局:\n现印发给你们。\n"
    )
    assert _institution("家庭医生签约服务实施方案", page, rules).name == "河谷市卫生健康委员会"


def test_the_body_signing_above_a_date_is_the_issuer_though_annex_tables_follow(rules):
    from pipeline.extract import signed_issuer

    body = (
        "为加强组织领导，确保2024年底基本建成，由振兴办牵头。\n一、工作目标\n二、工作措施\n"
        "附件：1.拟建设项目\n河谷县人民政府青山街道办事处\n2024年4月12日\n附件1：\n拟建设项目\n序号\t项目\n"
    )
    assert signed_issuer(body, rules) == "河谷县人民政府青山街道办事处"
    assert _institution("结窝村典型村培育实施方案", body, rules).name == "河谷县人民政府青山街道办事处"
    # Joint signers sign a line each: the first leads, and a letterhead's short form takes its full name.
    joint = "一、加强组织领导\n各地要定期督促检查。\n中国人民银行\n国家发展改革委\n财政部\n2025年11月26日\n"
    assert signed_issuer(joint, rules) == "中国人民银行"
    body = "一、总体要求\n各地要加强纳税信用建设。\n国家发展改革委办公厅\n税务总局办公厅\n2019年8月20日\n"
    found = find_institution("关于加强纳税信用建设的通知", body, rules, cover="发展改革委办公厅 文件\n")
    assert found.name == "国家发展改革委办公厅"
    broken = "一、总体要求\n(十五)本通知自发布之日起施行。\n国家发展\n改革委办公厅\n国家能源局综合司\n2020年3月26日\n"
    assert signed_issuer(broken, rules) == "国家发展改革委办公厅"  # a signer's name broken over two lines
    # A placeholder signs for no one, and a date with no name above it names no signer.
    assert signed_issuer("一、工作目标\nXX镇人民政府\n2024年4月12日\n", rules) is None
    assert signed_issuer("一、工作目标\n2024年4月12日\n", rules) is None
    # A full stop ends the sentence above a block whose lines do without: 名单见附件。 signs nothing.
    assert signed_issuer("五、参加人员\n名单见附件。\n河谷区体育局\n河谷区篮球协会\n2019年6月\n", rules) == "河谷区体育局"


def test_a_departments_name_joined_by_和_is_one_name_but_two_bodies_joined_by_和_are_two(rules):
    from pipeline.extract import body_mentions

    names = [m.name for m in body_mentions("深圳市卫生和计划生育委员会审理行政复议案件。", 1.0, rules)]
    assert "深圳市卫生和计划生育委员会" in names
    names = [m.name for m in body_mentions("由市人力资源和社会保障局负责。", 1.0, rules)]
    assert "市人力资源和社会保障局" in names
    assert {m.name for m in body_mentions("市教育局和市卫生局配合。", 1.0, rules)} == {"市教育局", "市卫生局"}


def test_a_tag_bracketed_before_a_declared_name_is_no_part_of_it(rules):
    page = "(转载)河谷市人民政府办公厅关于印发河谷市住房管理办法的通知\n各区人民政府:\n现印发给你们。\n"
    assert _institution("河谷市住房管理办法", page, rules).name == "河谷市人民政府办公厅"
    # a scraper's tags in ASCII before the header are no name either
    dump = "=== [site] 河谷市人民政府关于印发河谷市住房管理办法的通知 (3200字) ===\n一、总体要求\n"
    assert _institution("河谷市住房管理办法", dump, rules).name == "河谷市人民政府"
    # a portal's longer tag before a letter's header is no name, and the page's metadata declares the issuer
    letter = "发布机构: 青禾镇人民政府\n【面向社会公开征求意见】关于征求青禾镇护林方案意见的函\n各村:\n现征求意见。\n"
    assert _institution("青禾镇护林方案", letter, rules).name == "青禾镇人民政府"


def test_an_enclosure_the_plan_before_lists_is_a_document_of_that_plans_body(rules):
    from pipeline.extract import Institution, enclosure_issuers

    found = [Institution("河谷大学", True), Institution("中德工学院", True), Institution("河谷县教育局", True)]
    titles = ["河谷大学奖学金评定条例", "优秀奖学金评定细则", "河谷县教育局工作要点"]
    preceding = ["", "第十五条 本条例由评审委员会负责解释。\n附件:优秀奖学金评定细则\n附件\n", "十、奖金按照最高一项奖励。\n"]
    assert [i.name for i in enclosure_issuers(titles, preceding, ["", "", ""], found, rules)] == ["河谷大学", "河谷大学", "河谷县教育局"]


def test_an_annex_naming_no_body_of_its_own_is_the_document_its_annexed_to(rules):
    from pipeline.extract import Institution, enclosure_issuers

    found = [Institution("河谷市交通局", True, "mentions"), Institution(None, False, "none"), Institution("医院", False, "kind"), Institution("学校", False, "self-reference")]
    titles = ["河谷市道路巡查工作规范", "附件1:路面巡查记录办法", "附件2:车辆检查登记办法", "附件3:校车接送须知"]
    preceding = ["", "第九条 本规范自公布之日起施行。\n", "一、巡查人员当日填写记录。\n", "一、检查车辆须登记车牌。\n"]
    issuers = enclosure_issuers(titles, preceding, ["", "", "", ""], found, rules)
    # …but not one whose text speaks as a body of its own (我校): its own
    assert [(i.name, i.why) for i in issuers] == [("河谷市交通局", "mentions"), ("河谷市交通局", "enclosure"), ("河谷市交通局", "enclosure"), ("学校", "self-reference")]


def test_an_enclosure_listed_on_an_indented_line_with_inner_title_marks_is_that_plans_too(rules):
    from pipeline.extract import Institution, enclosure_issuers

    found = [Institution("河谷市人民政府", True), Institution("河谷研究院", True)]
    titles = ["河谷市人才公寓管理办法", "申请《河谷市人才公寓》的资格审核细则"]
    preceding = ["", "  第九条 本办法自公布之日起施行。\n  附件:1.《河谷市人才公寓申请表》\n     2.《申请〈河谷市人才公寓〉的资格审核细则》\n"]
    assert [i.name for i in enclosure_issuers(titles, preceding, ["", ""], found, rules)] == ["河谷市人民政府", "河谷市人民政府"]


def test_documents_a_cover_notice_hands_out_by_name_are_its_issuers(rules):
    from pipeline.extract import Institution, enclosure_issuers

    found = [Institution("河谷市人民政府", True), Institution("市政府", True), Institution("区政府", True), Institution("河谷市教育局", True)]
    titles = ["河谷市人口管理若干意见", "河谷市户籍迁入规定(试行)", "河谷市暂住人口管理办法", "河谷市教育局工作要点"]
    cover = "河谷市人民政府印发河谷市人口管理若干意见及配套文件的通知\n《河谷市人口管理若干意见》及配套文件《河谷市户籍迁入规定(试行)》、《河谷市暂住人口管理办法》,现予印发。\n"
    heads = [cover, "", "", ""]
    issuers = enclosure_issuers(titles, ["", "", "", ""], heads, found, rules)
    assert [i.name for i in issuers] == ["河谷市人民政府", "河谷市人民政府", "河谷市人民政府", "河谷市教育局"]  # the last it does not name
    cited = ["根据《河谷市户籍迁入规定(试行)》,结合实际制定本意见。\n", "", "", ""]  # cited, not handed out
    assert enclosure_issuers(titles, ["", "", "", ""], cited, found, rules)[1].name == "市政府"


def test_a_plan_whose_title_ends_with_a_title_the_cover_hands_out_is_that_document(rules):
    from pipeline.extract import Institution, enclosure_issuers

    cover = "河谷省农林厅关于印发果园管理标准和管理规范的通知\n我厅制定了《果园基本管理标准(试行)》和《果园生产基地管理规范(试行)》。现印发给你们。\n"
    titles = ["果园基本管理标准(试行)", "山地果园生产基地管理规范(试行)"]
    found = [Institution("河谷省农林厅", True), Institution("基地", False)]
    assert [i.name for i in enclosure_issuers(titles, ["", ""], [cover, ""], found, rules)] == ["河谷省农林厅", "河谷省农林厅"]
    # …but a body's own version of a document the cover names is that body's
    own = [Institution("河谷省农林厅", True), Institution("河谷农学院", True)]
    titles = ["果园基本管理标准(试行)", "河谷农学院果园生产基地管理规范"]
    assert enclosure_issuers(titles, ["", ""], [cover, ""], own, rules)[1].name == "河谷农学院"


def test_the_body_setting_up_a_command_headquarters_on_an_indented_line_speaks_for_the_plan(rules):
    from pipeline.extract import issuer_cue_windows

    body = "2.1 应急救援指挥部\n                市人民政府成立市道路交通事故应急救援指挥部,负责应对工作。\n"
    assert "市人民政府" in issuer_cue_windows(body, rules)


def test_a_body_cited_by_its_orders_or_announcements_number_defers(rules):
    from pipeline.extract import body_mentions

    text = "根据《支付服务管理办法》(中国人民银行令〔2010〕第2号)、《收单业务管理办法》(中国人民银行公告〔2013〕第9号)制定本制度。"
    assert {m.role for m in body_mentions(text, 1.0, rules)} == {"deferring"}


def test_a_body_whose_cited_document_is_one_of_a_list_defers(rules):
    from pipeline.extract import body_mentions

    # a body written before the title of its document, far down a list of what the plan follows, with no 要求 to close it
    text = "依据《青禾法》、《河谷条例》、《山谷办法》、《溪流规定》、《林地细则》、《湖区规则》、河谷省旅游厅《游客安全办法》、市有关法规,结合实际,制定本预案。"
    assert [(m.name, m.role) for m in body_mentions(text, 1.0, rules)] == [("河谷省旅游厅", "deferring")]


def test_a_body_before_its_documents_unquoted_title_in_a_list_of_what_the_plan_follows_defers(rules):
    from pipeline.extract import body_mentions

    text = "1.2 编制依据《河谷法》;青山省水利厅关于加强河谷堤坝巡查工作的通知;《青山条例》。"
    assert [(m.name, m.role) for m in body_mentions(text, 1.0, rules)] == [("青山省水利厅", "deferring")]


def test_a_factory_is_a_body(rules):
    found = _institution("河谷市青山胶印厂支持文件 文件编号 QY-C-06\n库房管理制度", "1 目的\n为加强库房管理,特制定本制度。\n", rules)
    assert (found.name, found.named) == ("河谷市青山胶印厂", True)


def test_the_body_a_pages_title_opens_with_is_a_site_owner(rules):
    from pipeline.extract import site_owners

    assert site_owners("一、目的\n", rules, "圣公会河谷小学 S.K.H. River Primary School") == ("圣公会河谷小学",)
    assert site_owners("一、目的\n", rules, "信息公开") == ()
    body = "我校公益少年团成立于1978年。\n一、宗旨\n二、活动\n"
    found = find_institution("公益少年团简介", body, rules, site_owners=("圣公会河谷小学",))
    assert (found.name, found.named) == ("圣公会河谷小学", True)  # a line that is nothing but a name is one, whatever the lexicon says


def test_a_body_word_that_runs_on_into_another_word_names_no_body(rules):
    body = "为建设美丽乡村，制定本方案。\n一、开展环境整治。\n二、各村组织清扫。"
    assert _institution("农村人居环境整治方案", body, rules).name != "美丽乡"


def test_a_page_title_holding_a_plan_word_is_not_a_schools_name(rules):
    found = _institution("安全工作计划小学", "一、加强安全教育。\n二、开展应急演练。", rules)
    assert found.name != "安全工作计划小学" and found.named is False


def test_with_nothing_else_the_generic_kind_is_a_word_not_a_character_inside_words(rules):
    # 处 of 处理 and 处置 is no 处; the plan speaks of a 医院.
    body = "一、总则\n为及时处理突发事件，妥善处置各类事故，保障医院正常秩序，制定本预案。\n二、应急处置\n发现险情及时处理。"
    found = _institution("应急预案", body, rules)
    assert (found.name, found.named) == ("医院", False)


def test_a_saved_pages_footer_names_the_site_it_came_from_as_a_candidate(rules):
    from pipeline.extract import find_institution, site_owners

    body = "一、外来人员联系接待制度\n为维护我校教学秩序，制定本制度。\n二、门卫值班制度\n门卫每天巡查校园。"
    owners = site_owners(body + "\n\n上海市复兴高级中学版权所有 (c) 1999-2005 联系网站管理员\n", rules)
    assert owners == ("上海市复兴高级中学",)
    found = find_institution("学校后勤安全有关制度", body, rules, site_owners=owners)
    assert (found.name, found.named) == ("上海市复兴高级中学", True)  # the school it calls 我校
    portal = site_owners(body + "\n@ 2008-2023 1wenmi网站版权所有\n", rules)
    assert find_institution("学校后勤安全有关制度", body, rules, site_owners=portal).named is False


def test_a_footers_owner_names_a_plan_that_names_only_a_body_of_its_kind(rules):
    from pipeline.extract import find_institution, site_owners

    body = "一、车辆管理\n公司公务车辆统一调度。\n二、仓库管理\n公司物资入库须经验收。\n"
    footer = site_owners("首页 | 关于我们 | 法律声明\n京ICP备00000000号 Copyright © 河谷建材集团有限公司 All Rights Reserved.", rules)
    assert footer == ("河谷建材集团有限公司",)
    assert find_institution("后勤管理规定", body, rules).named is False
    found = find_institution("后勤管理规定", body, rules, footer_owners=footer)
    assert (found.name, found.named) == ("河谷建材集团有限公司", True)
    # …not where the footer names a body of another kind (the firm that built an owners' committee's site).
    committee = "一、业主委员会职责\n业主委员会每季度召开会议。\n"
    assert find_institution("业主委员会工作制度", committee, rules, footer_owners=("河谷网络科技有限公司",)).name != "河谷网络科技有限公司"
    # …nor where the plan names the kind only inside other names (a vendor's site reposting a client's plan).
    client = "一、人员安排\n保洁公司应安排专人值守。\n二、清洁标准\n保洁服务公司每日清扫楼道。\n"
    assert find_institution("楼道保洁方案", client, rules, footer_owners=("河谷网络科技有限公司",)).name != "河谷网络科技有限公司"


def test_a_letterhead_is_one_line_or_two_never_page_chrome_or_two_letterheads(rules):
    text = "字体:\n小\n|\n大\n华北电力监管局文件\n国家能源局华北监管局文件\n华北监能市场〔2019〕228号\n"
    found = _institution("差额收益分配方案", text + "一、分配原则\n二、分配方式\n", rules)
    assert (found.name, found.named) == ("华北电力监管局", True)
    # A university's letterhead, its 文件 broken onto a line of its own, over the page's metadata of its office;
    # and a title line above a letterhead is no first half of it.
    page = "发布单位：河谷大学资产处\n河谷大学文\n件\n河大资〔2020〕7号\n关于印发《河谷大学实验室安全管理办法》的通知\n各学院：\n现印发给你们。\n"
    assert _institution("河谷大学实验室安全管理办法", page + "第一条 为规范实验室管理,制定本办法。\n", rules).name == "河谷大学"
    titled = "河谷师范大学本科生转专业工作管理办法\n河谷师范大学文件\n河师教〔2022〕9号\n"
    assert _institution("河谷师范大学本科生转专业工作管理办法", titled + "第一条 为规范转专业工作,制定本办法。\n", rules).name == "河谷师范大学"
    # …whatever the title's kind of document (…指引, …制度, …条例)
    titled = "会员单位信用评价指引\n青禾行业协会文件\n青协发〔2021〕16号\n"
    assert _institution("会员单位信用评价指引", titled + "第一条 为规范信用评价工作,制定本指引。\n", rules).name == "青禾行业协会"


def test_a_unit_a_national_body_runs_keeps_its_whole_name(rules):
    body = (
        "第一条 为加强国家卫生健康委人才交流服务中心专家库的管理,制定本办法。\n"
        "第二条 专家库由国家卫生健康委人才交流服务中心组建和管理。\n"
    )
    found = find_institution("专家库管理办法", body, rules)
    assert found.name == "国家卫生健康委人才交流服务中心"


def test_a_title_name_ends_where_a_word_ends(rules):
    assert title_issuer("北京师范大学大学生志愿服务管理办法", rules) == "北京师范大学"
    assert title_issuer("国立台北大学学生自治会资讯公开办法", rules) == "国立台北大学学生自治会"


def test_a_national_bodys_provincial_branch_keeps_its_whole_name(rules):
    body = "2025年,中国人民银行广东省分行重点抓好以下工作:一是强政治。二是稳增长,中国人民银行广东省分行将加大信贷支持。\n"
    assert find_institution("2025年重点工作", body, rules).name == "中国人民银行广东省分行"


def test_a_common_word_names_a_school_before_a_long_body_word(rules):
    assert title_issuer("育才高级中学德育工作计划", rules) == "育才高级中学"
    assert title_issuer("春季幼儿园安全工作计划", rules) is None
    assert title_issuer("二级以上医院院感管理办法", rules) is None  # a class of hospitals, no hospital


def test_a_title_opening_with_a_tasks_verb_names_no_body(rules):
    assert title_issuer("创建文明单位学校工作计划", rules) is None
    assert title_issuer("开展文明小区工作方案", rules) is None


def test_a_declared_name_holds_no_date_document_prefix_or_title(rules):
    history = "沿革\n中华民国九十年三月二日河谷院河规字第 0900012345 号公告\n第 1 条 本纲要依法订定。\n"
    assert declared_issuer("河谷发展纲要", history, rules) is None
    ocr = "关于加强河谷服务管理的意见河谷行业协会 2021 年 3 月\n一、总体要求\n"
    assert declared_issuer("关于加强河谷服务管理的意见", ocr, rules) != "关于加强河谷服务管理的意见河谷行业协会"


def test_a_centre_under_a_university_is_the_titles_body(rules):
    assert title_issuer("浙江大学心理健康教育中心学生助理管理办法", rules) == "浙江大学心理健康教育中心"


def test_an_agency_under_a_ministry_keeps_its_own_name(rules):
    body = "經濟部沿海漁業發展署\n年度漁港維護計畫\n經濟部沿海漁業發展署 編印\n一、經濟部沿海漁業發展署補助各漁港辦理維護。\n二、各漁港於每年3月底前提報。"
    assert _institution("年度渔港维护计划", body, rules).name == "经济部沿海渔业发展署"


def test_taiwans_ministries_are_national_bodies_in_a_text_written_in_its_script(rules):
    body = "依據內政部函辦理。\n一、本市各區公所協助內政部辦理補助申請。\n二、內政部每年查核一次。"
    assert _institution("补助作业要点", body, rules).name == "内政部"


def test_a_name_in_running_text_starts_after_a_joining_character(rules):
    from pipeline.extract import _each_name

    assert [name for _, _, name, _ in _each_name("主办方为青川大学", False, rules)] == ["青川大学"]


def test_a_themed_small_town_is_a_project_not_a_body(rules):
    body = "一、推进云岭小镇建设。\n二、打造云岭小镇品牌。\n三、各村做好环境整治。"
    assert _institution("重点工作安排", body, rules).name != "云岭小镇"


def test_in_a_simplified_text_a_taiwan_ministrys_name_is_a_companys_department(rules):
    body = "一、各门店将租赁合同提交法务部审查。\n二、法务部每月汇总合同台账。\n三、公司财务部负责付款。"
    assert _institution("门店租赁合同管理办法", body, rules).name != "法务部"


def test_a_model_essay_sites_word_run_into_a_title_is_no_part_of_a_name(rules):
    body = "医院器械管理制度汇编范文医院器械管理制度第一章总则第一条为规范医院器械管理。\n第二条 医院器械每日清点。\n"
    assert _institution("医院器械管理制度", body, rules).name == "医院"


def test_a_schools_branch_district_in_brackets_is_part_of_its_name_and_a_bullet_is_not(rules):
    assert title_issuer("• 青禾小学(河谷湾)2020年度学校发展计划", rules) == "青禾小学(河谷湾)"
    body = "河谷县实验中学(幼儿园)落实晨检制度。\n"  # a school and its kindergarten: the bracket names a body, not a district
    assert [m.name for m in body_mentions(body, 1.0, rules)] == ["河谷县实验中学"]


def test_a_collections_separator_before_a_title_is_no_part_of_the_name(rules):
    assert title_issuer("第3篇 河谷实验学校食堂卫生管理制度", rules) == "河谷实验学校"


def test_a_signature_may_be_an_office_and_may_be_spaced_out(rules, norm):
    from pipeline.extract import signed_issuer

    assert signed_issuer(norm("一、做好准备。\n二、按时完成。\n学 生 处\n2019年3月8日\n").proc, rules) == "学生处"
    assert signed_issuer(norm("一、做好准备。\n二、按时完成。\n河谷学院招生办公室\n2018年1月3日\n").proc, rules) == "河谷学院招生办公室"
    assert signed_issuer(norm("一、做好准备。\n王 小 明\n2018年1月3日\n").proc, rules) is None  # a person, not an office
    # a unit's 部 on a line of its own signs (a league committee's department), a page's button does not
    assert signed_issuer(norm("一、做好准备。\n共青团河谷大学委员会宣传部\n二〇一六年三月\n").proc, rules) == "共青团河谷大学委员会宣传部"
    assert signed_issuer(norm("一、做好准备。\n返回到首页\n回到顶部\n二〇一六年三月\n").proc, rules) is None
    # rules that carry no date: the last line after a sentence's end, a whole name
    assert signed_issuer(norm("第九条 本细则自发布之日起施行。\n河谷学院学生工作管理委员会\n").proc, rules) == "河谷学院学生工作管理委员会"
    assert signed_issuer(norm("第九条 本细则自发布之日起施行\n河谷学院学生工作管理委员会\n").proc, rules) is None
    # a page that sets a full stop after every line sets one after the signature and the date
    assert signed_issuer(norm("一、做好准备。\n二、按时完成。\n河谷县教育局。\n20xx年9月3日。\n").proc, rules) == "河谷县教育局"


def test_a_national_bodys_unit_word_that_closes_a_common_word_is_no_unit(rules):
    # 部署 (to deploy) ends in 署 (an agency) but names none: 国务院 is cited alone.
    assert [m.name for m in body_mentions("为贯彻党中央、国务院决策部署,落实各项要求。", 1.0, rules)] == ["国务院"]
    assert [m.name for m in body_mentions("教育部国民及学前教育署印发本计划。", 1.0, rules)] == ["教育部国民及学前教育署"]


def test_an_issuers_line_above_the_title_names_the_plan_and_a_page_title_does_not(rules):
    from pipeline.extract import Institution

    cover = "河谷省护林防火规定\n\n河谷省人民政府\n\n河谷省护林防火规定\n\n政府令〔2012〕第3号\n\n省长\n\n二○一二年五月一日\n"
    body = "第一章 总则\n第一条 根据国务院《森林防火条例》,结合本省实际,制定本规定。\n第二条 本省行政区域内的护林防火适用本规定。\n"
    assert find_institution("河谷省护林防火规定", body, rules, cover).name == "河谷省人民政府"
    page = "防火工作计划小学\n\n时间:2022-08-25 16:00:46 安全 我要投稿\n\n防火工作计划小学 篇1\n"  # a model-essay page's title
    essay = "一、学生基本情况分析\n小学生是祖国的花朵。\n二、工作目标\n确保学生安全。\n"
    assert find_institution("防火工作计划小学 篇1", essay, rules, page) == Institution("小学", False, "kind")


def test_a_plan_naming_no_body_belongs_to_the_kind_whose_units_and_people_it_speaks_of(rules):
    body = "一、门诊各诊室每日消毒。\n二、病房护士每班交接,患者信息不得外传。\n三、医务科每月抽查。"
    found = _institution("消毒隔离制度", body, rules)
    assert (found.name, found.named) == ("医院", False)
    # …a party branch's rules, by its meetings (党员大会, 支委会, 党课)
    body = "一、党员大会每半年至少召开一次。\n二、支委会由书记主持。\n三、每季度组织一次党课学习,党员轮流讲党课。\n"
    found = _institution("“三会一课”制度", body, rules)
    assert (found.name, found.named) == ("党支部", False)


def test_a_notice_header_given_as_a_metadata_title_declares_its_issuer_over_the_sites_department(rules):
    body = "标题：河谷省爱林建设委员会关于印发《河谷省护林实施方案》的通知\n发文机关：河谷省林业局\n一、总体要求\n二、主要任务"
    assert _institution("河谷省护林实施方案", body, rules).name == "河谷省爱林建设委员会"


def test_a_units_name_takes_the_name_of_the_body_it_belongs_to_where_the_text_gives_both(rules):
    body = "一、评奖原则\n坚持公开公正。\n二、申报要求\n成果须注明青川大学山水学院。\n"
    assert _institution("山水学院2024年奖学金实施方案", body, rules).name == "青川大学山水学院"


def test_a_name_defined_as_the_texts_own_short_form_mid_sentence_declares_the_writer(rules):
    body = "一、依據「河谷縣獎勵辦法」訂定國立青川大學(以下簡稱本校)獎學金要點。\n二、本校每年五月受理申請。\n三、河谷市稅務局協助查核。"
    assert _institution("助学金申请作业要点", body, rules).name == "国立青川大学"


def test_a_cover_signature_broken_over_lines_above_a_seal_note_and_a_page_number_is_one_name(rules):
    cover = "各成员单位:\n现将《护林方案》印发给你们,请认真组织实施。\n\n河谷省森林防灭火\n指挥部综合协调组\n(河谷省林业局代章)\n2024年5月6日\n(信息公开形式:主动公开)\n\n1\n"
    body = "一、总体要求\n二、重点任务\n各林场医院做好救治。医院每日报告。医院储备药品。"
    assert find_institution("护林方案", body, rules, cover=cover).name == "河谷省森林防灭火指挥部综合协调组"


def test_a_notices_closing_words_above_its_signature_are_no_part_of_the_name(rules):
    cover = "各乡镇人民政府:\n现将《河谷区防汛应急预案》印发给你们,请认真贯彻执行。\n\n    特此通知\n\n河谷市青山区人民政府办公室\n\n    2018年4月12日\n"
    body = "1总则\n1.1编制目的\n为做好防汛工作,制定本预案。\n"
    assert find_institution("河谷区防汛应急预案", body, rules, cover=cover).name == "河谷市青山区人民政府办公室"


def test_an_officials_title_on_its_own_line_above_the_signing_body_is_no_part_of_its_name(rules):
    # the order's signature names the mayor's post with the name left out, then the government
    cover = "河谷市人民政府令\n\n第27号\n\n《河谷市护林办法》已经市人民政府同意,现予发布。\n\n市    长\n\n    河谷市人民政府\n\n2026年3月2日\n"
    body = "第一章 总则\n第一条 为保护林木,制定本办法。\n第二条 各林场做好巡护。"
    assert find_institution("河谷市护林办法", body, rules, cover=cover).name == "河谷市人民政府"
    unsigned = "《河谷市护林办法》已经市人民政府同意,现予发布。\n\n市    长\n\n    河谷市人民政府\n\n2026年3月2日\n"
    assert declared_issuer("河谷市护林办法", body, rules, cover=unsigned) == "河谷市人民政府"


def test_a_school_year_by_its_number_days_counted_from_an_event_and_a_spaced_yearly_deadline_are_when(rules):
    assert find_when("113学年下学期起,依新制办理。", rules).text == "113学年下学期起"
    assert find_when("受训人员于第 2、5 天各考核一次。", rules).text == "第 2、5 天"
    assert find_when("学生于每年 9 月 30 日前提出申请。", rules).text == "每年 9 月 30 日前"


def test_a_branch_school_is_named_with_the_school_it_belongs_to(rules):
    assert title_issuer("青川中学城南分校学生守则", rules) == "青川中学城南分校"


def test_an_institution_says_the_route_it_was_read_by(rules):
    tasks = "一、摸清底数。\n二、落实责任。\n"
    cover = "河谷县教育局关于印发《河谷县校园安全工作方案》的通知\n各学校:\n现印发给你们。\n"
    assert find_institution("河谷县校园安全工作方案", tasks, rules, cover).why == "declared"
    assert find_institution("育才高级中学德育工作计划", tasks, rules).why == "title"
    spoken = "一、县卫生健康局成立工作专班。\n二、县卫生健康局每月调度。\n"
    assert find_institution("冬春季传染病防控工作方案", spoken, rules).why == "mentions"
    assert find_institution("传染病防控工作方案", "一、我院每日消毒。\n二、我院落实预检分诊。\n", rules).why == "self-reference"
    nothing = find_institution("工作方案", "一、摸清底数。\n", rules)
    assert (nothing.name, nothing.why) == (None, "none")


def test_a_one_character_body_word_that_opens_a_common_word_names_no_body(rules):
    # 办 of 办法 is no office: 河谷省林区防火办法 names no 林区防火办; 办公室 closes one, whole.
    assert [m.name for m in body_mentions("河谷省林区防火办法", 1.0, rules)] == []
    assert [m.name for m in body_mentions("河谷县林区防火办公室每日调度", 1.0, rules)] == ["河谷县林区防火办公室"]
    assert [m.name for m in body_mentions("委托县林业局办理", 1.0, rules)] == ["县林业局"]


def test_a_generic_kind_gives_way_to_the_longer_kind_holding_it_that_the_text_names(rules):
    config = rules.institutions.model_copy(update={"compound_kinds": ["社区医务站"], "compound_kind_min_mentions": 2})
    assert compound_kind("社区", "社区医务站为社区居民服务。社区医务站每周巡诊。", config) == "社区医务站"
    assert compound_kind("社区", "社区医务站为社区居民服务。", config) == "社区"  # named once: not enough
    assert compound_kind("公司", "社区医务站每周巡诊。社区医务站值班。", config) == "公司"  # holds no 公司


def test_a_generic_kind_gives_way_to_the_one_kind_of_it_the_text_names(rules):
    config = rules.institutions.model_copy(update={"compound_kinds": [], "kind_subtypes": {"学校": ["小学", "中学"]}, "joint_kinds": ["中小学"], "compound_kind_min_mentions": 2})
    assert compound_kind("学校", "小学放学时段,小学门口设护学岗。", config) == "小学"
    assert compound_kind("学校", "中小学放学时段,中小学门口设护学岗。", config) == "学校"  # 中小学: both kinds, neither
    assert compound_kind("学校", "小学门口设护学岗。", config) == "学校"  # named once: not enough
    # …but a title naming one kind of it settles it (小学安全工作计划), unless it names two at once (中小学)
    assert compound_kind("学校", "学校门口设护学岗。", config, "秋季小学防溺水工作计划") == "小学"
    assert compound_kind("学校", "学校门口设护学岗。", config, "中小学安全工作计划") == "学校"


def test_a_plan_that_speaks_of_its_community_is_the_health_centres_that_names_itself(rules):
    body = (
        "为做好辖区居民的健康管理，结合我社区实际，制定本计划。\n一、社区卫生服务中心每月为社区居民开展一次健康讲座。"
        "\n二、社区卫生服务中心建立居民健康档案，我社区居民每年体检一次。"
    )
    found = _institution("健康教育工作计划", body, rules)
    assert (found.name, found.named) == ("社区卫生服务中心", False)


def test_a_place_read_as_the_issuer_is_the_office_the_text_names_for_it(rules):
    body = "一、补助对象：设籍本乡满一年之产妇。\n二、申请人检具出生证明向山水县青禾乡公所提出申请。\n三、经费由青禾乡公所编列预算支应。"
    found = _institution("山水县青禾乡妇女生育补助实施计划", body, rules)
    assert (found.name, found.named) == ("山水县青禾乡公所", True)


def test_a_place_with_no_office_written_stays_the_place(rules):
    body = "一、各村要清理积存垃圾。\n二、镇里每月检查一次。"
    assert _institution("山水县青禾镇村庄清洁行动方案", body, rules).name == "山水县青禾镇"


def test_a_title_opening_with_a_unit_and_no_body_name_is_that_units_plan(rules):
    body = "一、组织教职工开展文体活动。\n二、做好困难职工帮扶，每季度走访一次。"
    found = _institution("幼儿园工会2025年下半年工作计划", body, rules)
    assert (found.name, found.named) == ("幼儿园工会", False)


def test_a_body_declared_by_its_former_name_is_the_body(rules):
    assert page_sources("author: 原环境保护部\n", rules) == ("环境保护部",)
    assert page_sources("来源: 原平市人民政府\n", rules) == ("原平市人民政府",)  # 原平, a city: no former name


def test_an_office_holders_clause_does_not_lend_its_verb_to_the_body_it_defines(rules):
    body = "第一条 担任河谷大学学生会(下称本会)干部者,应遵守本章程。\n第二条 本会设会长一人。\n"
    assert _institution("河谷大学学生会干部任职办法", body, rules).name == "河谷大学学生会"


def test_a_rule_resting_on_a_body_it_calls_its_own_is_that_bodys(rules):
    # 本细则依 X(下称本会)…规则订定: X is the body, not a name opening with 本细则依
    body = "第一条 本细则依河谷大学学生会(下称本会)学生议会组织规则订定之。\n第二条 本会办公室由秘书处管理。\n"
    assert _institution("河谷大学学生会办公室管理细则", body, rules).name == "河谷大学学生会"


def test_a_department_declaring_itself_is_the_department_of_the_university_the_text_names(rules):
    # 数学系(以下简称本系): the unit, under the university its mentions decide; 本室 of a room is no unit
    body = "一、数学系(以下简称本系)为落实导师辅导工作,特依国立青川大学导师制实施办法订定本细则。\n二、本系专任教师均有担任导师之义务。\n三、国立青川大学学生辅导中心协助导师。\n"
    found = _institution("", body, rules)
    assert (found.name, found.named, found.why) == ("国立青川大学数学系", True, "declared")
    room = "一、国立青川大学自修室(以下简称本室)开放时间另定之。\n二、本室座位不得预占。\n"
    assert _institution("自修室使用须知", room, rules).name == "国立青川大学"


def test_a_declared_unit_takes_the_name_the_title_gives_it_under_its_university(rules):
    body = "一、应用华语文系(以下简称本系)为办理学生实习,订定本要点。\n二、实习课程由本系开设。\n"
    assert _institution("河谷外语大学应用华语文系 实习施行要点", body, rules).name == "河谷外语大学应用华语文系"


def test_a_district_office_declaring_itself_by_its_short_form_is_the_office(rules):
    body = "一、台中市青禾区公所(以下简称本所)为推动台中市政府志工服务计划,特订定本要点。\n二、本所志工依台中市政府规定遴选。\n三、台中市政府另行补助。\n"
    assert _institution("志工服务实施要点", body, rules).name == "台中市青禾区公所"


def test_joint_issuers_left_unnamed_after_the_lead_are_no_part_of_its_name(rules):
    body = "一、检查内容\n二、检查方式\n三、工作要求\n"
    title = "河谷省住房和城乡建设厅办公室等关于对城市排水普查工作进行检查的通知"
    assert _institution(title, body, rules).name == "河谷省住房和城乡建设厅办公室"


def test_a_year_named_by_where_it_stands_to_this_one_is_no_part_of_a_name(rules):
    body = "一、加强党员教育。\n二、做好组织发展。\n"
    assert _institution("明年党支部工作计划", body, rules).name == "党支部"


def test_a_declared_name_takes_the_place_the_text_writes_before_it(rules):
    body = "一、招生对象：本市应届初中毕业生。\n二、报名地点：杭州市青禾高级中学教务处。\n三、咨询电话：青禾高级中学招生办。"
    assert _institution("青禾高级中学2025年自主招生方案", body, rules).name == "杭州市青禾高级中学"
    # …a place of its own already written stays as it is
    assert _institution("杭州市青禾高级中学2025年自主招生方案", body, rules).name == "杭州市青禾高级中学"


def test_a_declared_name_takes_every_place_the_text_writes_before_it(rules):
    body = "一、各村做好巡查。\n二、报名地点：杭州市西湖区青禾高级中学教务处。\n三、咨询电话：青禾高级中学招生办。"
    assert _institution("青禾高级中学2025年自主招生方案", body, rules).name == "杭州市西湖区青禾高级中学"


def test_a_numbered_announcements_issuer_broken_over_the_lines_above_it(rules):
    cover = "河谷市国际马拉松赛事\n交通保障指挥部\n"
    body = "近期我市将举办大型赛事。\n一、赛事期间主干道实行交通管制。\n二、市民出行请优先选择公共交通。"
    normalized = normalize(body, rules)
    found = find_institution("第12号公告", normalized.proc, rules, cover=cover, script=normalized.script)
    assert found.name == "河谷市国际马拉松赛事交通保障指挥部"


def test_a_branch_signs_with_its_body_word_and_a_date_in_chinese_numerals(rules):
    # 支部 (a party branch) is a body word, though the lexicon knows it as a common one; the year's zero is a letter O.
    body = "为表彰先进,现开展评选活动。\n一、评选条件。\n二、推荐办法。\n河谷医院离退休干部支部\n二O一九年三月五日"
    found = _institution("关于开展评选活动的通知", body, rules)
    assert (found.name, found.named) == ("河谷医院离退休干部支部", True)


def test_a_letters_closing_word_after_the_signer_is_not_part_of_its_name(rules):
    body = "一、请按号码顺序候诊。\n二、如有疑问，可到服务台咨询。\n河谷医院门诊课敬上"
    found = _institution("门诊服务须知", body, rules)
    assert (found.name, found.named) == ("河谷医院门诊课", True)


def test_the_seal_a_signature_notes_is_not_part_of_its_name_and_outranks_the_titles_place(rules):
    body = "一、值班时间\n6月1日至9月30日。\n二、值班地点\n镇水利站。\n附件:值班表(点击下载)\n    河谷镇防汛工作办公室(代章)\n    2015年4月10日\n"
    assert _institution("河谷镇2015年防汛值班通告", body, rules).name == "河谷镇防汛工作办公室"


def test_the_bodies_a_rule_binds_named_as_a_group_are_not_its_issuer(rules):
    body = "法规名称:河谷场馆消防办法\n第一条 为预防火灾,特制定本办法。\n第三条 各级主管部门及全县各类学校(以下简称学校)应依本办法办理消防工作。\n"
    assert _institution("河谷场馆消防办法", body, rules).name != "各级主管部门及全县各类学校"


def test_a_second_body_joined_to_the_titles_first_name_is_not_part_of_it(rules):
    assert title_issuer("河谷金融控股股份有限公司暨子公司信息安全管理要点", rules) == "河谷金融控股股份有限公司"
    assert title_issuer("河谷大学学生自治会选举办法", rules) == "河谷大学学生自治会"  # a body under the first: its name


def test_a_care_home_that_calls_itself_ben_gongyu_is_the_kind_it_names(rules):
    body = "一、入住条件：年满六十周岁，生活能够自理。\n二、本老年公寓实行预约入住。\n三、本公寓每月组织一次体检。"
    found = _institution("入住须知", body, rules)
    assert (found.name, found.named) == ("老年公寓", False)


def test_a_project_rule_that_applies_to_a_named_project_department_is_its_own(rules):
    body = "1 适用范围\n本预案适用于河谷港航道疏浚工程(一标段)项目部在施工现场发生的船舶事故。\n2 处置程序\n公司调度室接报后立即处置。\n"
    assert declared_issuer("船舶事故专项应急预案", body, rules) == "河谷港航道疏浚工程(一标段)项目部"
    # …not a scope of many bodies, nor the text's own place
    assert declared_issuer("医院安全管理规定", "第二条 本规定适用于本市行政区域内各级各类医院。\n", rules) is None
    assert declared_issuer("分公司管理办法", "第二条 本办法适用于河谷科技有限公司以及各分公司。\n", rules) is None


def test_a_charter_naming_its_society_of_the_republic_of_china_with_a_foreign_name_after_it(rules):
    body = "第一条\n本会定名为中华民国河谷地理学会 (THE GEOGRAPHICAL SOCIETY OF HEGU)。\n第二条 本会以推广地理学为宗旨。\n"
    assert declared_issuer("学会章程", body, rules) == "中华民国河谷地理学会"


def test_a_notice_header_run_on_into_its_document_number_and_addressees_is_declared(rules):
    body = "河谷省人民政府办公厅关于推进农村垃圾分类的意见河政办发〔2019〕12号各市人民政府:为推进垃圾分类,提出以下意见。一、总体要求。"
    assert declared_issuer("", body, rules) == "河谷省人民政府办公厅"


def test_a_unit_signing_on_its_schools_page_is_named_as_the_page_names_its_owner(rules):
    body = "一、选拔对象:本院研究生。\n二、报名方式:发送邮件。\n\n政法学院\n2024年3月1日\n"
    cover = "政法学院关于选拔助教的通知\n"
    found = find_institution("政法学院关于选拔助教的通知", body, rules, cover=cover, site_owners=("河谷大学政法学院",))
    assert (found.name, found.named) == ("河谷大学政法学院", True)
    # …an owner read with the aliases: 中华人民共和国教育部 is 教育部
    found = find_institution("教育部关于做好招生工作的通知", "一、做好招生。\n二、加强宣传。\n", rules, site_owners=("中华人民共和国教育部",))
    assert found.name == "教育部"


def test_an_acts_article_naming_its_competent_authority_declares_the_body_that_carries_it_out(rules):
    body = "第一条 为加速河谷县基础建设,特制定本条例。\n第二条 本条例之主管机关为河谷县发展委员会。\n第三条 各计划提报行政院核定。\n"
    assert declared_issuer("河谷县基础建设特别条例", body, rules) == "河谷县发展委员会"


def test_a_law_sites_category_line_declares_the_body_its_path_ends_in(rules):
    body = "法规名称:河谷林地保育条例\n法规类别:法律 / 废止法规>行政院河谷署\n第 1 条\n为保育林地,特制定本条例。\n"
    assert declared_issuer("河谷林地保育条例", body, rules) == "行政院河谷署"
    listed = "法规名称:河谷学校卫生办法\n法规类别:法律 / 行政>河谷部>学校卫生目\n第 1 条\n为促进学生健康,特制定本办法。\n"
    assert declared_issuer("河谷学校卫生办法", listed, rules) == "河谷部"


def test_a_length_kept_within_a_limit_is_no_when_but_the_next_year_is(rules):
    assert find_when("每位代表发言，时间控制在5分钟之内。", rules) is None
    assert find_when("河谷协会应于次年度公布收支报告。", rules).text == "次年度"


@pytest.mark.parametrize(
    "text",
    [
        "本公约由河谷花园业主委员会负责解释。\n河谷花园业主委员会 (盖章) 2023年4月9日",  # a signer and its date on one line
        "认真组织实施。\n附件:申报表\n河谷县人民政府\n2017年6月2日\n(此件公开发布)",  # a signer, then its date
    ],
)
def test_a_signers_date_is_no_when(rules, text):
    assert find_when(text, rules) is None


def test_a_date_under_a_heading_that_names_no_body_stays_a_when(rules):
    assert find_when("准备阶段\n2024年5月\n制定方案。", rules).text == "2024年5月"


def test_a_years_amount_and_a_record_counted_over_years_are_no_when(rules):
    assert find_when("河谷基金会每年度捐赠额度不得超过上年收入的一成。", rules) is None
    assert find_when("会员于三年内受警告处分两次者，取消其资格。", rules) is None
    assert find_when("主管机关应于每年度开始前公告计划。", rules).text == "每年"
    assert find_when("申请人三日内受理。", rules).text == "三日内"


def test_a_month_before_another_a_grade_and_a_period_taken_as_a_unit_are_no_when_but_a_months_round_is(rules):
    assert find_when("按上一月最后一日的库存数量结算。", rules) is None
    assert find_when("每年级设班长一名。", rules) is None
    assert find_when("河谷球馆以一个月内的预约次数计算积分。", rules) is None
    assert find_when("河谷协会理事会一般三个月举行一次。", rules).text == "三个月举行一次"


def test_a_city_plan_speaks_to_the_district_governments_below_it(rules):
    body = (
        "第一条 为规范青禾住房管理，结合本市实际，制定本办法。\n"
        "第二条 市人民政府建立青禾住房保障制度。\n"
        "第三条 区人民政府应当做好辖区内青禾住房的筹集工作。\n"
        "第四条 区人民政府应当按月公布房源。区人民政府应当建立档案。\n"
        "第五条 区人民政府应当受理申请。区人民政府应当组织审核。\n"
    )
    assert _institution("河谷市青禾住房管理办法", body, rules).name == "河谷市人民政府"


def test_a_titles_level_is_that_of_the_last_place_it_opens_with(rules):
    from pipeline.extract import _title_level

    assert _title_level("河谷市青山区2026年防汛预案", rules) == "区"
    assert _title_level("河谷市青禾住房管理办法", rules) == "市"
    assert _title_level("青禾住房管理办法", rules) is None


def test_a_metadata_label_in_brackets_declares_the_issuer(rules):
    text = "[ 索引号 ] 000123/2026-01 [ 发文字号 ]\n[ 发布机构 ] 河谷新区管委会\n河谷新区防汛应急预案\n1 总则\n"
    assert _institution("河谷新区防汛应急预案", text, rules).name == "河谷新区管委会"


def test_a_source_line_followed_by_a_longer_date_label_names_the_source(rules):
    assert page_sources("河谷市防汛应急预案\n来源 : 河谷市应急管理局   信息提供日期 :2026-05-05\n", rules) == ("河谷市应急管理局",)


def test_a_youth_centre_or_library_named_after_its_body_is_one_name_with_it(rules):
    assert [m.name for m in body_mentions("本计划由青山社区少年宫制定。", 1.0, rules)] == ["青山社区少年宫"]
    assert [m.name for m in body_mentions("由河谷中学图书馆负责借阅。", 1.0, rules)] == ["河谷中学图书馆"]


def test_a_header_naming_only_a_place_gives_way_to_the_office_that_signs(rules):
    body = (
        "文件名称:河谷市关于印发青禾住房管理办法的通知\n各区人民政府,市政府各部门:\n"
        "《青禾住房管理办法》已经市政府同意,现印发给你们。\n河谷市人民政府办公厅\n2026年7月20日\n"
        "青禾住房管理办法\n第一条 为规范青禾住房管理,制定本办法。\n"
    )
    assert declared_issuer("青禾住房管理办法", body, rules) == "河谷市人民政府办公厅"


def test_a_header_tables_company_name_broken_over_two_lines_declares_the_issuer(rules):
    cover = "\t河谷青禾\n工程有限公司\t\t体系文件\t0 版\t\n\t\t\t第\t1\t页\t"
    body = "1 目的\n为规范公司项目安全费用，制定本规定。\n"
    assert declared_issuer("项目安全费用管理规定", body, rules, cover) == "河谷青禾工程有限公司"
    # …but not a company named in the running text
    assert declared_issuer("项目安全费用管理规定", "1 目的\n河谷青禾\n工程有限公司负责实施。\n", rules) is None


def test_a_red_head_notices_issuer_on_the_line_above_关于_declares_it(rules):
    body = (
        "河教〔2026〕17号\n河谷区教育委员会\n关于印发《河谷区2026年招生方案》的通知\n各中小学:\n"
        "《河谷区2026年招生方案》已经区政府第39次常务会议审议通过,现印发给你们。\n河谷区教育委员会\n2026年5月24日\n"
    )
    assert declared_issuer("河谷区2026年招生方案", body, rules) == "河谷区教育委员会"
    broken = "河谷市公共卫生防治工作领导小组\n办公室关于印发河谷市防控工作方案的通知\n各区人民政府:\n现印发给你们。\n"
    assert declared_issuer("河谷市防控工作方案", broken, rules) == "河谷市公共卫生防治工作领导小组办公室"


def test_城镇_in_a_title_or_text_is_no_town(rules):
    assert title_issuer("河谷市城镇廉租住房保障办法", rules) is None
    assert [m.name for m in body_mentions("河谷市城镇廉租住房工作由市房管局实施。", 1.0, rules)] == ["市房管局"]
    # …but a unit joined to it is named with it
    assert [m.name for m in body_mentions("河谷县城镇中心幼儿园开展安全教育。", 1.0, rules)] == ["河谷县城镇中心幼儿园"]


def test_an_autonomous_regions_government_takes_the_place_the_title_names(rules):
    body = "(2026年3月30日自治区人民政府第5次常务会议通过)\n第一条 为规范青禾文件备案,制定本规定。\n"
    assert declared_issuer("河谷青禾自治区文件备案规定", body, rules) == "河谷青禾自治区人民政府"


@pytest.mark.parametrize(
    ("third_article", "expected"),
    [
        ("各区人民政府负责本辖区青禾文件的备案工作。", "河谷市政府"),
        # …spelt as the text spells it
        ("河谷市人民政府所属部门负责青禾文件的备案工作。", "河谷市人民政府"),
    ],
)
def test_a_scopes_government_takes_the_place_the_title_names(rules, third_article, expected):
    body = (
        "第一条 为规范全市青禾文件管理,根据《国务院青禾条例》,制定本规定。\n"
        f"第二条 全市各级行政机关制定青禾文件,适用本规定。\n第三条 {third_article}\n"
    )
    found = _institution("河谷市青禾文件管理规定", body, rules)
    assert (found.name, found.why) == (expected, "scope")


def test_a_jurisdiction_the_text_calls_its_own_gives_the_title_places_government(rules):
    # no body speaks; 本市 in 河谷市…办法 is the city writing, not the schools it speaks of
    body = (
        "第一条 为做好本市各类学校学生入学工作,根据教育部《青禾通知》,制定本办法。\n"
        "第二条 学校应当按照本办法招收学生。\n第三条 学校不得另行收费。\n"
    )
    found = _institution("河谷市青禾学生入学办法", body, rules)
    assert (found.name, found.why) == ("河谷市政府", "scope")
    # …but under a district's title 本市 is the city around it: no scope of the district
    assert _institution("山水区青禾学生入学办法", body, rules).why != "scope"


def test_the_first_of_joint_signers_on_a_cover_notices_line_issues_it(rules):
    text = (
        "关于印发《河谷市青禾服务收费办法》的通知\n各区青禾中心:\n经市政府同意,现将《河谷市青禾服务收费办法》印发给你们。\n"
        "附件:河谷市青禾服务收费办法\n河谷市青禾服务中心   河谷市住房和城乡建设局   河谷市财政局\n二〇二六年三月九日\n"
        "河谷市青禾服务收费办法\n第一条 青禾服务收费实行政府指导价。\n第二条 本办法自2026年5月1日起施行。\n"
    )
    found = _institution("河谷市青禾服务收费办法", text, rules)
    assert (found.name, found.why) == ("河谷市青禾服务中心", "declared")


def test_a_street_offices_signature_above_its_date_declares_it(rules):
    cover = "- 公开主体:青禾街道\n各居民区:\n现将预案印发给你们。\n河谷市山水区人民政府青禾街道办事处\n2026年6月17日\n青禾街道党政办公室 2026年6月17日印发"
    body = "1.总则\n本预案适用于本街道。\n"
    assert declared_issuer("青禾街道防汛预案", body, rules, cover) == "河谷市山水区人民政府青禾街道办事处"


def test_a_departments_signature_above_a_date_written_with_dashes_or_dots_declares_it(rules):
    # a university department signs with 系 on a line of its own; a Word file's date 2014-6-9 or 2014.6.9
    for date in ("2019-3-15", "2019.3.15"):
        body = f"一、开放时间\n实验室周一至周五开放。\n二、预约办法\n学生须提前一天预约。\n\n          河谷材料系 \n              {date}\n"
        found = _institution("实验室开放管理办法", body, rules)
        assert (found.name, found.why) == ("河谷材料系", "declared")


def test_a_page_fields_label_is_no_part_of_the_name_above_a_dashed_date(rules):
    from pipeline.extract import signed_issuer

    assert signed_issuer("一、完善台账。\n二、按月通报。\n发布单位\n河谷县水利局\n2021.5.7\n", rules) == "河谷县水利局"


def test_the_body_whose_session_passed_a_rule_in_its_legislative_history_issues_it(rules):
    # a rule's history line: the date, then the body and its session (届, 次, 预备会议) that passed it
    body = "沿革:\n2022年10月4日家长委员会第3届预备会议通过\n第一条 本办法依河谷国中家长会章程订定。\n第二条 委员每学期开会一次。\n"
    found = _institution("河谷国民中学家长委员会设置办法", body, rules)
    assert (found.name, found.why) == ("河谷国民中学家长委员会", "declared")
    # …not a meeting that passed the document a sentence cites
    assert declared_issuer("河谷高中社团活动办法", "第一条 依2024年3月5日学生议会第二次会议通过的章程制定。\n", rules) is None


def test_a_name_read_both_with_and_without_its_short_form_is_still_read(rules):
    # 河谷镇党工委 is read whole and by its short form 镇党工委 at the same place: the two readings must order
    names = [m.name for m in body_mentions("为护河,河谷镇党工委决定开展清理行动。", 1.0, rules)]
    assert "河谷镇党工委" in names


def test_a_body_word_closing_a_common_word_names_no_body(rules):
    # 乡 of 城乡 (urban and rural), 办 of 经办 (handling: 经办机构 is the agency, no office)
    assert title_issuer("河谷市城乡居民养老保险实施办法", rules) is None
    assert [m.name for m in body_mentions("市社会保险经办机构负责审核。", 1.0, rules)] == []


def test_a_bureau_its_header_names_by_level_alone_takes_the_city_the_text_names_most(rules):
    body = (
        "河教办〔2026〕9号\n市教育局关于做好青禾中学招生考试工作的通知\n各区教育局:\n"
        "一、河谷市今年招生计划为3万人。\n二、河谷市各区要做好考务工作。\n市教育局\n2026年4月1日\n"
    )
    assert _institution("市教育局关于做好青禾中学招生考试工作的通知", body, rules).name == "河谷市教育局"


def test_a_city_plan_follows_the_states_bodies_above_it_and_a_state_title_is_of_no_place(rules):
    body = (
        "第一条 为规范青禾文件制定工作,结合本市实际,制定本规则。\n第二条 国务院部门规章另有规定的,从其规定。\n"
        "第三条 国务院各部门在本市设立的机构不适用本规则。\n第四条 市人民政府统一领导青禾文件工作。\n"
    )
    assert _institution("河谷市青禾文件制定规则", body, rules).name == "河谷市人民政府"
    # …but the state's own rules are its bodies' (中华人民共和国市…: no city's level)
    from pipeline.extract import _title_level

    assert _title_level("中华人民共和国市场青禾管理条例", rules) is None


def test_a_common_word_the_lexicon_tags_a_place_names_no_city(rules):
    # 市政府 takes the city the text names most: 河谷市, not 内城市 of 辖区内城市更新 (城市 is tagged a place)
    body = (
        "第一条 为规范城市更新活动,制定本办法。\n第二条 市政府统筹全市城市更新工作。市政府审批更新规划。\n"
        "第三条 各区组织辖区内城市更新。辖区内城市更新单元规划由各区申报。辖区内城市更新项目由各区实施。\n"
        "第四条 河谷市各区应当执行本办法。本办法由河谷市规划部门负责解释。\n"
    )
    assert _institution("城市更新办法", body, rules).name == "河谷市政府"


def test_a_party_committees_general_office_keeps_its_whole_name(rules):
    # 省委办 is a word of its own too; the longer body word wins, as 人民政府办公厅 does
    names = [m.name for m in body_mentions("近日,河谷省委办公厅、县委办公室联合印发方案。", 1.0, rules)]
    assert names == ["河谷省委办公厅", "县委办公室"]


def test_with_no_body_named_nor_implied_the_scope_gives_the_level(rules):
    body = "一、指导思想\n全乡工作的指导思想是:以科学发展观为统揽。\n二、目标\n壮大乡域经济。"
    found = _institution("", body, rules)
    assert (found.name, found.named, found.why) == ("乡政府", False, "scope")


def test_a_scopes_government_takes_the_place_the_text_names_most(rules):
    body = "一、编制目的\n为做好全县防汛工作,制定本预案。\n二、基本情况\n常山县位于山区。常山县辖五个镇。"
    found = _institution("", body, rules)
    assert (found.name, found.why) == ("常山县政府", "scope")


def test_a_kind_only_addressed_is_not_the_kind_a_plan_speaks_for(rules):
    # the villages' committees are the plan's addressees; the plan speaks for the whole town
    body = "各村党总支、村民委员会,驻村工作队:\n为改善全镇农村人居环境,现制定如下方案:\n一、行动目标\n在全镇集中开展整治行动。\n二、整治内容\n1.治理庭院卫生。"
    found = _institution("农村人居环境整治行动方案", body, rules)
    assert (found.name, found.named, found.why) == ("镇政府", False, "scope")


def test_a_national_body_tasked_with_the_work_outweighs_a_kind_only_spoken_of(rules):
    # the rules never say who issues them; the state's regulator is tasked with their supervision
    body = (
        "第一条 为了规范互联网搜索服务,根据有关法律法规,制定本规定。\n"
        "第二条 国家互联网信息办公室负责全国互联网搜索服务的监督管理执法工作。\n"
        "第三条 搜索服务提供者应当设立投诉委员会,及时处理投诉。"
    )
    found = _institution("互联网信息搜索服务管理规定", body, rules)
    assert (found.name, found.why) == ("国家互联网信息办公室", "mentions")
    # …but a national body only cited (国务院令第344号) does not
    body = "一、编制依据\n《危险化学品安全管理条例》(国务院令第344号)。\n二、职责\n公司负责应急工作。各部门配合公司。"
    assert _institution("公司安全生产应急预案", body, rules).name == "公司"


def test_a_maternal_and_child_hospital_is_a_body_by_its_place(rules):
    assert [m.name for m in body_mentions("为保证厦门市妇幼保健院医疗工作秩序", 1.0, rules)] == ["厦门市妇幼保健院"]
    assert [m.name for m in body_mentions("为加强开县妇幼保健院管理", 1.0, rules)] == ["开县妇幼保健院"]  # a one-character county


def test_a_declared_ministry_is_named_without_the_states_name(rules):
    body = (
        "关于印发《河谷实施办法》的通知\n人薪发[1995]32号\n各省、自治区、直辖市人事厅:\n我部制定了《河谷实施办法》,现印发给你们。\n"
        "中华人民共和国人事部\n一九九五年三月二十六日\n第一条 为贯彻规定,制定本办法。\n第二条 本办法由人事部负责解释。"
    )
    found = _institution("河谷实施办法", body, rules)
    assert (found.name, found.named) == ("人事部", True)


def test_an_idiom_the_dictionary_tags_a_place_starts_no_name(rules):
    assert body_mentions("住宿学生应自觉遵守学校的作息制度", 1.0, rules) == []  # 自觉遵守: ns at jieba's lowest count
    assert [m.name for m in body_mentions("为了牌坊店村小学的发展", 1.0, rules)] == ["牌坊店村小学"]  # a village: a place's ending


def test_a_rare_word_before_a_level_word_is_no_place_of_the_text(rules):
    # 建立健全 is in the dictionary as a rare proper noun: before 县域 it names no county for 我县
    body = "今年我县农业工作思路如下。\n一、建立健全县域农技推广体系\n二、我县加强农田水利建设\n三、我县推进种业振兴"
    assert _institution("农业工作计划", body, rules).name == "县政府"


def test_a_named_body_takes_the_higher_place_its_signature_writes(rules):
    # the plan and its cover name 河谷区 and its government; the cover's signature writes the city above it
    cover = "区人民政府关于印发河谷区全民阅读计划的通知\n各街道办事处:\n现将计划印发给你们。\n青山市河谷区人民政府\n2016年12月29日\n"
    body = "为推进我区全民阅读,区人民政府制定本计划。\n一、建设书屋\n二、区人民政府组织读书月\n三、开展读书评比"
    assert find_institution("河谷区全民阅读计划", body, rules, cover=cover).name == "青山市河谷区人民政府"


def test_a_name_is_read_where_the_pattern_ran_past_its_body_word_into_the_sentence(rules):
    # 青禾镇召开镇 ends in a body word too: the name is the part that ends at the first one
    assert [m.name for m in body_mentions("3月1日,青禾镇召开镇村干部会议", 1.0, rules)] == ["青禾镇"]
    # …not a body word another follows straight on: 城市中心支行 names no 城市中心
    assert body_mentions("青禾(河谷)城市中心支行负责辖区内银行业", 1.0, rules) == []


def test_a_places_party_committee_written_in_full_is_one_name(rules):
    assert title_issuer("中共河谷市青山区合面镇委员会关于开展文明创建活动的实施方案", rules) == "中共河谷市青山区合面镇委员会"
    # …in running text too, as the title writes it
    assert [m.name for m in body_mentions("经中共青山县委员会研究决定", 1.0, rules)] == ["中共青山县委员会"]


def test_a_model_essay_sites_word_before_a_title_opens_no_name(rules):
    body = "一、指导思想\n按照爱卫办文件精神,结合本院实际,开展爱国卫生月活动。\n二、活动内容\n1.开展环境卫生整治。\n2.开展健康教育宣传。"
    assert not (_institution("最新河谷医院爱国卫生月实施方案资料", body, rules).name or "").startswith("最新")


def test_a_places_rules_are_made_by_its_own_body_not_the_levels_they_command(rules):
    # 河谷市…办法 naming only the towns it commands (镇人民政府负责…) and the province it follows:
    # the city's government makes it; a 条例 is its people's congress standing committee's.
    body = (
        "第一条 为规范廉租住房保障工作，根据省政府有关规定，制定本办法。\n"
        "第二条 镇人民政府负责受理本辖区的申请。\n第三条 镇人民政府应当自受理之日起十日内完成初审。\n"
        "第四条 镇人民政府应当将初审结果张榜公示。\n"
    )
    assert _institution("河谷市廉租住房保障申请办理办法（试行）", body, rules).name == "河谷市人民政府"
    assert _institution("河谷市廉租住房保障条例", body.replace("办法", "条例"), rules).name == "河谷市人民代表大会常务委员会"
    # …but a plan of another kind, or rules naming a body of the title's own level, keep the body the text supports
    assert _institution("河谷市廉租住房保障工作方案", body.replace("办法", "方案"), rules).name != "河谷市人民政府"
    city = body.replace("镇人民政府", "市住房保障局")
    assert _institution("河谷市廉租住房保障申请办理办法", city, rules).name == "河谷市住房保障局"


def test_a_school_a_title_names_by_its_place_and_number_is_named_as_written(rules):
    from pipeline.extract import title_issuer

    assert title_issuer("第一篇:河谷三小疾病预防控制应急预案\n河谷三小疾病预防控制应急预案", rules) == "河谷三小"
    assert title_issuer("河谷三小型水库安全度汛方案", rules) is None  # 小型 goes on: three small reservoirs, no school
    assert title_issuer("全县统一中考工作方案", rules) is None
    assert title_issuer("河谷一中学生宿舍管理制度", rules) == "河谷一中"  # 一中 | 学生宿舍: the school, short


def test_a_handbooks_number_and_a_party_school_in_a_title(rules):
    from pipeline.extract import title_issuer

    # a rulebook page titled with the handbook's own number: (三) is no part of the name
    assert title_issuer("(三)河谷市第五十一中学学籍管理条例(修订)", rules) == "河谷市第五十一中学"
    # …and a school's spare-time party school is a body of its own
    assert title_issuer("(四)五十一中学业余党校章程", rules) == "五十一中学业余党校"


def test_a_township_congress_presidium_is_a_body(rules):
    body = "为做好安全生产工作,乡人大主席团决定组织代表视察。\n一、视察时间\n二、视察内容\n河谷乡人大主席团将听取汇报。"
    assert _institution("对全乡安全生产工作进行视察", body, rules).name == "河谷乡人大主席团"


def test_a_teaching_groups_plan_for_a_school_year_written_as_a_range(rules):
    from pipeline.extract import title_issuer

    assert title_issuer("河谷实验小学数学教研组2024~2025学年第二学期工作计划", rules) == "河谷实验小学数学教研组"
    assert title_issuer("河谷中学2024-2025学年度教务处工作计划", rules) == "河谷中学教务处"


def test_a_place_committee_keeps_the_party_or_league_it_belongs_to(rules):
    mentions = body_mentions("进一步修订完善共青团河谷省委员会改革方案,报省委同意后实施。", 1.0, rules)
    assert "共青团河谷省委员会" in [m.name for m in mentions]
    # …and a place's body of another kind takes no party word before it
    mentions = body_mentions("会议由中共河谷县教育局组织。", 1.0, rules)
    assert "中共河谷县教育局" not in [m.name for m in mentions]


def test_a_universitys_numbered_affiliated_hospital_is_one_name(rules):
    body = "为建设无烟医院,制定本制度。\n1.职工必须学习控烟规定。\n2.设立戒烟门诊。\n河谷理工大学第一附属医院"
    assert _institution("无烟医疗卫生机构建设制度", body, rules).name == "河谷理工大学第一附属医院"


def test_a_places_rules_for_a_class_of_its_bodies_are_the_places(rules):
    body = "第一章 总则\n第一条 为加强河谷市街道办事处的建设,结合河谷市实际,制定本规定。\n第二条 街道办事处是市人民政府的派出机关。"
    assert _institution("河谷市街道办事处工作规定", body, rules).name == "河谷市人民政府"
    # …but one body named by its own name keeps its plan
    named = body.replace("河谷市街道办事处的建设", "青山街道办事处的建设")
    assert _institution("河谷市青山街道办事处工作规定", named, rules).name != "河谷市人民政府"


def test_a_village_a_title_names_after_its_town(rules):
    from pipeline.extract import title_issuer

    assert title_issuer("青山镇河谷村地质灾害应急预案", rules) == "青山镇河谷村"
    assert title_issuer("青山乡大石河口村封闭管理实施方案", rules) == "青山乡大石河口村"  # a name of four
    assert title_issuer("青山镇美丽乡村建设方案", rules) == "青山镇"  # the countryside, no village
    assert title_issuer("青山镇各村防汛工作方案", rules) == "青山镇"


def test_a_villages_own_plan_is_its_committee_spelt_as_the_text_spells_it(rules):
    body = "为做好我村防汛工作,村委会成立防汛领导小组。\n一、村委会主任任组长。\n二、各组长负责本组。"
    assert _institution("防汛应急预案", body, rules).name == "村委会"
    assert _institution("防汛应急预案", body.replace("村委会", "村民委员会"), rules).name == "村民委员会"


def test_a_title_naming_a_class_of_schools_names_no_issuer(rules):
    from pipeline.extract import title_issuer

    assert title_issuer("河谷县国家防灾日各级学校地震演练实施计划", rules) is None
    assert title_issuer("河谷县实验学校地震演练实施计划", rules) == "河谷县实验学校"


def test_a_notice_listed_as_a_basis_under_a_number_that_lost_its_stop_is_cited_not_declared(rules):
    basis = "青禾停车管理有限公司\n一、编制依据\n1《道路交通安全法》。\n3青山市发展改革委、青山市交通运输局关于印发《青山市停车收费办法》的通知青发改【2019】12号。\n二、工作目标\n我公司年内完成车位改造。\n"
    assert _institution("停车场运营方案", basis, rules).name == "青禾停车管理有限公司"
    listed = "1、青山市交通运输局关于印发《青山市停车收费办法》的通知\n2、青禾停车管理有限公司负责本方案实施。\n"
    assert declared_issuer("停车场运营方案", listed, rules) is None


def test_a_body_word_whose_last_character_opens_an_officials_title_ends_no_name_in_a_title(rules):
    assert title_issuer("河谷县帮学校长负责制度", rules) is None  # 校长, a school's head: no 帮学校
    assert title_issuer("青禾小学校长工作计划", rules) == "青禾小学"


def test_a_league_committees_prefix_in_a_title_is_no_place(rules):
    from pipeline.extract import _with_place

    assert _with_place("区政府", "第二篇:共青团区委工作计划", rules) == "区政府"
    assert _with_place("区政府", "青山区2025年工作计划", rules) == "青山区政府"


def test_a_body_defined_as_its_short_form_is_named_in_full_though_its_words_are_common_ones(rules):
    # the lexicon reads no proper name in 北方出版传媒; the definition says it is one (quotes spaced off, as a PDF's copy sets them)
    assert full_name("公司", "第一条 为加强东海航运物流股份有限公司(以下简称 “公司”)的安全管理,制定本制度。", rules) == "东海航运物流股份有限公司"
    assert full_name("公司", "第一条 本规则适用于全体股东。", rules) == "公司"


def test_a_places_emergency_plan_naming_no_body_is_its_governments(rules):
    body = "1 总则\n1.1 编制目的\n为提高城市内涝防御能力,减少灾害损失,制定本预案。\n1.2 工作原则\n以人为本,预防为主。\n"
    found = _institution("青山市城市内涝应急预案", body, rules)
    assert (found.name, found.named) == ("青山市人民政府", True)
    assert _institution("城市内涝工作方案", body, rules).name != "青山市人民政府"


def test_a_health_campaigns_title_is_no_body(rules):
    body = "为全面改善集镇环境,争创省卫生镇,结合本镇实际,制定本方案。一、工作目标\n"
    assert "卫生镇" not in (_institution("环境卫生整治方案", body, rules).name or "")


def test_a_date_in_a_cited_documents_bracketed_reference_is_not_the_items(rules):
    cited = "青禾县阅读推广方案(县文化局110年3月5日青文字第1100012345号函修订)。"
    assert find_when(cited, rules) is None
    numbered = "按照通知(河政发〔2019〕3号)要求,2020年3月底前完成清理。"
    assert find_when(numbered, rules).text == "2020年3月底前"
    assert find_when("业主委员会每月28号公布收支(每月28号)。", rules).text.startswith("每月")


def test_a_numbered_school_after_its_county_heads_its_title_and_a_first_article_names_no_body(rules):
    assert title_issuer("河谷县青山二中校园安全制度", rules) == "河谷县青山二中"
    assert title_issuer("第一条本公司职工应当遵守以下考勤规定", rules) is None


def test_a_committee_the_plan_sets_up_is_no_generic_writer_but_one_speaking_as_ours_is(rules):
    setup = "1.目的\n为推行5S,成立推行委员会。\n2.职责\n2.1 委员会负责现场检查。\n2.2 委员会每月评比一次。\n"
    assert _institution("青禾电子5S管理程序", setup, rules).name != "委员会"
    speaking = "一、工作目标\n我委将牵头推进全市健康促进工作。\n二、主要任务\n我委负责统筹协调。\n"
    assert _institution("健康促进工作计划", speaking, rules).name == "委员会"


def test_a_whole_name_a_space_before_the_plans_title_given_again_declares_the_writer(rules):
    body = "发布者:教务处 浏览:12\n青禾财经职业学校 2023年度安全工作计划根据上级有关要求,结合我校实际,制定本计划。\n一、工作目标\n"
    assert declared_issuer("2023年度安全工作计划", body, rules) == "青禾财经职业学校"
    assert declared_issuer("工作计划", "东方文化艺术职业学校 工作计划如下。\n一、指导思想\n", rules) is None  # a title too short to be the plan's own


def test_a_programmes_stage_in_a_title_names_no_body(rules):
    assert title_issuer("青山第二期卓越大学建设专项经费办法", rules) is None
    assert title_issuer("河谷大学第三期学科建设计划", rules) == "河谷大学"


def test_an_autonomous_countys_title_gives_the_place_to_its_government(rules):
    # The place closes on 自治 before its level (青禾蒙古族自治县): its government is named in full.
    body = "1 总则\n1.1 编制目的\n为做好防汛抗旱工作,县政府组织编制本预案。\n"
    assert find_institution("青禾蒙古族自治县防汛抗旱应急预案", body, rules).name == "青禾蒙古族自治县政府"
    # …and a plan of the kind a government issues that names no body is that government's
    alone = "1 总则\n1.1 编制目的\n为做好防汛抗旱工作,制定本预案。\n"
    assert find_institution("青禾蒙古族自治县防汛抗旱应急预案", alone, rules).name == "青禾蒙古族自治县人民政府"


def test_a_meetings_term_written_without_its_di_is_no_part_of_the_bodys_name(rules):
    # 县政府五届十二次常务会议: the council's term and session, as a cover notice gives them
    body = "各乡镇人民政府:\n《青禾县河道管理办法》已经县政府五届十二次常务会议审议通过,现印发给你们。\n第一条 为了加强河道管理。\n"
    assert declared_issuer("青禾县河道管理办法", body, rules) == "青禾县政府"


def test_a_department_a_title_opens_with_by_its_kind_alone_takes_the_level_the_text_calls_its_own(rules):
    body = "一、加强队伍建设。我县商务系统要优化营商环境。\n二、推进改革。\n"
    assert find_institution("商务局2025年工作要点", body, rules).name == "县商务局"
    # …and stays as the title writes it where the text calls no level its own
    assert find_institution("关于水务局年度工作安排", "一、加强水源保护。\n二、推进节水改造。\n", rules).name == "水务局"
    # …but not where 局 opens a word (局长: an official, whose plan this is not a department's)
    assert find_institution("商务局长2025年述职与工作计划", body, rules).name != "县商务局"


def test_a_kind_of_body_a_title_opens_with_alone_is_the_plan_s_body_against_its_self_references(rules):
    # 我镇 in a township health centre's plan names the town it serves; the title says whose plan it is
    body = "一、我镇适龄儿童按时接种。\n二、我镇各村设立临时接种点。\n三、接种后留观三十分钟。\n"
    found = find_institution("卫生院预防接种工作计划", body, rules)
    assert (found.name, found.named) == ("卫生院", False)
    # …a library's rules that speak of 本校 (the readers it serves) are the library's
    body = "一、本校学生凭校园卡入馆。\n二、阅览室内保持安静。\n三、本校教师可预约研讨间。\n"
    assert find_institution("图书馆阅览规定", body, rules).name == "图书馆"


def test_a_kind_a_title_opens_with_gives_way_to_a_body_of_it_the_text_names_or_that_signs(rules):
    body = "一、河谷中医院成立消防领导小组。\n二、组织病人疏散。\n三、河谷中医院每月组织一次演练。\n"
    assert find_institution("医院消防应急预案", body, rules).name == "河谷中医院"
    body = "一、各中队认领树苗。\n二、分区栽种并挂牌。\n三、评选护绿小队。\n\n河谷区青禾小学少先队大队部\n2024年3月8日\n"
    assert find_institution("学校植树节活动方案", body, rules).name == "河谷区青禾小学少先队大队部"
    # …and a unit of the kind the title names next is the unit's plan, not the kind's
    assert _institution_patterns(rules).titled_kind.match("医院药剂科工作制度") is None
    assert _institution_patterns(rules).titled_kind.match("银行业协会会员自律公约") is None


def test_a_department_a_title_names_after_a_placeholder_is_its_kind_unnamed(rules):
    # the text speaks for the whole province (全省) and names the district it serves; neither names the bureau
    body = "今年是全省青禾保健年,也是河谷区改革试点的第一年。\n一、指导思想\n二、工作目标\n"
    found = find_institution("某水务局工作计划—抓好两项重点", body, rules)
    assert (found.name, found.named, found.why) == ("水务局", False, "title")
    found = find_institution("XX商务局2024年工作要点", body, rules)
    assert (found.name, found.named) == ("商务局", False)


def test_a_unit_of_a_body_a_title_opens_with_by_its_kind_alone_is_the_plan_s_body(rules):
    # a pharmacy's rules speak of 本院, the hospital it belongs to; the title says whose rules they are
    body = "一、本院处方每日核对。\n二、本院药品按月盘点。\n三、过期药品集中销毁。\n"
    assert find_institution("药剂科工作制度", body, rules).name == "药剂科"
    body = "一、我校学生轮流值日。\n二、每周开展一次读书会。\n三、我校评选文明小组。\n"
    assert find_institution("初二(3)班班务计划", body, rules).name == "初二(3)班"
    # …a student union, or one of its departments, as a league committee is
    body = "一、每周检查宿舍卫生。\n二、我校评选文明寝室。\n三、每月公布检查结果。\n"
    assert find_institution("学生会宣传部本学期工作计划", body, rules).name == "学生会宣传部"
    # …a workshop or a team of a factory, which speaks of the company it belongs to
    body = "一、车间主任为本车间安全第一责任人。\n二、公司安全部每月检查车间。\n三、发生事故立即上报公司。\n"
    found = find_institution("焊接车间安全应急预案", body, rules)
    assert (found.name, found.named) == ("焊接车间", False)
    assert find_institution("班组安全工作计划", body, rules).name == "班组"
    unit = _institution_patterns(rules).titled_unit
    # not a word the unit's character closes or opens, nor a body that is no unit (办事处)
    for title in ("内部审计工作规程", "突发事件处理流程", "本科教学质量办法", "街道办事处工作计划", "县科协工作要点"):
        assert unit.match(title) is None, title
    # …nor a ministry whose title goes on with the agency it runs
    assert find_institution("教育部青禾发展署志愿服务计划", "一、招募志愿者。\n二、培训志愿者。\n", rules).name != "教育部"


def test_a_kind_of_body_a_title_opens_with_is_the_plan_s_where_the_text_names_none(rules):
    # no body named, none implied (no 我X, no 全县): the kind the title opens with, its trade before it
    body = "一、每月检查灭火器一次。\n二、保持疏散通道畅通。\n三、新进人员先培训后上岗。\n"
    found = find_institution("艺术培训机构消防演练制度", body, rules)
    assert (found.name, found.named) == ("艺术培训机构", False)
    assert find_institution("冷链运输企业车辆管理制度", body, rules).name == "冷链运输企业"
    # …not where the title opens with no kind of body
    assert find_institution("消防安全管理制度", body, rules).name is None


def test_a_placeholder_before_a_level_word_names_no_place(rules):
    # 某某县 in a template's title is no county: the government stays by its level word alone
    body = "一、在全县开展健身走活动。\n二、全县各单位组织工间操。\n三、全县评选健身示范村。\n"
    found = find_institution("某某县全民健身周活动方案", body, rules)
    assert "某" not in found.name and found.name.endswith("县政府")
    # …nor a placeholder opening the place its level closes (某乡镇…: no township named 某乡)
    own = find_institution("某乡镇青禾监测帮扶工作方案", "为巩固成效,结合我镇工作实际,特制定本方案。\n一、总体要求\n二、监测对象\n", rules)
    assert (own.name, own.named) == ("镇政府", False)


def test_a_department_a_title_opens_with_may_have_a_long_name(rules):
    body = "一、规范街面执法。\n二、推进非现场执法。\n三、我县执法队员每季度轮训一次。\n"
    assert find_institution("综合行政执法局2025年工作要点", body, rules).name == "县综合行政执法局"


def test_a_clock_range_written_with_a_double_dash_is_a_when(rules):
    assert find_when("河谷中学开学典礼,8:00——8:40在操场举行。", rules).text == "8:00——8:40"


def test_a_school_that_says_ours_is_named_as_the_plan_it_makes_names_it_though_the_lexicon_cannot_read_its_place(rules):
    body = "为开展我校安全教育,依据上级要求,于9月前制定《青禾所镇中心学校校园安全专项实施方案》。\n一、工作目标\n"
    found = _institution("小学安全教育实施方案", body, rules)
    assert (found.name, found.named) == ("青禾所镇中心学校", True)
    body = "为开展我校安全教育,制定《全市中小学校园安全专项实施方案》。\n一、工作目标\n"
    assert _institution("小学安全教育实施方案", body, rules).name == "小学"  # a class of schools, no name
    body = "为开展我校安全教育,制定《青禾第九届学校安全专项实施方案》。\n一、工作目标\n"
    assert _institution("小学安全教育实施方案", body, rules).name == "小学"  # a term before the kind, no name


def test_a_department_a_page_declares_by_its_kind_alone_takes_the_level_its_text_calls_its_own(rules):
    table = "索引号: | 0031/2019-02 | 发布机构: | 文旅局 |\n"
    body = "各乡镇文化站:\n为丰富群众生活,结合我县实际,在全县开展送戏下乡活动。\n一、活动时间\n"
    assert find_institution("关于开展送戏下乡活动的通知", body, rules, table).name == "县文旅局"
    assert find_institution("关于开展送戏下乡活动的通知", "一、活动时间\n三月。\n", rules, table).name == "文旅局"  # …else as declared


def test_a_metadata_value_ends_where_the_next_fields_label_begins_on_a_joined_line(rules):
    header = "索引号 0031-2020-05 发布机构 青禾县河谷乡人民政府公开目录 农业农村 发布日期 2020-05-06\n"
    found = find_institution("河谷乡秸秆禁烧工作方案", "一、工作目标\n全乡秸秆不焚烧。\n", rules, header)
    assert found.name == "青禾县河谷乡人民政府"


def test_a_kind_of_body_a_title_opens_with_after_its_year_and_a_space_speaks_for_the_plan(rules):
    body = "一、活动时间\n节前一周。\n二、活动内容\n凡在本店消费满百元者赠礼品一份。\n"
    assert find_institution("2024年 超市中秋促销活动方案", body, rules).name == "超市"


def test_an_associations_long_name_is_read_whole_but_a_verb_before_it_is_the_sentences(rules):
    body = (
        "第四条 河谷省互联网金融协会负责建设并运营备案管理系统。\n"
        "第五条 提供方应当向河谷省互联网金融协会办理备案,并接受河谷省互联网金融协会的自律管理。\n"
    )
    assert _institution("移动金融客户端应用软件备案管理办法", body, rules).name == "河谷省互联网金融协会"
    # …but an association is no registered form: a verb before it (申报成立) is the sentence's, no part of its name
    mentions = body_mentions("加强专科委员会建设,申报成立河谷省护理学会老年护理专业委员会。", 1.0, rules)
    assert [mention.name for mention in mentions] == ["河谷省护理学会"]
