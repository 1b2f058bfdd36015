"""Page forms met in real collections: each with the near case that must read as before."""

from __future__ import annotations

from pathlib import Path

from speechparse import parse, parse_outline
from speechparse.lines import split_lines
from speechparse.page.noise import is_noise
from speechparse.reading import looks_like_markup, read_input

FRAGMENT = (
    '<tbody>\n <tr>\n  <td id="UCAP-CONTENT"><p style="text-align: center;"><span>国务院关于2018年度</span></p> '
    '<p style="text-align: center;"><span>某项奖励的决定</span></p> <p style="text-align: center;">'
    '<span>国发〔2018〕44号</span></p> <p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p> '
    '<p>为深入贯彻落实有关精神，国务院决定对在该领域作出突出贡献的单位和个人给予奖励。</p> '
    '<p>一、奖励范围</p><p>奖励范围是各类单位。</p></td>\n </tr>\n</tbody>\n'
)


def test_html_saved_under_a_text_name_is_read_as_a_page(tmp_path: Path) -> None:
    p = tmp_path / "row.txt"
    p.write_text(FRAGMENT, encoding="utf-8")
    text = read_input(p)
    assert "<" not in text
    s = parse(text)
    assert s.title == "国务院关于2018年度某项奖励的决定"
    assert [h.title for h in s.sections] == ["奖励范围"]
    assert s.document is not None and s.document.number == "国发〔2018〕44号"
    assert s.document.addressee == "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"


def test_a_text_that_quotes_a_tag_or_opens_with_a_bracket_stays_text(tmp_path: Path) -> None:
    assert not looks_like_markup("<<关于某项工作的通知>>\n各单位：\n请认真贯彻。<p>只是引用。\n")
    assert not looks_like_markup("一、网页排版\n用<p>标签分段，用<br>换行，用<div>分块。\n")
    p = tmp_path / "quote.txt"
    p.write_text("<在全县工作会议上的讲话>\n同志们：\n今天开会。<p>这个标签只是引用。\n", encoding="utf-8")
    assert read_input(p) == p.read_text(encoding="utf-8")


def test_a_document_sites_words_to_its_visitor_are_noise() -> None:
    assert is_noise("欢迎来到某某方案网网站!")
    assert is_noise("简介:某某文库小编为你整理了多篇相关的《某县人民政府办公室文件》,但愿对你工作学习有帮助。")
    assert is_noise("小编花时间特意编辑了范文资料：某县实施方案，希望对你有所帮助，动动手指请收藏一下！")
    # the near cases: a speech's own welcome, and 小编 in a sentence about a newsroom
    assert not is_noise("欢迎来到美丽的某县，欢迎各位嘉宾莅临指导！")
    assert not is_noise("欢迎来到某县参加会议")
    assert not is_noise("县融媒体中心的小编们日夜坚守，讲好了发展故事。")


def test_a_government_sites_information_table_is_noise() -> None:
    for row in ("索引号 014046317/2023-04570 生成日期 2023-11-21 公开日期 2023-11-21",
                "文件编号 某政发〔2023〕158号 公开时限 长期公开", "体裁 决定", "文件下载 下载",
                "关键词 决定,公开,政府网站 分类词 文秘工作,综合"):
        assert is_noise(row), row
    # the near cases: a sentence that opens with one of the keys
    assert not is_noise("体裁 是文章的样式，决定了读者怎样阅读它，因此每一种体裁都有自己的写法和规范要求。")
    assert not is_noise("主题 教育活动要抓实抓细")


def test_an_information_tables_cells_with_colons_and_spaced_keys_are_noise() -> None:
    """The same table as key：value cells, its keys spaced out to the table's width."""
    for row in ("索　引　号：000014349/2024-00087　　主题分类：政务公开", "有 效 性：有效　　【字体：大 中 小】",
                "文　　号：无", "公开范围:面向社会", "信息索引号:MB0123456-0200-2024-0087", "时效:", "时效：长期"):
        assert is_noise(row), row
    # the near cases: a spaced salutation, a spaced title, and a sentence after a spaced word
    for line in ("同 志 们：", "通 知", "工 作 要 求：各单位要高度重视，认真组织实施。",
                 "时效性要求高，务必按时完成。"):
        assert not is_noise(line), line


def test_markup_under_a_few_metadata_lines_is_read_as_a_page(tmp_path: Path) -> None:
    body = "".join(f"<p>第{k}段文字，内容是某项工作的安排。</p>" for k in range(1, 10))
    p = tmp_path / "law.txt"
    p.write_text("发文机关:某省人民政府\n发布日期:2018年03月27\n" + body + "\n", encoding="utf-8")
    text = read_input(p)
    assert "<p>" not in text and "第9段文字" in text
    few = tmp_path / "few.txt"  # (three tags do, on a line they open under the label)
    few.write_text("发文机关:某省人民政府\n<p>一段</p><p>两段</p><p>三段</p>\n", encoding="utf-8")
    assert read_input(few) == "发文机关:某省人民政府\n一段\n两段\n三段\n"
    few.write_text("各单位：\n<p>一段</p><p>两段</p><p>三段</p>\n", encoding="utf-8")  # (under an address: a text)
    assert read_input(few) == few.read_text(encoding="utf-8")


def test_emoji_before_a_line_are_set_aside_and_dingbat_numerals_are_not() -> None:
    """「🌟一、……」 keeps its marker at the content's start; 「❶」 numbers an item and stays."""
    star, dingbat, plain = split_lines("🌟一、工作回顾\n❶提高认识\n一、工作回顾\n")
    assert (star.lead, star.content) == (1, "一、工作回顾")
    assert (dingbat.lead, dingbat.content) == (0, "❶提高认识")
    assert plain.lead == 0


def test_a_title_in_traditional_characters_set_over_two_lines_is_shown_as_written() -> None:
    """The page is read through its simplified key; a field joined from two lines is still
    taken from the text as written (「書記……的發言」, not 「书记……的发言」)."""
    text = "書記在新區開發建設會議上\n的發言\n同志們：\n今天我們召開會議，研究部署新區開發建設工作，我講三點意見。\n"
    assert parse(text).title == "書記在新區開發建設會議上的發言"
    one_line = "書記在新區開發建設會議上的發言\n同志們：\n今天我們召開會議，研究部署新區開發建設工作。\n"
    assert parse(one_line).title == "書記在新區開發建設會議上的發言"


def test_a_closing_address_titled_in_traditional_characters_is_a_speech() -> None:
    """「閉幕詞」 is 「闭幕词」: the title names a speech; a title that names no kind says nothing."""
    body = "\n本次會議圓滿完成了各項議程，取得了豐碩成果。\n"
    s = parse("某某協會第十屆理事會閉幕詞" + body)
    assert (s.genre, s.genre_reason) == ("speech", "标题或副标题是「闭幕词」")
    assert parse("某某協會第十屆理事會紀要摘錄" + body).genre != "speech"


def test_a_line_framed_by_decorations_under_the_title_is_a_label_not_the_title() -> None:
    body = "同志们：\n今天召开会议，部署防汛工作。\n一、提高认识\n要高度重视。\n二、压实责任\n要层层落实。\n"
    text = "某某中学家校通\n在全市防汛工作会议上的讲话\n✿ 学生代表发言 ✿\n" + body
    assert parse(text).title == "在全市防汛工作会议上的讲话"
    # near miss: a framed title with no plain one beside it is still the title
    assert parse("某某中学家校通\n✿ 在全市防汛工作会议上的讲话 ✿\n" + body).title == "在全市防汛工作会议上的讲话"


_PAPER_BODY = ("今天这次会议，主要是分析今年汛期形势，部署防汛备汛各项工作。下面，我讲三点意见。\n"
               "一、认清形势，把防汛责任扛在肩上\n今年我县降水总体偏多，各级各部门要把防汛作为头等大事来抓。\n"
               "二、突出重点，把隐患排查做细做实\n要盯紧水库塘坝，逐座落实巡查责任人。\n")


def test_a_papers_row_of_editions_over_the_title_is_navigation() -> None:
    from speechparse import parse_outline
    from speechparse.page.menu import is_menu

    text = "今日：第01版 第02版 第03版 第04版 第05版\n防汛要打主动仗\n" + _PAPER_BODY
    assert parse_outline(text)["title"] == "防汛要打主动仗"
    assert is_menu("A01版\u3000A02版\u3000A03版")
    # the near cases: two editions are no row, and a page mark with its section is no list of editions
    assert not is_menu("第01版 第02版") and not is_menu("第3版\u3000要闻\u3000评论")
    # a news portal's channels make a menu; with an edition among them, a paper's page header
    assert is_menu("某网首页 | 时政 | 地方 | 评论 | 理论 | 党建 | 某报客户端") and not is_menu("第3版　时政　地方")


def test_a_reporters_byline_under_the_title_is_no_title() -> None:
    from speechparse import parse_outline

    for byline in ("本报记者 王某某 张某", "本报记者\u3000王某某\u3000通讯员\u3000李某"):
        assert is_noise(byline), byline
        assert parse_outline(f"防汛要打主动仗\n{byline}\n{_PAPER_BODY}")["title"] == "防汛要打主动仗"
    # the near cases: a name run on after the role, and a sentence about reporters
    assert not is_noise("本报记者王某某")
    assert not is_noise("记者 张三 李四 报道称，会议召开。")


def test_the_date_under_the_title_outweighs_a_papers_date_over_it() -> None:
    from speechparse import parse_outline

    head = "某某日报\u3000数字报刊平台\u3000\u30002024年03月05日\u3000星期二\n在全县防汛工作会议上的讲话\n"
    assert parse_outline(head + "（2024年5月20日）\n同志们：\n" + _PAPER_BODY)["date"] == "2024年5月20日"
    # the near case: with no date under the title, the one over it stays the page's only date
    only_over = "2024年5月20日\n在全县防汛工作会议上的讲话\n同志们：\n" + _PAPER_BODY
    assert parse_outline(only_over)["date"] == "2024年5月20日"


def test_a_blogs_copyright_notice_is_noise() -> None:
    assert is_noise("版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。")
    assert not is_noise("版权声明是保护作者权益的重要方式，各单位要高度重视。")  # (a sentence about one)


def test_a_salutation_whose_first_line_ends_in_a_comma_goes_on_to_its_colon() -> None:
    """「各位同事，」 then 「朋友们：」: one salutation over two lines, no wrong mark after the first."""
    from speechparse import check, parse_outline

    text = "在公司年度总结表彰大会上的讲话\n各位同事，\n朋友们：\n大家好！今天我们在这里召开年度总结表彰大会。\n"
    assert parse_outline(text)["salutation"] == "各位同事，朋友们"
    assert not [d for d in check(text) if d.code == "S102"]
    # the near case: a salutation with a comma over the speech's first words is one line, its mark wrong
    near = "在公司年度总结表彰大会上的讲话\n各位同事，\n今天我们在这里召开年度总结表彰大会。\n"
    assert parse_outline(near)["salutation"] == "各位同事"
    assert [d.line for d in check(near) if d.code == "S102"] == [2]


def test_a_title_names_its_kind_last() -> None:
    """「在……总结表彰大会上的讲话」 is a speech at a meeting that sums up; 「……工作总结」 is a summary."""
    from speechparse import parse_outline

    body = "大家好！今天我们在这里召开年度大会。\n一、工作回顾\n全年实现营业收入十二亿元。\n"
    assert parse_outline("在公司2024年度总结表彰大会上的讲话\n" + body)["genre"] == "speech"
    assert parse_outline("公司2024年度工作总结\n" + body)["genre"] == "summary"


def test_the_traditional_key_covers_opencc_characters_and_leaves_simplified_ones() -> None:
    from speechparse import hant

    # 「兩」「見」 are in no speech word list by hand; OpenCC's table has them
    assert hant.key("下面，我講兩點意見。") == "下面，我讲两点意见。"
    page = "在大會上的講話\n同志們：\n下面，我講兩點意見。\n一、統一思想\n要認識到位。\n"
    assert parse_outline(page)["announced_count"] == 2
    # near case: characters simplified text writes too stay (「乾坤」「显著」「著名」 as written)
    for text in ("乾坤朗朗", "成效显著", "著名的乾隆"):
        assert hant.key(text) is text


def test_a_traditional_documents_parts_are_given_as_written() -> None:
    page = ("關於開展安全生產大檢查的通報\n各鄉鎮人民政府，縣直各部門：\n近期，縣安委會組織開展了安全生產大檢查。\n"
            "一、基本情況\n各地高度重視，認真組織。\n二、存在問題\n部分單位責任落實不到位。\n某縣安全生產委員會辦公室\n"
            "2024年5月6日\n")
    o = parse_outline(page)
    assert o["document"]["kind"] == "通報"
    assert o["document"]["addressee"] == "各鄉鎮人民政府，縣直各部門"


def test_one_button_word_framed_in_brackets_is_noise() -> None:
    for button in ("[复制链接]", "[打印本页]", "【收藏】", "[ 关闭窗口 ]"):
        assert is_noise(button), button
    # the near cases: a bracketed word that is no button, and a button word unframed in a line of text
    for line in ("[会议纪要]", "[复制链接", "复制链接"):
        assert not is_noise(line), line


def test_a_document_viewers_status_line_is_noise() -> None:
    for status in ("在线预览结束，喜欢就下载吧，查找使用更方便", "预览加载中…", "试读结束，请登录后查看全文",
                   "加载中..."):
        assert is_noise(status), status
    # the near cases: a title and a sentence that open with the same words
    for line in ("在全县预览工作会议上的讲话", "试读结束后，大家要认真总结经验。"):
        assert not is_noise(line), line


def test_an_image_file_and_a_download_widget_are_noise() -> None:
    for line in ("36103510491.jpg", "会议现场.png", "附件下载", "用户登录"):
        assert is_noise(line), line
    # the near cases: a sentence that names an image, and a line that goes on after the widget's word
    for line in ("请将照片保存为会议现场.png格式后报送。", "用户登录后可以查看全部内容", "附件：申报表"):
        assert not is_noise(line), line


def test_a_forwarded_mails_header_a_journals_fields_and_a_reading_lamp_are_noise() -> None:
    for line in ('发件人: "某某" <someone@example.com>', "发送时间: 2024年5月17日(星期五) 下午6:30",
                 "主题: 转发：讲话稿终稿，请查收",
                 "[中图分类号]D630　[文献标识码]A　[文章编号]1672-2426(2024)05-0074-07",
                 "网络首发地址：https://kns.example.net/detail/11.1234.D.20240517.html",
                 "DOI：10.1234/j.abc.2024.01.001", "【关键词】县域经济　高质量发展",
                 "关灯", "开启左侧"):
        assert is_noise(line), line
    # the near cases: a theme line, and sentences that open with the same words
    for line in ("主题：学习贯彻党的二十大精神", "开灯后大家要注意安全。", "发件人应当对内容负责，不得虚报。"):
        assert not is_noise(line), line


def test_a_markdown_image_whose_address_a_wrap_cut_is_noise() -> None:
    assert is_noise("![防火,春季,方案](/static/img/rand/")
    assert not is_noise("![防火] 这是图片的说明文字，不是链接。")  # (no address opened: the near case)


def test_a_bracketed_photo_caption_and_a_forums_anti_copy_junk_are_noise() -> None:
    for line in ("（图为：座谈会现场）", "(图为会议现场)", "/ Q- k; W% b% |( ^# m% J7 n T/ @ 3 |8 X9 l",
                 "留言与评论(共有 条评论) |"):
        assert is_noise(line), line
    # the near cases: a bracketed sentence that opens with 图为, and a row of abbreviations
    for line in ("（图为本次会议的主要议程之一，请各位参会人员注意。）", "GDP CPI PPI M2 M1 M0 PMI",
                 "留言与评论是群众表达诉求的重要渠道。"):
        assert not is_noise(line), line


def test_a_picture_tagged_as_one_is_a_caption_and_a_tag_like_word_is_not() -> None:
    """「【图】委员们认真听取报告」「[图片: 会场全景]」「在这里插入图片描述」 stand where a picture stood: noise, even
    naming a 报告 right under the title; 「【图解】……」 (a link to an explainer), 「图书馆……」 and a sentence
    about placeholders are not pictures' tags."""
    for line in ("【图】委员们认真听取报告", "[图片: 会场全景]", "（图）会议现场", "在这里插入图片描述"):
        assert is_noise(line), line
    for line in ("图书馆建设情况", "在这里插入图片描述的方法要写清楚。",
                 "（图表数据由县统计局提供，仅供参考。各乡镇要认真核对。）"):
        assert not is_noise(line), line


def test_a_photo_credit_in_brackets_after_a_caption_is_noise_and_a_bracketed_aside_is_not() -> None:
    """「3月6日，……开幕。（政协办公室供图）」 credits a photo; 「……（全体同志共同努力）」 is the text's aside."""
    assert is_noise("3月6日，市政协十届四次会议开幕。（政协办公室供图）")
    assert not is_noise("我们要把工作做实（全体同志共同努力）")


def test_a_row_of_links_with_their_english_is_noise_and_a_tables_header_is_not() -> None:
    """「新浪简介 | About Sina | 广告服务 | …」: a site's links beside their English; 「GDP | 增速 | 排名」
    heads a table."""
    assert is_noise("新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English")
    assert not is_noise("GDP | 增速 | 排名")


def test_an_honoured_group_the_word_list_lacks_is_addressed_beside_one_it_knows() -> None:
    """「尊敬的各位五一劳动模范、亲爱的同志们：」 is an address list; a part that is no address at all is not."""
    from speechparse.page.salutation import salutation_line
    assert salutation_line("尊敬的各位五一劳动模范、亲爱的同志们：") is not None
    assert salutation_line("今年的五一劳动模范、亲爱的同志们：") is None


def test_a_note_apps_path_parted_by_dots_and_slashes_is_navigation_and_a_dotted_slogan_is_not() -> None:
    assert is_noise("有道云笔记 · 我的资源 / 会议讲话")
    assert not is_noise("学习 · 思考 · 实践")
