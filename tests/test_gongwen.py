"""A 公文's parts (GB/T 9704-2012): read as what they are, each with a near case that must not be."""

from __future__ import annotations

import pytest

from speechparse import parse, parse_outline
from speechparse.checks import check

NOTICE = """某县人民政府办公室文件

某政办发〔2026〕12号

某县人民政府办公室
关于做好2026年春季森林防火工作的通知

各乡镇人民政府，县直各有关单位：
为切实做好今年春季森林防火工作，保护森林资源和人民群众生命财产安全，经县政府同意，现将有关事项通知如下。
一、提高思想认识
春季是森林火灾易发期，各地各部门要充分认识做好防火工作的重要性，克服麻痹思想。
二、落实防控责任
（一）压实属地责任。各乡镇要落实包村包片责任制，层层签订责任书。
（二）强化部门责任。林业部门要加强巡查，应急部门要做好扑救准备。
三、加强值班值守
各单位要严格执行24小时值班和领导带班制度，发现火情及时报告。
特此通知。

附件：1.春季森林防火重点区域名单
      2.森林火情报告表

某县人民政府办公室
2026年3月2日
（此件公开发布）

抄送：县委办公室，县人大常委会办公室，县政协办公室。
某县人民政府办公室                2026年3月2日印发
"""


def test_a_notice_reads_its_parts_in_page_order() -> None:
    s = parse(NOTICE)
    assert s.title == "某县人民政府办公室关于做好2026年春季森林防火工作的通知"
    assert s.date == "2026年3月2日" and s.genre == "summary" and s.salutation is None
    assert [h.title for h in s.sections] == ["提高思想认识", "落实防控责任", "加强值班值守"]
    assert [c.title for c in s.sections[1].children] == ["压实属地责任", "强化部门责任"]
    assert s.appendices == [] and s.closing is None
    doc = s.document
    assert doc is not None
    assert (doc.kind, doc.number, doc.addressee, doc.issuer, doc.copy_to) == (
        "通知", "某政办发〔2026〕12号", "各乡镇人民政府，县直各有关单位", "某县人民政府办公室",
        "县委办公室，县人大常委会办公室，县政协办公室")
    assert doc.attachments == ["春季森林防火重点区域名单", "森林火情报告表"]
    assert [(p.role, p.span.line) for p in doc.parts] == [
        ("mark", 1), ("number", 3), ("addressee", 8), ("formula", 17), ("attachments", 19),
        ("attachments", 19), ("attachments", 20), ("issuer", 22), ("date", 23), ("note", 24),
        ("copy_to", 26), ("printed", 27), ("printed", 27)]
    out = parse_outline(NOTICE)
    assert out["document"] == {"kind": "通知", "number": "某政办发〔2026〕12号",
                               "addressee": "各乡镇人民政府，县直各有关单位",
                               "attachments": ["春季森林防火重点区域名单", "森林火情报告表"],
                               "issuer": "某县人民政府办公室",
                               "copy_to": "县委办公室，县人大常委会办公室，县政协办公室"}
    assert out["date"] == "2026年3月2日" and out["appendices"] == []
    assert check(NOTICE) == []


def test_an_attachment_header_with_its_own_text_is_an_appended_document() -> None:
    """The near case of the attachment note: 「附件：」 with a document under it, after the signature."""
    note = "附件：1.春季森林防火重点区域名单\n      2.森林火情报告表\n\n"
    text = NOTICE.split("\n（此件公开发布）")[0].replace(note, "")
    text += ("\n\n附件：春季森林防火重点区域名单\n一、北部林区\n"
             "北部林区包括三个乡镇的国有林场，林木茂密，坡陡谷深，是防火的重中之重。\n")
    s = parse(text)
    assert [a.title for a in s.appendices] == ["春季森林防火重点区域名单"]
    assert [h.title for h in s.appendices[0].sections] == ["北部林区"]
    assert s.date == "2026年3月2日"
    assert s.document is not None and s.document.attachments == []


def test_the_note_under_the_signature_is_still_a_note() -> None:
    """Out of its place (GB/T 9704 puts it over the signature), it is still read, not an appendix."""
    text = NOTICE.replace("附件：1.春季森林防火重点区域名单\n      2.森林火情报告表\n\n", "")
    text = text.split("\n（此件公开发布）")[0] + "\n\n附件：1.春季森林防火重点区域名单\n2.森林火情报告表\n"
    s = parse(text)
    assert s.appendices == [] and s.date == "2026年3月2日"
    assert s.document is not None and s.document.attachments == ["春季森林防火重点区域名单", "森林火情报告表"]
    assert [h.title for h in s.sections][-1] == "加强值班值守" and s.sections[-1].children == []


@pytest.mark.parametrize("where", ["under the date", "over the signature"])
def test_an_open_information_note_leaves_the_signature_its_parts(where: str) -> None:
    """「（信息公开形式：主动公开）」 is a 附注, wherever it stands in the tail: the issuer, the date and the
    attachments are read (it cut them off, or made the 版记's 印发 line the signature)."""
    note = "（信息公开形式：主动公开）\n"
    tail = "某县水利局\n2025年5月31日\n"
    text = ("关于印发农村饮水安全管理办法的通知\n各乡镇人民政府：\n"
            "现将《农村饮水安全管理办法》印发给你们，请认真贯彻执行。\n"
            "附件：1. 农村饮水安全管理办法\n2. 农村供水工程维护清单\n"
            + (tail + note if where == "under the date" else note + tail) + "某县水利局办公室　　2025年5月31日印发\n")
    s = parse(text)
    assert s.appendices == [] and s.date == "2025年5月31日"
    assert s.document is not None and s.document.issuer == "某县水利局"
    assert s.document.attachments == ["农村饮水安全管理办法", "农村供水工程维护清单"]


def test_a_title_over_two_lines_before_its_kind() -> None:
    text = NOTICE.replace("某县人民政府办公室\n关于做好2026年春季森林防火工作的通知",
                          "某县人民政府办公室关于做好2026年春季\n森林防火工作的通知")
    assert parse(text).title == "某县人民政府办公室关于做好2026年春季森林防火工作的通知"


def test_an_office_apart_from_the_title_is_not_part_of_it() -> None:
    """Near cases of the issuer over the title: a blank line between, or the 版头 「……文件」."""
    apart = NOTICE.replace("某县人民政府办公室\n关于", "某县人民政府办公室\n\n关于")
    assert parse(apart).title == "关于做好2026年春季森林防火工作的通知"
    mark = NOTICE.replace("某县人民政府办公室\n关于", "某县人民政府办公室文件\n关于")
    assert parse(mark).title == "关于做好2026年春季森林防火工作的通知"


def test_a_template_issuer_with_its_place_masked() -> None:
    """「××县人民政府办公室」 signs a template as a named office does; a masked name that is no
    office (「××同志」) signs nothing, and the attachment note stays in the body."""
    masked = NOTICE.replace("某县人民政府办公室\n2026年3月2日\n（此件", "××县人民政府办公室\n2026年3月2日\n（此件")
    doc = parse(masked).document
    assert doc is not None and doc.issuer == "××县人民政府办公室"
    assert doc.attachments == ["春季森林防火重点区域名单", "森林火情报告表"]
    person = NOTICE.replace("某县人民政府办公室\n2026年3月2日\n（此件", "××同志\n2026年3月2日\n（此件")
    doc = parse(person).document
    assert doc is not None and doc.issuer is None
    title = "××县人民政府办公室关于印发全县电动自行车充电设施建设实施方案的通知"
    s = parse(f"{title}\n\n各乡镇人民政府：\n现印发给你们，请认真贯彻执行。\n\n××县人民政府办公室\n2024年3月15日\n")
    assert s.genre_reason == "标题是公文（通知），不是讲话"  # the kind is the title's last word, not 实施方案


ISSUING = """某县人民政府办公室关于印发全县充电设施建设实施方案的通知

各乡镇人民政府，县直各有关单位：
《全县充电设施建设实施方案》已经县政府同意，现印发给你们，请认真贯彻执行。

附件：全县充电设施建设实施方案

某县人民政府办公室
2024年3月15日

附件

全县充电设施建设实施方案

为解决电动自行车充电难问题，消除火灾隐患，制定本方案。
一、工作目标
年底前全县新建集中充电桩位八千个。
二.重点任务
各乡镇要结合小区实际，合理确定充电设施的位置和数量。
三、保障措施
成立工作专班，统筹推进各项工作。
"""


def test_the_document_a_notice_issues_is_checked_with_it() -> None:
    """A 通知 that 印发s a 方案 names it in its note: the 方案 is drafted with it, so its slips are
    reported (and fixed).  The same text appended as reference material, not named, is someone
    else's: no finding."""
    assert [(d.code, d.line) for d in check(ISSUING)] == [("N202", 18)]
    from speechparse.checks import apply_fixes
    fixed, _ = apply_fixes(ISSUING, check(ISSUING))
    assert fixed == ISSUING.replace("二.重点任务", "二、重点任务")
    reference = ISSUING.replace("附件：全县充电设施建设实施方案\n\n", "").replace(
        "附件\n\n全县充电设施建设实施方案", "附件\n\n外县充电设施建设经验做法")
    s = parse(reference)
    assert [a.title for a in s.appendices] == ["外县充电设施建设经验做法"]
    assert check(reference) == []


def test_a_clause_that_leads_up_to_a_colon_is_no_addressee() -> None:
    """「……决定开展……活动，现就有关事项公告如下：」 ends in a colon as a 主送机关 does, but it is a
    clause (longer than any office's name, and 如下 names none); a list of offices is one."""
    body = "1.时间：1月22日上午9时至11时；\n2.地点：各乡镇人民政府大院内。\n\n中共某县委员会\n2024年1月18日\n"
    lead = "中共某县委决定开展第四轮县委书记大接访活动，现就有关事项公告如下："
    doc = parse(f"某县县委书记大接访活动公告\n{lead}\n{body}").document
    assert doc is not None and doc.kind == "公告" and doc.addressee is None
    offices = "县发展改革委、县财政局、县住建局、县交通运输局、县自然资源局："
    doc = parse(f"某县县委书记大接访活动公告\n{offices}\n{lead}\n{body}").document
    assert doc is not None and doc.addressee == offices[:-1]


@pytest.mark.parametrize(("line", "addressee"), [
    ("第一次会议：", None),  # a meeting's label in a 纪要: no office, no people
    ("问题：", None),
    ("各县（市、区）：", "各县（市、区）"),  # places, a bracket's list inside one item
    ("各乡镇、县直各部门：", "各乡镇、县直各部门"),
    ("各村（社区）、县直各单位：", "各村（社区）、县直各单位"),
])
def test_a_short_line_with_a_colon_is_an_addressee_only_if_it_names_offices_or_people(
        line: str, addressee: str | None) -> None:
    doc = parse(f"关于做好秋季开学工作的通知\n{line}\n现就做好今年秋季开学工作通知如下。\n"
                "一、做好校园安全排查\n开学前完成校舍安全检查。\n市教育局\n2025年8月20日\n").document
    assert doc is not None and doc.kind == "通知" and doc.addressee == addressee


def test_a_speech_has_no_document_parts() -> None:
    speech = ("在全县春季森林防火工作会议上的讲话\n同志们：\n今天召开会议，部署春季森林防火工作。\n"
              "一、提高认识\n要提高认识。\n二、压实责任\n要压实责任。\n同志们，让我们共同努力！\n")
    s = parse(speech)
    assert s.document is None and s.genre == "speech"
    assert parse_outline(speech)["document"] is None


def test_a_request_and_minutes() -> None:
    request = ("某县教育局关于申请拨付校舍维修资金的请示\n\n县人民政府：\n"
               "我县部分农村学校校舍建于上世纪九十年代，屋面渗漏、墙体开裂等问题较为突出，存在安全隐患。\n"
               "妥否，请批示。\n\n附件：校舍维修项目清单\n\n某县教育局\n2026年5月6日\n（联系人：刘洋，电话：1234567）\n")
    s = parse(request)
    assert s.document is not None
    assert [(p.role, p.text) for p in s.document.parts] == [
        ("addressee", "县人民政府"), ("formula", "妥否，请批示。"), ("attachments", "校舍维修项目清单"),
        ("issuer", "某县教育局"), ("date", "2026年5月6日"), ("note", "（联系人：刘洋，电话：1234567）")]
    assert s.date == "2026年5月6日" and s.appendices == []
    minutes = ("县政府常务会议纪要\n\n2026年4月10日上午，县长王明主持召开县政府第5次常务会议，研究部署近期重点工作。"
               "现将会议议定事项纪要如下：\n一、关于春耕生产工作\n会议要求，各乡镇要抓好农资供应和技术服务，确保不误农时。\n"
               "出席：王明、李华、张强、赵丽\n\n某县人民政府办公室\n2026年4月11日\n")
    m = parse(minutes)
    assert m.document is not None and m.document.kind == "纪要" and m.salutation is None
    assert check(minutes) == []


def test_the_renderings_name_the_parts() -> None:
    from speechparse.outline import to_tree

    facts = to_tree(parse_outline(NOTICE)).splitlines()[1]
    assert facts.split("  ")[1:4] == ["体裁：公文（通知）", "发文字号：某政办发〔2026〕12号",
                                      "主送：各乡镇人民政府，县直各有关单位"]
    assert facts.endswith("附件：春季森林防火重点区域名单；森林火情报告表")
    speech = "在全县工作会议上的讲话\n同志们：\n今天开会。\n一、提高认识\n要提高认识。\n"
    assert "体裁：讲话" in to_tree(parse_outline(speech)) and "公文" not in to_tree(parse_outline(speech))


def test_a_report_or_letter_is_a_document_when_it_is_addressed() -> None:
    """「……情况报告」 under an addressee is a 公文; the same title over a speech's body is not."""
    addressed = ("卫生系统突发事件应对评估情况报告范文\n市应急办：\n"
                 "根据市应急办的通知要求，我局对今年以来的突发事件应对工作进行了评估，现将有关情况报告如下。\n")
    s = parse(addressed)
    assert s.document is not None and (s.document.kind, s.document.addressee) == ("报告", "市应急办")
    unaddressed = ("卫生系统突发事件应对评估情况报告\n"
                   "今年以来，我局认真做好突发事件应对工作，现将有关情况报告如下。\n")
    assert parse(unaddressed).document is None
    letter = ("国务院办公厅关于某省所提问题和建议办理情况的函\n某省人民政府：\n"
              "你省所提问题和建议收悉，现将办理情况函告如下。\n")
    doc = parse(letter).document
    assert doc is not None and (doc.kind, doc.addressee) == ("函", "某省人民政府")


def test_a_letter_named_by_its_use_alone_is_a_letter_addressed_or_not() -> None:
    """「退函」「复函」: a 函 named by its use, with or without an addressee (a bare 「报告」 needs one)."""
    for head in ("退函\n南湖大学就业指导中心：\n", "退函\n"):
        body = "我公司与贵校毕业生签订的就业协议，经协商一致解除，特此函告。\n南湖科技有限公司\n2025年6月3日\n"
        doc = parse(head + body).document
        assert doc is not None and (doc.kind, doc.issuer) == ("函", "南湖科技有限公司"), head
    assert parse("工作报告\n今年以来，我局认真履行职责，各项工作取得新进展。\n").document is None  # (near case)


def test_a_site_metadata_line_ending_in_a_colon_is_no_addressee() -> None:
    text = ("市政府关于表彰先进工作者的决定\n浏览次数：\n各镇人民政府，各街道办事处：\n"
            "为弘扬社会正气，市政府决定对有关同志予以表彰。\n")
    doc = parse(text).document
    assert doc is not None and doc.addressee == "各镇人民政府，各街道办事处"


def test_a_flattened_document_keeps_its_title_number_and_addressee() -> None:
    """A scrape that ran title, number, addressee and body into one line reads them apart."""
    flat = ("某省人民政府关于同意设立某某经济开发区的批复 某政函〔2026〕12号 某市人民政府、省发展改革委："
            "你们报送的《关于设立某某经济开发区的请示》收悉。经研究，现批复如下：同意设立某某经济开发区，"
            "实行现行省级经济开发区政策。\n")
    s = parse(flat)
    assert s.title == "某省人民政府关于同意设立某某经济开发区的批复"
    assert s.document is not None
    assert (s.document.kind, s.document.number, s.document.addressee) == (
        "批复", "某政函〔2026〕12号", "某市人民政府、省发展改革委")
    # The same title run on into a sentence that leads up to a colon: no addressee, and
    # the line is not cut at the title (a sentence is no head part).
    sentence = ("某省人民政府关于同意设立某某经济开发区的批复 为做好开发区建设工作，现批复如下："
                "同意设立某某经济开发区，实行现行省级经济开发区政策。\n")
    s = parse(sentence)
    assert s.title is None or s.title != "某省人民政府关于同意设立某某经济开发区的批复"
    assert s.document is None or s.document.addressee is None


def test_an_addressee_run_on_into_the_first_paragraph() -> None:
    """「各乡镇人民政府，县直各单位：为做好……」 names the addressee; 「……通知如下：一是……」 does not."""
    glued = ("关于做好春季森林防火工作的通知\n各乡镇人民政府，县直各单位：为做好今年春季森林防火工作，"
             "现将有关事项通知如下。\n一、提高认识\n各地要高度重视。\n")
    doc = parse(glued).document
    assert doc is not None and doc.addressee == "各乡镇人民政府，县直各单位"
    sentence = ("关于做好春季森林防火工作的通知\n经县政府同意，现将有关事项通知如下：要提高认识，落实责任。\n"
                "一、提高认识\n各地要高度重视。\n")
    doc = parse(sentence).document
    assert doc is not None and doc.addressee is None


EDITED = """某县人民政府办公室关于开展春季森林防火专项检查的通知
编者按：近日，我县召开专题会议，对春季森林防火工作作出部署。现将有关通知全文刊发如下，供大家学习参考。
某政办发〔2025〕12号
各乡镇人民政府，县直有关单位：
当前正值春季森林防火关键期，为切实做好今年春季森林防火工作，现就开展专项检查有关事项通知如下。
一、检查时间
2025年3月10日至4月30日。
二、检查内容
重点检查责任落实、隐患排查和应急准备情况。
某县人民政府办公室
2025年3月6日
"""


def test_an_editors_preface_over_a_notice_is_no_part_of_it() -> None:
    # A post's 「编者按：……全文刊发如下」 over the 公文 it carries: the editor's words, page noise,
    # so the number and the addressee under it are still the document's head
    doc = parse_outline(EDITED)["document"]
    assert (doc["number"], doc["addressee"]) == ("某政办发〔2025〕12号", "各乡镇人民政府，县直有关单位")
    from speechparse.page.noise import is_noise

    assert not is_noise("编者按照有关要求，对文稿作了修改。")  # (near miss: no preface's colon)



@pytest.mark.parametrize(("title", "kind"), [
    ("项目沟通会议纪要3", "纪要"),  # (a file's or a series' number after the kind)
    ("周例会纪要（第3期）", "纪要"),
    ("项目沟通会议纪要", "纪要"),
    ("人员编号2024", None),  # near miss: a number after no kind
    ("关于某事项的说明", None),
])
def test_a_number_after_the_kind_leaves_the_kind(title: str, kind: str | None) -> None:
    text = f"{title}\n一、会议目标\n明确下一阶段的分工。\n二、会议决议\n下周完成接口联调。\n"
    doc = parse_outline(text).get("document")
    assert (doc or {}).get("kind") == kind
