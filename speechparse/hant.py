"""Traditional characters read as their simplified forms, one character for one.

Speeches from Hong Kong, Macao and Taiwan, and older pages, are written in
traditional characters: 「同志們：」「讓我們」「講三點意見」「謝謝大家」.  The page
reading (salutations, closings, titles, counts) knows the simplified words.
Rather than a second vocabulary, the reading matches a *key* of the text in
which each traditional character is replaced by its simplified form.  The key
has the same length as the text, so every offset found in it is an offset in
the text, and what the outline shows is always sliced from the text as written.

The table holds characters that are traditional only (「們」, not 「著」 or 「乾」,
which simplified text uses too): OpenCC's character table less every character
GB 2312 encodes (``_hant_table``, written by ``tools/hant_table.py``), and the
pairs below, which speeches use (「後」「於」 among them, read as 「后」「于」 although
GB 2312 has them).  A character in neither stays as it is.
"""

from __future__ import annotations

from ._hant_table import PAIRS
from .lazyre import lazy_compile

_PAIRS = (
    "們们這这說说為为與与會会個个來来對对們们時时從从當当後后發发經经過过還还進进關关開开"
    "學学國国實实現现義义長长問问題题議议論论黨党員员幹干區区內内東东務务動动辦办總总體体"
    "樣样萬万歲岁講讲話话點点謝谢讓让們们導导領领權权記记傳传統统產产業业農农廣广場场報报"
    "團团聯联軍军戰战勝胜將将級级階阶觀观認认識识設设計计畫画劃划節节條条項项責责層层態态"
    "應应該该決决興兴續续設设備备齊齐夠够讀读書书寫写試试驗验難难願愿聽听親亲愛爱歡欢"
    "嚴严肅肃風风險险穩稳環环境境質质係系層层響响頭头尊尊賓宾嘉嘉師师範范職职憶忆紀纪"
    "鄉乡鎮镇縣县區区級级處处幣币價价錢钱貿贸資资財财稅税費费濟济億亿園园電电車车鐵铁"
    "協协會会貢贡獻献揮挥積积極极幾几遠远燦灿爛烂輝辉煌煌謀谋劃划標标準准規规則则舉举"
    "辦办參参選选擇择護护衛卫優优勢势創创藝艺術术與与紐纽帶带線线網网絡络視视聞闻歷历"
    "義义務务顯显著著復复並并聖圣誕诞華华僑侨臺台灣湾澳澳門门區区屆届運运邊边隊队韓韩"
    "蘇苏漢汉語语詞词辭辞飛飞鳥鸟魚鱼龍龙鳳凤雙双歸归聲声勢势團团圓圆遞递達达邁迈"
    "緊紧張张強强亞亚盡尽夢梦氣气愛爱黨党紀纪監监獲获課课與与氣气億亿屆届斷断繼继"
    "貫贯徹彻奮奋鬥斗廣广闊阔擔担當当證证據据療疗醫医藥药雜杂雖虽無无爭争顧顾問问"
    "題题傳传統统儘尽賴赖壓压籌筹攜携幫帮扶扶貧贫窮穷靈灵魯鲁閩闽贛赣嶺岭瀋沈寧宁"
    "結结請请於于單单構构屬属廳厅審审檢检績绩況况評评調调針针機机圍围維维錄录編编號号稱称彙汇匯汇"
    "誌志"  # (「同誌們」: the variant some copies write 同志 with)
    "閉闭頁页賀贺禮礼儀仪"
)
# (made by str.maketrans from two strings, in C: every start of the command line pays for it)
_HAND = [(t, s) for t, s in zip(_PAIRS[0::2], _PAIRS[1::2], strict=True) if t != s]
_TRAD = PAIRS[0::2] + "".join(t for t, _ in _HAND)
_TABLE = str.maketrans(_TRAD, PAIRS[1::2] + "".join(s for _, s in _HAND))
# A cheap test first: most texts hold no traditional character at all.
_ANY_RE = lazy_compile(f"[{_TRAD}]")


def key(text: str) -> str:
    """``text`` with its traditional characters simplified (the same object if it has none)."""
    if _ANY_RE.search(text) is None:
        return text
    return text.translate(_TABLE)
