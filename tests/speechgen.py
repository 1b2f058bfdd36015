"""Speeches and reports made up from a small vocabulary, for tests that need many texts.

Every phrase here is the project's own.  ``speech(seed)`` gives a text with a
title, perhaps a date line, a salutation, a preamble that may announce the
count, two to six sections on one to three levels of the GB/T 9704 ladder
(own-line or run-in headings), 一是/二是 runs in some paragraphs, a closing
appeal and sometimes a sign-off; layout varies (indentation, blank lines).
The same seed gives the same text.
"""

from __future__ import annotations

import random

from speechparse.numerals import count_cn, int_to_cn

OCCASIONS = ["全县农业农村工作会议", "全市安全生产工作会议", "全区教育工作大会", "全镇党建工作推进会",
             "全省文化旅游发展大会", "全县招商引资工作会议", "全市生态环境保护大会", "全区民生实事推进会"]
SPEAKERS = ["县委书记", "市长", "区委副书记", "镇党委书记", "局长"]
VERBS = ["提高", "把握", "狠抓", "加强", "优化", "守牢", "推进", "补齐", "强化", "改进"]
OBJECTS = ["思想认识", "工作重点", "工作落实", "组织领导", "营商环境", "安全底线", "乡村振兴", "民生短板",
           "队伍建设", "工作作风", "改革创新", "工作责任", "项目建设", "风险防范", "服务水平", "基层基础"]
TOPICS = [v + o for v in VERBS for o in OBJECTS]  # 160 titles, none used twice in one text
SENTENCES = ["这项工作事关全局，必须高度重视。", "各级各部门要主动作为，不能等靠要。",
             "要对照目标任务，倒排工期，挂图作战。", "去年以来，我们做了大量工作，取得了明显成效。",
             "同时也要清醒看到，还存在一些短板和不足。", "要坚持问题导向，拿出务实管用的举措。",
             "要把群众满意不满意作为衡量工作的标准。", "各乡镇要结合实际，细化实化工作方案。"]
POINTS = ["抓学习", "抓调研", "抓统筹", "抓督查", "抓考核", "抓宣传"]
APPEALS = ["同志们，任务艰巨，责任重大。让我们团结一心，真抓实干，为完成全年目标任务而努力奋斗！",
           "同志们，让我们以更加饱满的热情、更加务实的作风，奋力开创各项工作新局面！",
           "同志们，新的一年已经开始，让我们撸起袖子加油干，努力交出一份满意的答卷！"]

# (marker of number n) per style, as writers type them
LADDER = [
    ("section", lambda n: f"{int_to_cn(n)}、"),
    ("subsection", lambda n: f"（{int_to_cn(n)}）"),
    ("clause", lambda n: f"{n}."),
    ("item", lambda n: f"（{n}）"),
]


def speech(seed: int) -> str:
    rnd = random.Random(seed)
    indent = rnd.choice(["", "　　"])
    blank = rnd.random() < 0.3
    occasion = rnd.choice(OCCASIONS)
    out = [f"在{occasion}上的讲话"]
    if rnd.random() < 0.5:
        out.append(f"（{2020 + rnd.randrange(7)}年{rnd.randrange(1, 13)}月{rnd.randrange(1, 29)}日）")
    if rnd.random() < 0.3:
        out.append(rnd.choice(SPEAKERS) + "　" + rnd.choice("王李张刘陈杨") + rnd.choice("建国明华新志强"))
    out.append(indent + "同志们：")
    sections = rnd.randrange(2, 7)
    depth = rnd.choice([1, 2, 2, 3])
    run_in = rnd.random() < 0.3
    preamble = indent + "这次会议的主要任务是总结工作、分析形势、部署任务。"
    if rnd.random() < 0.6:
        preamble += f"下面，我讲{count_cn(sections)}点意见。"
    out.append(preamble)
    topics = iter(rnd.sample(TOPICS, len(TOPICS)))

    def body(level: int, width: int) -> None:
        _, marker = LADDER[level]
        for n in range(1, width + 1):
            title = next(topics)
            text = rnd.choice(SENTENCES)
            if run_in and level > 0:
                out.append(f"{indent}{marker(n)}{title}。{text}")
            else:
                out.append(f"{indent}{marker(n)}{title}")
                out.append(indent + text)
            if rnd.random() < 0.35:
                k = rnd.randrange(2, 5)
                points = rnd.sample(POINTS, k)
                out.append(indent + "重点抓好以下几项：" + "；".join(
                    f"{int_to_cn(j + 1)}是{p}，{rnd.choice(['要常抓不懈', '要见到实效', '要形成机制'])}"
                    for j, p in enumerate(points)) + "。")
            if blank:
                out.append("")
            if level + 1 < depth:
                body(level + 1, rnd.randrange(2, 5))

    body(0, sections)
    out.append(indent + rnd.choice(APPEALS))
    return "\n".join(out) + "\n"
