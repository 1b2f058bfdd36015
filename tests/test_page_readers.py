"""The page readers one by one: each reading has a case and a near-identical case that must not read so."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speechparse import parse_outline
from speechparse.inline import find_announcement
from speechparse.lines import split_lines, unbold
from speechparse.page.facts import match_date, occasion_of, speaker_of
from speechparse.page.noise import is_noise
from speechparse.page.packed import _cut, cut_attachment_list, cut_packed_head
from speechparse.page.restart import _same_work
from speechparse.page.salutation import (
    glued_salutation_start,
    inline_salutation,
    salutation_line,
    two_line_salutation,
)
from speechparse.pagenumbers import is_page_number


@pytest.mark.parametrize(("line", "text", "mark"), [
    ("同志们：", "同志们", "："), ("同志们:", "同志们", ":"), ("同志们，", "同志们", "，"),
    ("同志们！", "同志们", "！"), ("同志们", "同志们", ""), ("各位代表", "各位代表", ""),
    ("全国人大代表：", "全国人大代表", "："),
    ("尊敬的各位领导、各位来宾，亲爱的同学们：", "尊敬的各位领导、各位来宾，亲爱的同学们", "："),
    ("行政长官贺一诚先生，候任行政长官岑浩辉先生，女士们，先生们：",
     "行政长官贺一诚先生，候任行政长官岑浩辉先生，女士们，先生们", "："),
    ("尊敬的卢拉总统，各位同事：", "尊敬的卢拉总统，各位同事", "："),
    # the audience's own words, 们 and all (「老乡们」 is no noun + 们 of the address nouns)
    ("老乡们、朋友们:", "老乡们、朋友们", ":"), ("乡贤们：", "乡贤们", "："), ("兄弟姐妹们：", "兄弟姐妹们", "："),
    # a template's guest, the name left to fill in
    ("尊敬的**，", "尊敬的**", "，"), ("尊敬的×××：", "尊敬的×××", "："),
])
def test_salutation_lines(line: str, text: str, mark: str) -> None:
    sal = salutation_line(line)
    assert sal is not None and (sal.text, sal.mark, sal.inline) == (text, mark, False)


@pytest.mark.parametrize("line", [
    "全国人大代表",  # no mark and nothing that can only be an address: a byline
    "县委书记", "在全县工作会议上的讲话", "谢谢大家！", "同志们好", "各位代表，完成今年目标任务，必须把政府建设好。",
    "老乡们都回来了。",  # (near: a sentence about them)
    "尊敬的*，", "尊敬的xx单位，",  # (near: a footnote's star is no name; a masked body with no address word)
])
def test_not_salutation_lines(line: str) -> None:
    assert salutation_line(line) is None


def test_inline_salutations() -> None:
    sal = inline_salutation("同志们，今天我想讲的，主要是一些问题。")
    assert sal is not None and (sal.text, sal.end, sal.mark, sal.inline) == ("同志们", 4, "，", True)
    sal = inline_salutation("各位参议员先生，各位同志：今天边区参议会开幕。")
    assert sal is not None and sal.text == "各位参议员先生，各位同志"
    assert inline_salutation("同志们，北京共产主义组织仅仅是在去年十月成立的。") is None
    assert inline_salutation("各位代表，完成今年目标任务，必须把政府自身建设好。") is None


def test_a_two_line_salutation_spans_its_lines_and_what_stands_between() -> None:
    from speechparse import parse

    joined = parse("讲话\n尊敬的各位领导、\n\n各位来宾：\n大家好！\n")
    assert joined.salutation is not None and joined.salutation.text == "尊敬的各位领导、各位来宾"
    assert (joined.salutation.span.line, joined.salutation.span.end_line) == (2, 4)  # a blank line between
    # page furniture between the two parts (a post's photo, a credit) is passed over as a blank line
    # is, and its words are no part of the salutation's
    for between in ("![图](a.png)", "责任编辑：王五"):
        speech = parse(f"讲话\n尊敬的各位领导、\n{between}\n各位来宾：\n大家好！\n")
        assert speech.salutation is not None and speech.salutation.text == "尊敬的各位领导、各位来宾"
        assert (speech.salutation.span.line, speech.salutation.span.end_line) == (2, 4)
    # near miss: a line of text between them is no furniture: the first line stands alone
    speech = parse("讲话\n尊敬的各位领导、\n今天召开全县工作会议。\n各位来宾：\n大家好！\n")
    assert speech.salutation is None or speech.salutation.text != "尊敬的各位领导、各位来宾"


def test_two_line_salutation() -> None:
    assert two_line_salutation("尊敬的各位领导、", "各位来宾：")
    assert not two_line_salutation("尊敬的各位领导、", "今天召开全县工作会议，主要任务是部署工作。")
    assert not two_line_salutation("尊敬的各位领导", "各位来宾：")


@pytest.mark.parametrize(("segment", "at"), [
    ("习近平行政长官贺一诚先生，女士们，先生们：", 3),
    ("习近平同志们：", 3),
    ("李强同志们：", 2),
    ("国务院总理　李强各位代表：", 8),
    ("12月31日，全国政协举行新年茶话会。新华社记者 燕雁 摄同志们，朋友们：", 29),
    ("——在会议上各位代表：", 6),
    # near misses: the whole line is the salutation as written
    ("李强同志：", 0), ("李书记，各位领导：", 0), ("尊敬的各位领导、各位来宾：", 0), ("青年同志们：", 0),
    ("同志们，朋友们", 0),
    # prose before the address: a clause of the sentence, or its attribute (「……的」), so one sentence
    ("教师们，同学们，首先请允许我介绍出席本次会议的各位领导:", 0), ("首先请允许我介绍出席本次会议的各位领导:", 0),
    ("请允许我介绍出席会议的各位领导：", 0),
])
def test_glued_salutations(segment: str, at: int) -> None:
    assert glued_salutation_start(segment) == at


def parts(piece: str) -> list[str]:
    return [piece[a:b].strip() for a, b in cut_packed_head(piece)]


def test_packed_heads() -> None:
    assert parts("新华社北京9月8日电团结合作　砥砺前行——在金砖国家领导人线上峰会的讲话（2025年9月8日，北京）"
                 "中华人民共和国主席　习近平") == [
        "新华社北京9月8日电", "团结合作　砥砺前行", "——在金砖国家领导人线上峰会的讲话", "（2025年9月8日，北京）",
        "中华人民共和国主席　习近平"]
    assert parts("人民网北京3月5日电  政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上"
                 "国务院总理　李强各位代表：") == [
        "人民网北京3月5日电", "政府工作报告", "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
        "国务院总理　李强", "各位代表："]
    # near misses: nothing is cut
    for one in ["目  录", "（新华社北京7月1日电）", "[标题——副标题](https://example.com)",
                "会议于（2024年1月5日）在北京召开，听取了工作报告", "在全市工作会议上的讲话"]:
        assert parts(one) == [one]


# Pieces made of what the cutter looks for: agencies, dates, brackets, dashes, gaps, colons.
_HEAD_BITS = st.lists(st.sampled_from([
    "新华社", "本报讯", "北京", "9月8日电", "（", "）", "(", ")", "2025年", "9月8日", "——", "—", "　　", "　", "  ",
    " ", "：", ":", "，", "。", "摄", "讲话", "习近平", "各位代表", "同志们", "主席", "会议上", "李强", "x",
]), max_size=14).map("".join)


@given(_HEAD_BITS)
@settings(max_examples=600, deadline=None)
def test_the_quick_exit_of_the_head_cutter_cuts_as_the_full_reading_does(piece: str) -> None:
    assert cut_packed_head(piece) == _cut(piece)


@pytest.mark.parametrize(("line", "cut"), [
    ("附件：1. 2025年重点工作任务分解表", 3), ("　　附件：（1）名单", 5), ("附：一、名单", 2),
    ("参考文献：1. 某书", 5), ("附录: 1.名词解释", 4),
    # near misses: the header's own number, a title, a word that only starts like a header
    ("附件1：名单", 0), ("附件：名单", 0), ("附近有1.5公里", 0), ("附件：2025年工作要点", 0), ("", 0),
])
def test_an_attachment_list_on_its_header_line_is_cut_after_the_colon(line: str, cut: int) -> None:
    assert cut_attachment_list(line) == cut


def test_noise_and_head_facts() -> None:
    assert is_noise("12月19日晚，国家主席出席欢迎晚宴并发表重要讲话。新华社记者 鞠鹏 摄")
    assert not is_noise("同志们，让我们认真总结，把工作做扎实，摄影展也要办好。")
    assert is_noise('<img class="pv" src="https://api.visitor.example/badge">')
    assert not is_noise("<注意>这里的尖括号是正文的一部分，不是网页标签。")
    assert is_noise("![](https://example.com/a.png)") and is_noise("制图：张芳曼")
    assert is_noise("》》点击图片进入专题《《") and not is_noise("点击率大幅提升，用户规模持续扩大。")
    assert is_noise("首页 > 新闻 > 正文") and not is_noise("收入增长>10%，支出增长>5%，结余较多。")
    assert is_noise(">" * 30)
    # a post's head and its placeholders: its IP field, a call to star the account, a picture in brackets
    assert is_noise("IP属地：广东") and is_noise("星标★某县组工，精彩不错过") and is_noise("[图片]")
    assert not is_noise("星标准化建设") and not is_noise("[图片新闻]") and not is_noise("IP地址要及时登记。")
    # a button's count, a comment box, a site's copyright with its name, a document site's notes
    assert is_noise("评论（0）") and is_noise("阅读 3281") and is_noise("暂无评论，快来抢沙发吧")
    assert is_noise("某某网版权所有，未经书面授权禁止使用") and not is_noise("版权所有者的合法权益必须依法保障。")
    assert is_noise("1、本文档共12页，可阅读全部内容。") and is_noise("免费预览已结束，剩余 8 页可下载查看")
    assert not is_noise("阅读经典") and not is_noise("要认真听取群众评论")
    assert is_noise("文章已于2024-05-17修改") and not is_noise("文章已于5月17日在某报发表，引起广泛反响。")
    assert is_noise('<figure><img src="a.jpg"><figcaption>会议现场</figcaption></figure>')
    assert is_noise("《某某日报》（2024年05月17日　第04版）")
    assert not is_noise("《关于加强安全生产的通知》（2024年5月17日印发）")
    assert is_noise("（AI配图，仅供参考）") and is_noise("邮发代号 61-1")
    assert is_noise("国内统一连续出版物号　CN 51-0001")
    # a note app's property, its key in Latin words (not a speech's English version, nor a step's number)
    assert is_noise("Subtitle: 讲话稿整理") and is_noise("Created time: 2025年3月8日")
    assert not is_noise("Step 1: 统一思想")
    assert not is_noise("Comrades: Now I am entrusted by the county committee to report on its work to this congress.")
    # a crumb a line, a site's note on its documents, its download button (not a heading, not a station's staff)
    assert is_noise("公文写作>") and not is_noise("一、狠抓落实>") and is_noise("下载本文档")
    assert is_noise("本站资源下载后的文档无水印，预览文档经过压缩，下载后原文更清晰。")
    assert not is_noise("本站全体干部职工要坚守岗位，确保旅客安全出行。")
    # who took the photos, alone on its line; a site's note that a post is old (not a speech's 「可能」)
    assert is_noise("某某摄影报道") and is_noise("张三、李四 摄") and not is_noise("全县开展秋季摄影大赛")
    assert is_noise("这是一个创建于 2025-03-08 09:12:40 的文章，其中的信息可能已经有所发展或是发生改变。")
    assert not is_noise("今年的情况可能已经发生了一些变化，大家要有清醒认识。")
    # a caption's sentence with its credit after it (not a sentence that names a picture)
    assert is_noise("某某在会上讲话。 视觉中国 资料图") and is_noise("会议现场，图片来自某县融媒体中心")
    assert not is_noise("要用好这些资料图片，讲好发展故事。")
    # a site chatting to its visitor ends on a tilde; a range of numbers does not
    assert is_noise("很可惜，您现在还不是作者身份，不能自主发稿哦~") and not is_noise("室温要控制在18~22")
    # a link by its own label, and where a post was taken from (not the text's 「文章来自……」 sentence)
    assert is_noise("链接：https://mp.weixin.qq.com/s/AbCd1234") and is_noise("文章摘录自微信公众号：某县发布")
    assert not is_noise("文章来自群众的呼声，我们要认真对待。")
    # a site's copyright in English, a converter's trial mark, a document site's note on its scan, a column's
    # label with its English (not a title ending on an acronym)
    assert is_noise("Copyright 2020-2025 - www.example.com All Rights Reserved")
    assert is_noise("Evaluation Warning: The document was created with Spire.Doc for .NET.")
    assert is_noise("（本文档由扫描件识别生成，如有错漏以原件为准）") and is_noise("相关研究报告REPORTS")
    assert is_noise("通知公告 NOTICE") and not is_noise("积极参与APEC") and not is_noise("加快发展AIGC")
    assert not is_noise("（一）配图要规范")
    assert is_noise("视频加载失败，请刷新页面再试") and not is_noise("网络改革加载失败的教训")
    assert match_date("2017 年 4 月 1 日") == "2017年4月1日"
    assert match_date("（2025年9月8日，北京）") == "2025年9月8日"
    assert match_date("2025年9月8日在北京召开") is None
    # characters a copy lost after the date (「???」, U+FFFD) leave the date; a word after it does not
    assert match_date("二〇一二年三月二十二日???") == "二〇一二年三月二十二日"
    assert match_date("2012年3月22日\ufffd\ufffd") == "2012年3月22日"
    assert match_date("二〇一二年三月二十二日？好") is None
    # a template's placeholders stand for digits; a two-character year or a lone X is none
    assert match_date("二〇XX年六月二十八日") == "二〇XX年六月二十八日" and match_date("20××年×月×日") == "20××年×月×日"
    assert match_date("XX年6月") is None and match_date("20X年6月") is None
    # (a shorter placeholder year with its day is one: 「x年6月8日」「××年4月12日」 under a 请示's signature)
    assert match_date("x年6月8日") == "x年6月8日" and match_date("××年4月12日") == "××年4月12日"
    assert speaker_of("北京市市长 殷勇") == "殷勇" and speaker_of("XX局局长　张伟") == "张伟"
    assert speaker_of("习近平") == "习近平" and speaker_of("谢谢") is None and speaker_of("党课") is None
    assert occasion_of("在2013年11月29日EMT办公例会上的讲话") == "EMT办公例会"
    assert occasion_of("——2026年1月28日在云南省第十四届人民代表大会第四次会议上", subtitle=True) == \
        "云南省第十四届人民代表大会第四次会议"
    assert occasion_of("在新的起点上推动高质量发展") is None


@pytest.mark.parametrize(("indent", "level"), [("", 1), ("  ", 1), ("\u3000\u3000", 2), ("\xa0\xa0", 2)])
def test_markdown_heading_behind_any_indentation(indent: str, level: int) -> None:

    hashes = "#" * level
    assert split_lines(f"{indent}{hashes} 标题\n")[0].md_level == level
    assert split_lines(f"{indent}{hashes}标题\n")[0].md_level == 0  # no space after the marks: not a heading


def test_a_posts_photo_caption_pointing_at_its_picture_is_page_noise() -> None:
    for caption in ("↑会议现场", "▲ 图为县委书记讲话", "△图为座谈会现场"):
        assert is_noise(caption), caption
    # near misses: a marked heading and a sentence are not a caption's few words
    for text in ("▲一、统一思想", "▲（一）加强组织领导", "↑上图为会议现场。"):
        assert not is_noise(text), text


def test_page_numbers_of_this_sessions_shapes() -> None:
    for line in ("（第2页）", "·2．", ".2.", "【第2页】", "页码：2", "3/12页码", "一 3 一", "一3一"):
        assert is_page_number(line), line
    for line in ("（2）", "2.", "一、", "第2项", "一三一"):  # (an item's marker alone is the furniture reader's)
        assert not is_page_number(line), line


def test_a_page_number_with_wide_gaps_is_one_line_not_packed_facts() -> None:
    text = "在全县防汛工作会议上的讲话\n第　2　页　　共　9　页\n同志们：\n"
    assert [ln.content for ln in split_lines(text)][1] == "第　2　页　　共　9　页"
    # near case: a head line packing a title and a date over a gap is cut
    packed = "在全县防汛工作会议上的讲话　　2024年5月17日\n同志们：\n"
    assert [ln.content for ln in split_lines(packed)][:2] == ["在全县防汛工作会议上的讲话", "2024年5月17日"]


def test_a_party_lecture_named_as_the_occasion_is_no_title_glued_on() -> None:
    # 「党课」 is a kind of speech, and here the occasion: 「……党课上的讲话」 is one title, not
    # 「……党课」 with 「上的讲话」 glued on (near: a title glued to its text is still cut after 讲话)
    assert [ln.content for ln in split_lines("在全镇专题党课上的讲话\n同志们：\n") if ln.content] == \
        ["在全镇专题党课上的讲话", "同志们："]
    assert [ln.content for ln in split_lines("镇党委书记在全镇专题党课上的讲话今天我们在这里上一堂专题党课。\n")
            if ln.content] == ["镇党委书记在全镇专题党课上的讲话", "今天我们在这里上一堂专题党课。"]


@pytest.mark.parametrize(("text", "count"), [
    ("下面，我将从三个方面与大家交流。", 3), ("下面，我将从三个方面，与同志们共同探讨如何做好工作。", 3),
    ("我从两个方面和大家一起分享体会。", 2), ("我讲三点意见。", 3), ("借此机会，我想表达三层意思。", 3),
    # near misses: what was done in three ways, not parts of the speech
    ("今年，我们从三个方面与县里的部门合作。", None), ("我们从三个方面，与县里合作。", None),
    ("群众通过三个渠道表达诉求。", None),
    # a lesson's parts (「党课」), shared in study (「学习交流」); near: a lesson split into groups
    ("今天这堂党课，我分三个部分和大家一起学习交流。", 3), ("今天的党课分为四个部分。", 4),
    ("党课分为四个学习小组。", None), ("示范田分为两个部分。", None),
])
def test_announced_counts(text: str, count: int | None) -> None:
    found = find_announcement(text)
    assert (found.value if found is not None else None) == count


@pytest.mark.parametrize(("text", "plain"), [
    ("**二、加强作风建设**", "二、加强作风建设"), ("抓好**安全生产**", "抓好安全生产"),
    ("**一、总体要求", "一、总体要求"),
    # a censor's mask inside a word, between two ideographs, is kept (near: bold marks at an edge or a mark)
    ("加强**建工作", "加强**建工作"), ("推进**员活动，加强**员教育", "推进**员活动，加强**员教育"),
])
def test_bold_marks_and_masks(text: str, plain: str) -> None:
    assert unbold(text) == plain


def test_a_speakers_own_sentence_naming_a_kind_is_no_title_glued_to_its_text() -> None:
    from speechparse.page.glued import glued_head_part

    rest = ("，譬如关上办公室的门在去食堂的路上，我会回顾一下这半天做了什么、哪些事情做得好、哪些事情还可以"
            "做得更好。这样的习惯坚持下来，每天的工作都有反思，每周的工作都有改进，到了年底，年度回顾反而显得不那么"
            "重要了。但按照组织的要求，我还是把这一年的工作认真梳理一遍，向组织作一个全面的汇报，也请各位领导和"
            "同事批评指正。一年来，在县委、县政府的正确领导下，我认真履行职责，协助分管了招商引资和项目建设工作。")
    # 「我……都总结一次，」: the speaker's words, not a title run into the text (its 总结 a verb)
    assert glued_head_part("我常常一天甚至半天都总结一次" + rest, True) == 0
    # near case: a title that names its kind, run into the text's first clause, is cut off
    assert glued_head_part("挂职副县长年终总结一年来" + rest, True) == len("挂职副县长年终总结")


def test_an_offer_of_the_files_download_says_nothing_of_a_cut_text() -> None:
    from speechparse.page.cutnotice import is_cut_notice

    # 「开通VIP，本文免费下载」 sells the file; the text above it may be whole (its closing stands)
    assert not is_cut_notice("开通VIP，本文免费下载")
    # near case: a fee asked to read the rest says the page shows only a part
    assert is_cut_notice("开通VIP可阅读全部内容") and is_cut_notice("开通会员，阅读全文")


def test_a_heading_with_no_title_under_a_closing_is_read_without_fault() -> None:
    from speechparse import parse_outline

    # (a bare 「1、」 after the farewell: no words to weigh as a platform's note)
    o = parse_outline("在大会上的讲话\n同志们：\n今天开会。\n一、抓落实\n要落实。\n谢谢大家！\n1、\n")
    assert o["title"] == "在大会上的讲话" and [h["marker"] for h in o["sections"]] == ["一、"]


def test_a_preview_that_showed_the_whole_text_says_nothing_of_a_cut() -> None:
    from speechparse.page.cutnotice import is_cut_notice

    # 「全文预览已结束」: the whole was previewed (its closing stands); 「还剩5页未读」, a site's button under
    # whole texts as often as under cut ones, says nothing of a cut either
    assert not is_cut_notice("全文预览已结束") and not is_cut_notice("还剩5页未读，继续阅读")
    assert is_cut_notice("免费预览已结束，剩余6页可下载查看")
    # near case: a preview's end with nothing said of the whole is a cut, as before
    assert is_cut_notice("预览已结束")


def test_a_documents_note_on_its_own_use_is_noise_and_a_notices_on_its_matter_is_text() -> None:
    from speechparse.page.noise import is_noise

    assert is_noise("本文档仅供学习交流使用，请勿用于商业用途") and is_noise("本文仅供学习参考")
    assert is_noise("下载本文档到电脑，查找使用更方便")
    # near cases: a notice's rule on its own materials, a speaker's 「仅供参考」 with an instruction after it
    assert not is_noise("本次培训资料仅供内部学习使用，不得用于商业用途。")
    assert not is_noise("本文仅供各位参考，请大家结合实际认真研究落实。")


def test_a_caption_pointing_down_at_its_picture_is_noise_and_a_pointed_heading_is_not() -> None:
    from speechparse.page.noise import is_noise

    assert is_noise("▼ 会议现场") and is_noise("↓ 会议现场") and is_noise("▼点击下方视频观看")
    # near cases: a heading after the pointer and its space (the space is no way round the marker test)
    assert not is_noise("▼ 一、抓落实") and not is_noise("↑ 一、抓落实")


def test_a_bracketed_place_of_a_screenshot_is_noise() -> None:
    from speechparse.page.noise import is_noise

    assert is_noise("（视频截图）") and is_noise("（网络图片）")
    assert is_noise("（此处图表略，下载后可查看）") and is_noise("（图略）")  # (a figure left out of the copy)
    assert not is_noise("（此处略）") and not is_noise("（详细数据略）")  # (near: words of the text left out)
    assert not is_noise("（以下略）")  # (near case: the text's own words left out, not a picture's place)
    assert is_noise("（会议现场照片 2 张）") and is_noise("（现场图片3幅）")  # where a post's pictures stood
    assert not is_noise("（有关照片已报县委办）")  # (near case: a sentence about photos, in brackets)


def test_a_button_that_unfolds_the_text_is_page_noise_wherever_it_stands() -> None:
    from speechparse.page.noise import is_noise

    assert is_noise("展开全文") and is_noise("展开阅读全文") and is_noise("[展开阅读全文](https://a.example.cn/1)")
    assert not is_noise("展开全文学习讨论")  # (near case: a line that only opens with the words)


def test_a_forums_floor_label_and_a_word_exports_leaked_style_are_noise() -> None:
    from speechparse.page.noise import is_noise

    assert is_noise("沙发") and is_noise("板凳")  # a forum's first replies' labels, read as no speaker
    assert not is_noise("沙发区") and not is_noise("地板砖要铺好")  # (near cases: words of a text)
    assert is_noise("mso-bidi-font-size:10.5pt;mso-fareast-font-family:仿宋_GB2312")
    assert not is_noise("正文用仿宋;标题用黑体")  # (near case: a text's own words on type, in Chinese)


def test_a_posts_topic_tags_are_noise_and_a_slogan_is_not() -> None:
    from speechparse.page.noise import is_noise

    assert is_noise("公文写作 · 领导讲话 · 材料写作")
    assert not is_noise("奋斗百年路 · 启航新征程 · 再创新辉煌")  # (near case: no writer's topic among them)


def test_where_the_seal_goes_signs_a_document_off() -> None:
    from speechparse.page.facts import is_sign_off

    assert is_sign_off("（印章）") and is_sign_off("（盖章）") and is_sign_off("（此页无正文）")
    assert not is_sign_off("（印章管理办法另行制定）")  # (near case: a sentence about seals, in brackets)


def test_a_files_row_in_a_download_list_is_noise() -> None:
    from speechparse.page.noise import is_noise

    assert is_noise("附件1：会议讲话全文（PDF，1.2MB）　下载次数：35") and is_noise("附件：实施方案（PDF 356KB）")
    assert not is_noise("全县共完成下载量统计工作。")  # (near case: a sentence about downloads)


def test_a_row_of_markdown_links_with_a_bracketed_address_is_navigation() -> None:
    from speechparse.page.noise import is_noise

    assert is_noise("[长辈版](https://www.example.gov.cn/?elder=1) | [无障碍](javascript:void(0))")
    # near case: one link inside a sentence is the text's
    assert not is_noise("同志们，请看[这里](https://a.example.cn)和[那里](https://b.example.cn)。")


def test_a_link_to_the_texts_interpretation_is_noise() -> None:
    from speechparse.page.noise import is_noise

    assert is_noise("【图文解读】一图读懂县森林防火工作会议精神")
    assert is_noise("【政策解读】") and is_noise("政策解读：")
    # near cases: a heading named so, a sentence that asks for it
    assert not is_noise("二、政策解读") and not is_noise("各部门要加强政策解读。")


@pytest.mark.parametrize(("title", "work", "same"), [
    ("某县农机安全生产管理办法", "某县农机安全生产管理办法", True),
    # named a few characters short, the same kind at the end
    ("某县办公室公文处理实施细则", "某县办公室公文处理细则", True),
    # the issuer and the year before the name the notice gives
    ("某镇人民政府2025年政府工作报告", "政府工作报告", True),
    ("2025年政府工作报告", "政府工作报告", True),
    # near cases: another matter, another kind, more than the issuer and year before it
    ("某县农机维修服务管理暂行办法", "某县农机安全生产管理办法", False),
    ("某县办公室公文处理实施细则解读", "某县办公室公文处理细则", False),
    ("某镇人民政府关于2025年政府工作报告", "政府工作报告", False),
    ("某镇2025年政府工作报告起草说明", "政府工作报告", False),
])
def test_named_work_is_the_title(title: str, work: str, same: bool) -> None:
    assert _same_work(title, work) is same


def test_a_document_sites_upload_note_coupon_row_and_hot_searches_are_noise() -> None:
    """vocab67's ff lines: who uploaded the document (a user's handle, the day), a row of its price and
    counters, a search bar's hot words; near cases: a sentence on what users report, a topic sentence."""
    for c in ["本文档由 用户5fd2… 于 2024-06-28 上传\u3000已获得 862 次下载",
              "下载券：2\u3000|\u30004.8分（1,203人评价）\u3000|\u3000浏览 12,580 次",
              "热门：工作总结\u3000讲话稿\u3000心得体会\u3000述职报告", "热搜：述职报告"]:
        assert is_noise(c), c
    for c in ["由用户反映的问题要及时分享给相关部门。", "热门话题要抓住群众关心的问题", "热门产业要加快培育"]:
        assert not is_noise(c), c


def test_an_office_alone_is_a_salutation_only_over_a_speakers_first_words() -> None:
    """「值班组长：」 over 「……制定本预案。」 is a plan's role; 「校长：」 over 「今天我代表总务处……」 is spoken to
    (an office with its holder's surname, 「王组长：」, or after 各位/尊敬的, is an address whatever follows)."""
    plan = ("青山小学防汛应急预案\n值班组长：\n汛期将至，为保障师生安全，结合本校实际，制定本预案。\n"
            "一、组织机构\n组长由校长担任。\n")
    told = "关于防汛准备工作的汇报\n校长：\n今天我代表总务处，把防汛准备工作向您汇报。\n一、物资准备\n沙袋已到位。\n"
    assert parse_outline(plan)["salutation"] is None
    assert parse_outline(told)["salutation"] == "校长"
    assert parse_outline(plan.replace("值班组长", "王组长"))["salutation"] == "王组长"
    assert parse_outline(plan.replace("值班组长", "各位组长"))["salutation"] == "各位组长"


def test_a_files_row_a_path_to_it_and_an_episode_crumb_are_noise_over_a_weak_title() -> None:
    """vocab68's lines over or under a title that names no kind: a file's row with its size and buttons, a
    viewer's preview caption, a net disk's path to the file, a playlist's crumb to its episode; near cases:
    a file's bare name over the text is its title; a comparison 「增长率 > 10%」 is no crumb."""
    base = "扎实做好今冬明春森林防火工作\n同志们：\n今天召开会议，部署森林防火工作。\n一、认清形势\n形势严峻。\n"
    for noise_line in ["附件（1）：讲话稿终稿.docx\u300036.2KB\u3000预览\u3000下载",
                       "[附件预览] 讲话稿终稿.docx\u3000点击查看",
                       "我的网盘 > 分享文件 > 学习资料 > 讲话全文.pdf", "听单：领导讲话精选 ＞ 第12集",
                       "⭐ 已有 326 人划线"]:
        for text in (noise_line + "\n" + base, base.replace("\n", "\n" + noise_line + "\n", 1)):
            assert parse_outline(text)["title"] == "扎实做好今冬明春森林防火工作", (noise_line, text)
    named = parse_outline("县长在全县森林防火工作会议上的讲话.docx\n" + base)["title"]
    assert named == "县长在全县森林防火工作会议上的讲话"
    assert not is_noise("增长率 > 10%") and not is_noise("全年目标 > 第3季度")
    assert not is_noise("已有326人报名参加培训。") and not is_noise("目前已有326人参与")


def test_an_office_systems_sender_and_a_meetings_copy_note_at_the_foot_leave_the_sign_off() -> None:
    """vocab68's foot lines under the date: an OA system's sender row; a meeting's note on its papers with the
    secretariat's issue line under it. Near case: a sentence asking to study the papers stays text."""
    text = ("在全县森林防火工作会议上的讲话\n同志们：\n今天召开会议，部署森林防火工作。\n一、认清形势\n形势严峻。\n"
            "同志们，希望大家恪尽职守，守护好青山绿水。谢谢大家！\n某县人民政府副县长\u3000某某\n2024年10月15日\n")
    for foot in ["发送人：党委办公室\u3000发送时间：06-11 17:05\n",
                 "本材料仅供会议使用\u3000会后请交回\n大会秘书处\u30002024年1月24日印发\n"]:
        o = parse_outline(text + foot)
        assert (o["date"], o["speaker"]) == ("2024年10月15日", "某某"), foot
    assert not is_noise("本次会议的材料仅供会议讨论，请大家认真研究。")


def test_a_publishers_field_cut_from_a_row_under_the_thanks_is_no_closing() -> None:
    """「发布：大会秘书处新闻组」, cut at its gaps from a row of the page's fields under 「谢谢大家！」, is a field
    of the page (near case: 「发布会要精心组织」 is text)."""
    text = ("在全县人大会议上的讲话\n各位代表：\n这次大会圆满完成了各项议程。\n一、统一思想\n要统一思想。\n"
            "各位代表！让我们团结一心，为全县发展作出新贡献！\n谢谢大家！\n"
            "发布：大会秘书处新闻组\u3000\u3000时间：2024-01-24 10:30\u3000\u3000浏览：2,106\n")
    assert parse_outline(text)["closing"]["text"].endswith("谢谢大家！")
    assert is_noise("发布：大会秘书处新闻组") and not is_noise("发布会要精心组织")


def test_an_office_systems_menu_over_a_bare_title_is_navigation() -> None:
    """vocab68's ii, seed 2: an office system's menu bar (「工作台　｜　审批　｜　日程……」) over a crumb, the title
    「发言稿」 and a row of fields is the system's menu, not the title (near case: two entries make no menu)."""
    text = ("工作台\u3000｜\u3000审批\u3000｜\u3000日程\u3000｜\u3000通讯录\u3000｜\u3000文档\n"
            "企业微信 › 微盘 › 党委办公室 › 2024\n发言稿\n"
            "审批编号：SP2024061100\u3000发起人：刘某某\u3000部门：党委办公室\n"
            "尊敬的各位老师、亲爱的同学们：\n大家好！今天我作为学员代表在这里发言。\n一、提高认识\n要提高认识。\n")
    assert parse_outline(text)["title"] == "发言稿"
    assert not is_noise("审批 | 日程")


_SIGNED_ARTICLE = (
    "以绣花功夫推进城市精细化治理\n"
    "城市治理是国家治理体系的重要组成部分，各地持续发力，城市面貌明显改观。\n"
    "**坚持人民至上**\n"
    "推进精细化治理，必须把群众满意作为第一标准，让治理成效看得见、摸得着。\n"
    "**坚持系统观念**\n"
    "推进精细化治理，必须统筹规划、建设、管理各个环节，防止头痛医头、脚痛医脚。\n"
    "（作者为某市委党校公共管理教研部教授）\n"
)


@pytest.mark.parametrize(("tail", "foot"), [
    # under the byline, a reader app's counters, its button, hot searches, a headline, a reply: the page's
    ("\n点赞 1.2w　评论 305　收藏 618\n展开\n大家都在看：城市更新十大案例\n东湖绿道又添新景点！\n"
     "【便民提示】本周末部分路段临时交通管制\n回复：您反映的问题已转交相关部门。\n", True),
    # the article's own references under it are the text's
    ("参考文献：\n[1] 某某.城市精细化治理研究[M].北京：某出版社，2020.\n", False),
])
def test_what_a_page_puts_under_an_articles_byline_is_its_foot(tail: str, foot: bool) -> None:
    from speechparse.classify import classify

    text = _SIGNED_ARTICLE + tail
    lines = split_lines(text)
    layout = classify(lines, text)
    under = [ln.content for ln in lines[layout.trailer_start:] if ln.content]
    assert under == (["展开", *tail.split("\n")[3:-1]] if foot else [])
    assert parse_outline(text)["genre"] == "article"


@pytest.mark.parametrize(("line", "noise"), [
    # who gave a post its pictures, a video's views
    ("图片由某县发布提供", True),
    ("（照片来源：某县融媒体中心）", True),
    ("视频由县委宣传部制作", True),
    ("微博视频　某县发布的视频　2.1万次观看", True),
    ("1280次播放", True),
    # a journal's front matter, repeated on its pages
    ("作者简介：林某某，中共某市委党校科研处副处长。", True),
    ("收稿日期：2025-03-02", True),
    ("基金项目：某省社科基金项目（24BZZ012）", True),
    ("中图分类号：D262　文献标识码：A　文章编号：1008-0000（2025）03-0012-06", True),
    # a transcript's speaker tag and its time, a figure's caption numbered in words
    ("发言人1　00:00:05", True),
    ("图一：市长在记者会上说明施政重点", True),
    # near misses: a title naming pictures, a sentence about them, an item counting views
    ("用好图片视频　讲好河湖故事", False),
    ("图片由各乡镇统一报送，县委宣传部审核后发布。", False),
    ("3.短视频累计2.1万次播放", False),
    ("该视频已累计1280次播放，点赞过万。", False),
    # a sentence about a 作者简介, a label of the text's own
    ("作者简介要写清楚本人的学习和工作经历。", False),
    ("带头人：重点从致富能手、退役军人和返乡大学生中选拔。", False),
    # a speaker's words, a sentence that opens on 「图一、二」
    ("发言人1：大家好，我先汇报一下。", False),
    ("图一、二、三是我们的主要做法。", False),
])
def test_credits_counters_front_matter_and_transcript_tags_are_noise(line: str, noise: bool) -> None:
    assert is_noise(line) is noise


def test_a_journals_header_inside_a_wrapped_point_is_not_glued_to_its_title() -> None:
    wrapped = ("在全市基层党建工作观摩推进会上的讲话\n同志们：\n一、抓牢基层组织这个根本\n"
               "一是夯实村级组织阵地建设。今年要完成二十个村级活动场所提质改\n"
               "造，做到有场所、有牌子、有制度、有活动。二是选优配强村党组织\n"
               "{}带头人队伍。对软弱涣散村党组织，县乡两级要派驻第一书记，一村\n"
               "一策抓整顿。\n二、抓实党员队伍这个关键\n要严格党员发展程序，注重从青年农民、返乡大学生中发展党员\n")
    clean = parse_outline(wrapped.format(""))
    assert clean["sections"][0]["points"][1]["title"] == "选优配强村党组织带头人队伍"
    noisy = parse_outline(wrapped.format("作者简介：林某某，中共某市委党校科研处副处长。\n"))
    assert [p["title"] for p in noisy["sections"][0]["points"]] == [p["title"] for p in clean["sections"][0]["points"]]


@pytest.mark.parametrize(("line", "menu"), [
    ("妙记　|　文字记录　|　智能纪要　|　章节　|　关键词", True),  # an app's tabs, whatever their words
    ("Notion　/　某某研究室　/　讲话稿库　/　2025", True),  # an app's path under its name
    # near misses: a title and its site's name, a date set with slashes, a slogan's parts
    ("在全县大会上的讲话 | 某县人民政府", False),
    ("2025 / 03 / 15", False),
    ("坚持党的领导 / 坚持以人民为中心 / 坚持全面深化改革", False),
])
def test_an_apps_tabs_and_path_are_menus(line: str, menu: bool) -> None:
    from speechparse.page.menu import is_menu

    assert is_menu(line) is menu


@pytest.mark.parametrize(("tail", "foot"), [
    ("主持人：感谢书记的讲话。下面进行第二项议程。\n", True),  # a transcript's hand-over: the page's
    ("主持人：王强\n记录：李红\n", False),  # near miss: a 纪要's fields under its date are its own
])
def test_a_hosts_hand_over_under_the_date_is_no_part_of_the_text(tail: str, foot: bool) -> None:
    from speechparse.classify import classify

    text = ("关于做好秋冬季安全生产工作的讲话\n同志们：\n今年以来，全镇安全生产形势总体平稳。\n"
            "下一步，我们要继续压实责任，确保不发生较大以上事故。\n2025年9月20日\n" + tail)
    lines = split_lines(text)
    layout = classify(lines, text)
    assert [ln.content for ln in lines[layout.trailer_start:] if ln.content] == (tail.split("\n")[:1] if foot else [])
    if foot:  # (the date over fields of the text's own is not read yet: issue 18's attendance list under a date)
        assert parse_outline(text)["date"] == "2025年9月20日"
