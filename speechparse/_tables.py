"""The LALR(1) tables of grammars/speech.lark, written by grammars/generate.py (Lark 1.3.1): do not edit."""

from __future__ import annotations

# The grammar's symbols (terminals, rules' left sides, $END); rows name them by index.
SYMBOLS: tuple[str, ...] = ('$END', 'APPENDIX', 'ARTICLE_HEAD', 'BYLINE', 'CIRCLED_HEAD', 'CLAUSE_HEAD', 'CLOSING', 'DATE', 'DIVISION_HEAD', 'ITEM_HEAD', 'META', 'PARAGRAPH', 'PART_HEAD', 'SALUTATION', 'SECTION_HEAD', 'SIGNATURE', 'SUBSECTION_HEAD', 'TITLE', '__body_star_10', '__body_star_3', '__body_star_4', '__body_star_5', '__body_star_6', '__body_star_7', '__body_star_8', '__body_star_9', '__closing_plus_11', '__front_matter_star_1', '__preamble_star_2', '__sign_off_star_12', '__start_star_0', '_text', 'appendix', 'article', 'body', 'byline', 'circled', 'clause', 'closing', 'division', 'front_matter', 'item', 'part', 'preamble', 'salutation', 'section', 'sign_off', 'start', 'subsection')
# A rule: (children it takes, its left side, the node it makes, and which children the node
# keeps: None for all, else (index, expand in place) pairs), as Lark's tree builder would.
# (Declared types: mypy and mypyc read the rows as data, not as a thousand tuple types.)
RULES: tuple[tuple[int, str, str, tuple[tuple[int, bool], ...] | None], ...] = (
    (2, '__body_star_10', '__body_star_10', ((0, True), (1, False))),  # __body_star_10: __body_star_10 part
    (1, '__body_star_10', '__body_star_10', None),  # __body_star_10: part
    (2, '__body_star_3', '__body_star_3', ((0, True), (1, False))),  # __body_star_3: __body_star_3 circled
    (1, '__body_star_3', '__body_star_3', None),  # __body_star_3: circled
    (2, '__body_star_4', '__body_star_4', ((0, True), (1, False))),  # __body_star_4: __body_star_4 item
    (1, '__body_star_4', '__body_star_4', None),  # __body_star_4: item
    (2, '__body_star_5', '__body_star_5', ((0, True), (1, False))),  # __body_star_5: __body_star_5 clause
    (1, '__body_star_5', '__body_star_5', None),  # __body_star_5: clause
    (2, '__body_star_6', '__body_star_6', ((0, True), (1, False))),  # __body_star_6: __body_star_6 subsection
    (1, '__body_star_6', '__body_star_6', None),  # __body_star_6: subsection
    (2, '__body_star_7', '__body_star_7', ((0, True), (1, False))),  # __body_star_7: __body_star_7 section
    (1, '__body_star_7', '__body_star_7', None),  # __body_star_7: section
    (2, '__body_star_8', '__body_star_8', ((0, True), (1, False))),  # __body_star_8: __body_star_8 article
    (1, '__body_star_8', '__body_star_8', None),  # __body_star_8: article
    (2, '__body_star_9', '__body_star_9', ((0, True), (1, False))),  # __body_star_9: __body_star_9 division
    (1, '__body_star_9', '__body_star_9', None),  # __body_star_9: division
    (1, '__closing_plus_11', '__closing_plus_11', None),  # __closing_plus_11: CLOSING
    (2, '__closing_plus_11', '__closing_plus_11', ((0, True), (1, False))),  # __closing_plus_11: __closing_plus_11 CLOSING
    (1, '__front_matter_star_1', '__front_matter_star_1', None),  # __front_matter_star_1: META
    (1, '__front_matter_star_1', '__front_matter_star_1', None),  # __front_matter_star_1: TITLE
    (2, '__front_matter_star_1', '__front_matter_star_1', ((0, True), (1, False))),  # __front_matter_star_1: __front_matter_star_1 META
    (2, '__front_matter_star_1', '__front_matter_star_1', ((0, True), (1, False))),  # __front_matter_star_1: __front_matter_star_1 TITLE
    (2, '__front_matter_star_1', '__front_matter_star_1', ((0, True), (1, False))),  # __front_matter_star_1: __front_matter_star_1 byline
    (1, '__front_matter_star_1', '__front_matter_star_1', None),  # __front_matter_star_1: byline
    (1, '__preamble_star_2', '__preamble_star_2', None),  # __preamble_star_2: PARAGRAPH
    (2, '__preamble_star_2', '__preamble_star_2', ((0, True), (1, False))),  # __preamble_star_2: __preamble_star_2 PARAGRAPH
    (1, '__sign_off_star_12', '__sign_off_star_12', None),  # __sign_off_star_12: DATE
    (1, '__sign_off_star_12', '__sign_off_star_12', None),  # __sign_off_star_12: SIGNATURE
    (2, '__sign_off_star_12', '__sign_off_star_12', ((0, True), (1, False))),  # __sign_off_star_12: __sign_off_star_12 DATE
    (2, '__sign_off_star_12', '__sign_off_star_12', ((0, True), (1, False))),  # __sign_off_star_12: __sign_off_star_12 SIGNATURE
    (2, '__start_star_0', '__start_star_0', ((0, True), (1, False))),  # __start_star_0: __start_star_0 appendix
    (1, '__start_star_0', '__start_star_0', None),  # __start_star_0: appendix
    (0, '_text', '_text', None),  # _text: 
    (1, '_text', '_text', ((0, True),)),  # _text: __preamble_star_2
    (3, 'appendix', 'appendix', ((0, False), (1, True), (2, False))),  # appendix: APPENDIX _text body
    (2, 'article', 'article', ((0, False), (1, True))),  # article: ARTICLE_HEAD _text
    (3, 'article', 'article', ((0, False), (1, True), (2, True))),  # article: ARTICLE_HEAD _text __body_star_3
    (4, 'article', 'article', ((0, False), (1, True), (2, True), (3, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_4
    (5, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_4 __body_star_5
    (6, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6
    (7, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7
    (6, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_7
    (5, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_4 __body_star_6
    (6, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_4 __body_star_6 __body_star_7
    (5, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_4 __body_star_7
    (4, 'article', 'article', ((0, False), (1, True), (2, True), (3, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_5
    (5, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_5 __body_star_6
    (6, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_5 __body_star_6 __body_star_7
    (5, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_5 __body_star_7
    (4, 'article', 'article', ((0, False), (1, True), (2, True), (3, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_6
    (5, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_6 __body_star_7
    (4, 'article', 'article', ((0, False), (1, True), (2, True), (3, True))),  # article: ARTICLE_HEAD _text __body_star_3 __body_star_7
    (3, 'article', 'article', ((0, False), (1, True), (2, True))),  # article: ARTICLE_HEAD _text __body_star_4
    (4, 'article', 'article', ((0, False), (1, True), (2, True), (3, True))),  # article: ARTICLE_HEAD _text __body_star_4 __body_star_5
    (5, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # article: ARTICLE_HEAD _text __body_star_4 __body_star_5 __body_star_6
    (6, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # article: ARTICLE_HEAD _text __body_star_4 __body_star_5 __body_star_6 __body_star_7
    (5, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # article: ARTICLE_HEAD _text __body_star_4 __body_star_5 __body_star_7
    (4, 'article', 'article', ((0, False), (1, True), (2, True), (3, True))),  # article: ARTICLE_HEAD _text __body_star_4 __body_star_6
    (5, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # article: ARTICLE_HEAD _text __body_star_4 __body_star_6 __body_star_7
    (4, 'article', 'article', ((0, False), (1, True), (2, True), (3, True))),  # article: ARTICLE_HEAD _text __body_star_4 __body_star_7
    (3, 'article', 'article', ((0, False), (1, True), (2, True))),  # article: ARTICLE_HEAD _text __body_star_5
    (4, 'article', 'article', ((0, False), (1, True), (2, True), (3, True))),  # article: ARTICLE_HEAD _text __body_star_5 __body_star_6
    (5, 'article', 'article', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # article: ARTICLE_HEAD _text __body_star_5 __body_star_6 __body_star_7
    (4, 'article', 'article', ((0, False), (1, True), (2, True), (3, True))),  # article: ARTICLE_HEAD _text __body_star_5 __body_star_7
    (3, 'article', 'article', ((0, False), (1, True), (2, True))),  # article: ARTICLE_HEAD _text __body_star_6
    (4, 'article', 'article', ((0, False), (1, True), (2, True), (3, True))),  # article: ARTICLE_HEAD _text __body_star_6 __body_star_7
    (3, 'article', 'article', ((0, False), (1, True), (2, True))),  # article: ARTICLE_HEAD _text __body_star_7
    (0, 'body', 'body', None),  # body: 
    (1, 'body', 'body', ((0, True),)),  # body: __body_star_10
    (1, 'body', 'body', ((0, True),)),  # body: __body_star_3
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_3 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_3 __body_star_4
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_4 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_4 __body_star_5
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_10
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (7, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_10
    (7, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (8, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True), (7, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_9
    (7, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_9 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_8
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_8 __body_star_10
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_8 __body_star_9
    (7, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_8 __body_star_9 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_7
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_7 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_7 __body_star_8
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_7 __body_star_8 __body_star_10
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_7 __body_star_8 __body_star_9
    (7, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_7 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_7 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_8
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_8 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_8 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_8 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_5 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_4 __body_star_6
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_7
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_7 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_7 __body_star_8
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_7 __body_star_8 __body_star_10
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (7, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_7 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_7 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_8
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_8 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_8 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_8 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_6 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_4 __body_star_7
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_7 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_7 __body_star_8
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_7 __body_star_8 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_7 __body_star_8 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_4 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_7 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_7 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_4 __body_star_8
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_8 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_8 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_4 __body_star_8 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_4 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_4 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_3 __body_star_5
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_5 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_5 __body_star_6
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_7
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_7 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_10
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (7, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_7 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_7 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_8
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_8 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_8 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_8 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_5 __body_star_6 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_5 __body_star_7
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_5 __body_star_7 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_5 __body_star_7 __body_star_8
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_5 __body_star_7 __body_star_8 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_5 __body_star_7 __body_star_8 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_5 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_5 __body_star_7 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_5 __body_star_7 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_5 __body_star_8
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_5 __body_star_8 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_5 __body_star_8 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_5 __body_star_8 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_5 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_5 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_3 __body_star_6
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_6 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_6 __body_star_7
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_6 __body_star_7 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_6 __body_star_7 __body_star_8
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_6 __body_star_7 __body_star_8 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_3 __body_star_6 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_6 __body_star_7 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_6 __body_star_7 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_6 __body_star_8
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_6 __body_star_8 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_6 __body_star_8 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_6 __body_star_8 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_6 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_6 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_3 __body_star_7
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_7 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_7 __body_star_8
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_7 __body_star_8 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_7 __body_star_8 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_3 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_7 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_7 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_3 __body_star_8
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_8 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_8 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_3 __body_star_8 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_3 __body_star_9
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_3 __body_star_9 __body_star_10
    (1, 'body', 'body', ((0, True),)),  # body: __body_star_4
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_4 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_4 __body_star_5
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_5 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_5 __body_star_6
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_7
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_10
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (7, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_8
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_8 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_8 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_8 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_5 __body_star_6 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_5 __body_star_7
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_5 __body_star_7 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_5 __body_star_7 __body_star_8
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_5 __body_star_7 __body_star_8 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_5 __body_star_7 __body_star_8 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_4 __body_star_5 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_5 __body_star_7 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_5 __body_star_7 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_5 __body_star_8
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_5 __body_star_8 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_5 __body_star_8 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_5 __body_star_8 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_5 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_5 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_4 __body_star_6
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_6 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_6 __body_star_7
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_6 __body_star_7 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_6 __body_star_7 __body_star_8
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_6 __body_star_7 __body_star_8 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_4 __body_star_6 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_6 __body_star_7 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_6 __body_star_7 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_6 __body_star_8
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_6 __body_star_8 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_6 __body_star_8 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_6 __body_star_8 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_6 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_6 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_4 __body_star_7
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_7 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_7 __body_star_8
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_7 __body_star_8 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_7 __body_star_8 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_4 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_7 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_7 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_4 __body_star_8
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_8 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_8 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_4 __body_star_8 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_4 __body_star_9
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_4 __body_star_9 __body_star_10
    (1, 'body', 'body', ((0, True),)),  # body: __body_star_5
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_5 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_5 __body_star_6
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_5 __body_star_6 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_5 __body_star_6 __body_star_7
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_5 __body_star_6 __body_star_7 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_10
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (6, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True), (5, True))),  # body: __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_5 __body_star_6 __body_star_7 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_5 __body_star_6 __body_star_7 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_5 __body_star_6 __body_star_8
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_5 __body_star_6 __body_star_8 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_5 __body_star_6 __body_star_8 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_5 __body_star_6 __body_star_8 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_5 __body_star_6 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_5 __body_star_6 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_5 __body_star_7
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_5 __body_star_7 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_5 __body_star_7 __body_star_8
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_5 __body_star_7 __body_star_8 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_5 __body_star_7 __body_star_8 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_5 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_5 __body_star_7 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_5 __body_star_7 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_5 __body_star_8
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_5 __body_star_8 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_5 __body_star_8 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_5 __body_star_8 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_5 __body_star_9
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_5 __body_star_9 __body_star_10
    (1, 'body', 'body', ((0, True),)),  # body: __body_star_6
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_6 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_6 __body_star_7
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_6 __body_star_7 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_6 __body_star_7 __body_star_8
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_6 __body_star_7 __body_star_8 __body_star_10
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (5, 'body', 'body', ((0, True), (1, True), (2, True), (3, True), (4, True))),  # body: __body_star_6 __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_6 __body_star_7 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_6 __body_star_7 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_6 __body_star_8
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_6 __body_star_8 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_6 __body_star_8 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_6 __body_star_8 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_6 __body_star_9
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_6 __body_star_9 __body_star_10
    (1, 'body', 'body', ((0, True),)),  # body: __body_star_7
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_7 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_7 __body_star_8
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_7 __body_star_8 __body_star_10
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_7 __body_star_8 __body_star_9
    (4, 'body', 'body', ((0, True), (1, True), (2, True), (3, True))),  # body: __body_star_7 __body_star_8 __body_star_9 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_7 __body_star_9
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_7 __body_star_9 __body_star_10
    (1, 'body', 'body', ((0, True),)),  # body: __body_star_8
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_8 __body_star_10
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_8 __body_star_9
    (3, 'body', 'body', ((0, True), (1, True), (2, True))),  # body: __body_star_8 __body_star_9 __body_star_10
    (1, 'body', 'body', ((0, True),)),  # body: __body_star_9
    (2, 'body', 'body', ((0, True), (1, True))),  # body: __body_star_9 __body_star_10
    (1, 'byline', 'byline', None),  # byline: BYLINE
    (2, 'circled', 'circled', ((0, False), (1, True))),  # circled: CIRCLED_HEAD _text
    (2, 'clause', 'clause', ((0, False), (1, True))),  # clause: CLAUSE_HEAD _text
    (3, 'clause', 'clause', ((0, False), (1, True), (2, True))),  # clause: CLAUSE_HEAD _text __body_star_3
    (4, 'clause', 'clause', ((0, False), (1, True), (2, True), (3, True))),  # clause: CLAUSE_HEAD _text __body_star_3 __body_star_4
    (3, 'clause', 'clause', ((0, False), (1, True), (2, True))),  # clause: CLAUSE_HEAD _text __body_star_4
    (1, 'closing', 'closing', ((0, True),)),  # closing: __closing_plus_11
    (2, 'division', 'division', ((0, False), (1, True))),  # division: DIVISION_HEAD _text
    (3, 'division', 'division', ((0, False), (1, True), (2, True))),  # division: DIVISION_HEAD _text __body_star_3
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_5
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6
    (7, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7
    (8, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True), (7, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (7, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_8
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_7
    (7, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_7 __body_star_8
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_8
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_6
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_6 __body_star_7
    (7, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_6 __body_star_7 __body_star_8
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_6 __body_star_8
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_7
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_7 __body_star_8
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_4 __body_star_8
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_5
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_5 __body_star_6
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_5 __body_star_6 __body_star_7
    (7, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_5 __body_star_6 __body_star_8
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_5 __body_star_7
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_5 __body_star_7 __body_star_8
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_5 __body_star_8
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_6
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_6 __body_star_7
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_6 __body_star_7 __body_star_8
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_6 __body_star_8
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_7
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_7 __body_star_8
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_3 __body_star_8
    (3, 'division', 'division', ((0, False), (1, True), (2, True))),  # division: DIVISION_HEAD _text __body_star_4
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_5
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_5 __body_star_6
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_5 __body_star_6 __body_star_7
    (7, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_5 __body_star_6 __body_star_8
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_5 __body_star_7
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_5 __body_star_7 __body_star_8
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_5 __body_star_8
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_6
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_6 __body_star_7
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_6 __body_star_7 __body_star_8
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_6 __body_star_8
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_7
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_7 __body_star_8
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_4 __body_star_8
    (3, 'division', 'division', ((0, False), (1, True), (2, True))),  # division: DIVISION_HEAD _text __body_star_5
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_5 __body_star_6
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_5 __body_star_6 __body_star_7
    (6, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # division: DIVISION_HEAD _text __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_5 __body_star_6 __body_star_8
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_5 __body_star_7
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_5 __body_star_7 __body_star_8
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_5 __body_star_8
    (3, 'division', 'division', ((0, False), (1, True), (2, True))),  # division: DIVISION_HEAD _text __body_star_6
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_6 __body_star_7
    (5, 'division', 'division', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # division: DIVISION_HEAD _text __body_star_6 __body_star_7 __body_star_8
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_6 __body_star_8
    (3, 'division', 'division', ((0, False), (1, True), (2, True))),  # division: DIVISION_HEAD _text __body_star_7
    (4, 'division', 'division', ((0, False), (1, True), (2, True), (3, True))),  # division: DIVISION_HEAD _text __body_star_7 __body_star_8
    (3, 'division', 'division', ((0, False), (1, True), (2, True))),  # division: DIVISION_HEAD _text __body_star_8
    (0, 'front_matter', 'front_matter', None),  # front_matter: 
    (1, 'front_matter', 'front_matter', ((0, True),)),  # front_matter: __front_matter_star_1
    (2, 'item', 'item', ((0, False), (1, True))),  # item: ITEM_HEAD _text
    (3, 'item', 'item', ((0, False), (1, True), (2, True))),  # item: ITEM_HEAD _text __body_star_3
    (2, 'part', 'part', ((0, False), (1, True))),  # part: PART_HEAD _text
    (3, 'part', 'part', ((0, False), (1, True), (2, True))),  # part: PART_HEAD _text __body_star_3
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7
    (8, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True), (7, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (9, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True), (7, True), (8, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (8, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True), (7, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_9
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_8
    (8, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True), (7, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_8 __body_star_9
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_7
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_7 __body_star_8
    (8, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True), (7, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_7 __body_star_8 __body_star_9
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_7 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_8
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_8 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_6
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_6 __body_star_7
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_6 __body_star_7 __body_star_8
    (8, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True), (7, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_6 __body_star_7 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_6 __body_star_8
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_6 __body_star_8 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_6 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_7
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_7 __body_star_8
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_7 __body_star_8 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_7 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_8
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_8 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_4 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_6
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_6 __body_star_7
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (8, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True), (7, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_6 __body_star_7 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_6 __body_star_8
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_6 __body_star_8 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_6 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_7
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_7 __body_star_8
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_7 __body_star_8 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_7 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_8
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_8 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_5 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_3 __body_star_6
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_6 __body_star_7
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_6 __body_star_7 __body_star_8
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_3 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_6 __body_star_7 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_6 __body_star_8
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_6 __body_star_8 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_6 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_3 __body_star_7
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_7 __body_star_8
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_3 __body_star_7 __body_star_8 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_7 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_3 __body_star_8
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_3 __body_star_8 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_3 __body_star_9
    (3, 'part', 'part', ((0, False), (1, True), (2, True))),  # part: PART_HEAD _text __body_star_4
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_6
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_6 __body_star_7
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (8, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True), (7, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_6 __body_star_7 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_6 __body_star_8
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_6 __body_star_8 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_6 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_7
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_7 __body_star_8
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_7 __body_star_8 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_7 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_8
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_8 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_4 __body_star_5 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_4 __body_star_6
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_4 __body_star_6 __body_star_7
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_4 __body_star_6 __body_star_7 __body_star_8
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_4 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_4 __body_star_6 __body_star_7 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_4 __body_star_6 __body_star_8
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_4 __body_star_6 __body_star_8 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_4 __body_star_6 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_4 __body_star_7
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_4 __body_star_7 __body_star_8
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_4 __body_star_7 __body_star_8 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_4 __body_star_7 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_4 __body_star_8
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_4 __body_star_8 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_4 __body_star_9
    (3, 'part', 'part', ((0, False), (1, True), (2, True))),  # part: PART_HEAD _text __body_star_5
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_5 __body_star_6
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_5 __body_star_6 __body_star_7
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_5 __body_star_6 __body_star_7 __body_star_8
    (7, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True), (6, True))),  # part: PART_HEAD _text __body_star_5 __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_5 __body_star_6 __body_star_7 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_5 __body_star_6 __body_star_8
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_5 __body_star_6 __body_star_8 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_5 __body_star_6 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_5 __body_star_7
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_5 __body_star_7 __body_star_8
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_5 __body_star_7 __body_star_8 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_5 __body_star_7 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_5 __body_star_8
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_5 __body_star_8 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_5 __body_star_9
    (3, 'part', 'part', ((0, False), (1, True), (2, True))),  # part: PART_HEAD _text __body_star_6
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_6 __body_star_7
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_6 __body_star_7 __body_star_8
    (6, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # part: PART_HEAD _text __body_star_6 __body_star_7 __body_star_8 __body_star_9
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_6 __body_star_7 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_6 __body_star_8
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_6 __body_star_8 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_6 __body_star_9
    (3, 'part', 'part', ((0, False), (1, True), (2, True))),  # part: PART_HEAD _text __body_star_7
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_7 __body_star_8
    (5, 'part', 'part', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # part: PART_HEAD _text __body_star_7 __body_star_8 __body_star_9
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_7 __body_star_9
    (3, 'part', 'part', ((0, False), (1, True), (2, True))),  # part: PART_HEAD _text __body_star_8
    (4, 'part', 'part', ((0, False), (1, True), (2, True), (3, True))),  # part: PART_HEAD _text __body_star_8 __body_star_9
    (3, 'part', 'part', ((0, False), (1, True), (2, True))),  # part: PART_HEAD _text __body_star_9
    (0, 'preamble', 'preamble', None),  # preamble: 
    (1, 'preamble', 'preamble', ((0, True),)),  # preamble: __preamble_star_2
    (1, 'salutation', 'salutation', None),  # salutation: SALUTATION
    (2, 'section', 'section', ((0, False), (1, True))),  # section: SECTION_HEAD _text
    (3, 'section', 'section', ((0, False), (1, True), (2, True))),  # section: SECTION_HEAD _text __body_star_3
    (4, 'section', 'section', ((0, False), (1, True), (2, True), (3, True))),  # section: SECTION_HEAD _text __body_star_3 __body_star_4
    (5, 'section', 'section', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # section: SECTION_HEAD _text __body_star_3 __body_star_4 __body_star_5
    (6, 'section', 'section', ((0, False), (1, True), (2, True), (3, True), (4, True), (5, True))),  # section: SECTION_HEAD _text __body_star_3 __body_star_4 __body_star_5 __body_star_6
    (5, 'section', 'section', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # section: SECTION_HEAD _text __body_star_3 __body_star_4 __body_star_6
    (4, 'section', 'section', ((0, False), (1, True), (2, True), (3, True))),  # section: SECTION_HEAD _text __body_star_3 __body_star_5
    (5, 'section', 'section', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # section: SECTION_HEAD _text __body_star_3 __body_star_5 __body_star_6
    (4, 'section', 'section', ((0, False), (1, True), (2, True), (3, True))),  # section: SECTION_HEAD _text __body_star_3 __body_star_6
    (3, 'section', 'section', ((0, False), (1, True), (2, True))),  # section: SECTION_HEAD _text __body_star_4
    (4, 'section', 'section', ((0, False), (1, True), (2, True), (3, True))),  # section: SECTION_HEAD _text __body_star_4 __body_star_5
    (5, 'section', 'section', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # section: SECTION_HEAD _text __body_star_4 __body_star_5 __body_star_6
    (4, 'section', 'section', ((0, False), (1, True), (2, True), (3, True))),  # section: SECTION_HEAD _text __body_star_4 __body_star_6
    (3, 'section', 'section', ((0, False), (1, True), (2, True))),  # section: SECTION_HEAD _text __body_star_5
    (4, 'section', 'section', ((0, False), (1, True), (2, True), (3, True))),  # section: SECTION_HEAD _text __body_star_5 __body_star_6
    (3, 'section', 'section', ((0, False), (1, True), (2, True))),  # section: SECTION_HEAD _text __body_star_6
    (0, 'sign_off', 'sign_off', None),  # sign_off: 
    (1, 'sign_off', 'sign_off', ((0, True),)),  # sign_off: __sign_off_star_12
    (5, 'start', 'start', None),  # start: front_matter preamble body closing sign_off
    (6, 'start', 'start', ((0, False), (1, False), (2, False), (3, False), (4, False), (5, True))),  # start: front_matter preamble body closing sign_off __start_star_0
    (4, 'start', 'start', None),  # start: front_matter preamble body sign_off
    (5, 'start', 'start', ((0, False), (1, False), (2, False), (3, False), (4, True))),  # start: front_matter preamble body sign_off __start_star_0
    (6, 'start', 'start', None),  # start: front_matter salutation preamble body closing sign_off
    (7, 'start', 'start', ((0, False), (1, False), (2, False), (3, False), (4, False), (5, False), (6, True))),  # start: front_matter salutation preamble body closing sign_off __start_star_0
    (5, 'start', 'start', None),  # start: front_matter salutation preamble body sign_off
    (6, 'start', 'start', ((0, False), (1, False), (2, False), (3, False), (4, False), (5, True))),  # start: front_matter salutation preamble body sign_off __start_star_0
    (2, 'subsection', 'subsection', ((0, False), (1, True))),  # subsection: SUBSECTION_HEAD _text
    (3, 'subsection', 'subsection', ((0, False), (1, True), (2, True))),  # subsection: SUBSECTION_HEAD _text __body_star_3
    (4, 'subsection', 'subsection', ((0, False), (1, True), (2, True), (3, True))),  # subsection: SUBSECTION_HEAD _text __body_star_3 __body_star_4
    (5, 'subsection', 'subsection', ((0, False), (1, True), (2, True), (3, True), (4, True))),  # subsection: SUBSECTION_HEAD _text __body_star_3 __body_star_4 __body_star_5
    (4, 'subsection', 'subsection', ((0, False), (1, True), (2, True), (3, True))),  # subsection: SUBSECTION_HEAD _text __body_star_3 __body_star_5
    (3, 'subsection', 'subsection', ((0, False), (1, True), (2, True))),  # subsection: SUBSECTION_HEAD _text __body_star_4
    (4, 'subsection', 'subsection', ((0, False), (1, True), (2, True), (3, True))),  # subsection: SUBSECTION_HEAD _text __body_star_4 __body_star_5
    (3, 'subsection', 'subsection', ((0, False), (1, True), (2, True))),  # subsection: SUBSECTION_HEAD _text __body_star_5
)
# STATES[s]: (symbol, action) pairs; an action n >= 0 shifts to (or, after a reduction to
# the symbol, goes to) state n, and n < 0 reduces by RULES[-1 - n].
STATES: tuple[tuple[tuple[int, int], ...], ...] = (
    ((0, -395), (1, -395), (2, -395), (3, 1), (4, -395), (5, -395), (6, -395), (7, -395), (8, -395), (9, -395), (10, 2), (11, -395), (12, -395), (13, -395), (14, -395), (15, -395), (16, -395), (17, 3), (27, 4), (35, 5), (40, 6), (47, 7)),
    ((0, -324), (1, -324), (2, -324), (3, -324), (4, -324), (5, -324), (6, -324), (7, -324), (8, -324), (9, -324), (10, -324), (11, -324), (12, -324), (13, -324), (14, -324), (15, -324), (16, -324), (17, -324)),
    ((0, -19), (1, -19), (2, -19), (3, -19), (4, -19), (5, -19), (6, -19), (7, -19), (8, -19), (9, -19), (10, -19), (11, -19), (12, -19), (13, -19), (14, -19), (15, -19), (16, -19), (17, -19)),
    ((0, -20), (1, -20), (2, -20), (3, -20), (4, -20), (5, -20), (6, -20), (7, -20), (8, -20), (9, -20), (10, -20), (11, -20), (12, -20), (13, -20), (14, -20), (15, -20), (16, -20), (17, -20)),
    ((0, -396), (1, -396), (2, -396), (3, 1), (4, -396), (5, -396), (6, -396), (7, -396), (8, -396), (9, -396), (10, 8), (11, -396), (12, -396), (13, -396), (14, -396), (15, -396), (16, -396), (17, 9), (35, 10)),
    ((0, -24), (1, -24), (2, -24), (3, -24), (4, -24), (5, -24), (6, -24), (7, -24), (8, -24), (9, -24), (10, -24), (11, -24), (12, -24), (13, -24), (14, -24), (15, -24), (16, -24), (17, -24)),
    ((0, -527), (1, -527), (2, -527), (4, -527), (5, -527), (6, -527), (7, -527), (8, -527), (9, -527), (11, 11), (12, -527), (13, 12), (14, -527), (15, -527), (16, -527), (28, 13), (43, 14), (44, 15)),
    (),
    ((0, -21), (1, -21), (2, -21), (3, -21), (4, -21), (5, -21), (6, -21), (7, -21), (8, -21), (9, -21), (10, -21), (11, -21), (12, -21), (13, -21), (14, -21), (15, -21), (16, -21), (17, -21)),
    ((0, -22), (1, -22), (2, -22), (3, -22), (4, -22), (5, -22), (6, -22), (7, -22), (8, -22), (9, -22), (10, -22), (11, -22), (12, -22), (13, -22), (14, -22), (15, -22), (16, -22), (17, -22)),
    ((0, -23), (1, -23), (2, -23), (3, -23), (4, -23), (5, -23), (6, -23), (7, -23), (8, -23), (9, -23), (10, -23), (11, -23), (12, -23), (13, -23), (14, -23), (15, -23), (16, -23), (17, -23)),
    ((0, -25), (1, -25), (2, -25), (4, -25), (5, -25), (6, -25), (7, -25), (8, -25), (9, -25), (11, -25), (12, -25), (14, -25), (15, -25), (16, -25)),
    ((0, -529), (1, -529), (2, -529), (4, -529), (5, -529), (6, -529), (7, -529), (8, -529), (9, -529), (11, -529), (12, -529), (14, -529), (15, -529), (16, -529)),
    ((0, -528), (1, -528), (2, -528), (4, -528), (5, -528), (6, -528), (7, -528), (8, -528), (9, -528), (11, 16), (12, -528), (14, -528), (15, -528), (16, -528)),
    ((0, -68), (1, -68), (2, 17), (4, 18), (5, 19), (6, -68), (7, -68), (8, 20), (9, 21), (12, 22), (14, 23), (15, -68), (16, 24), (18, 25), (19, 26), (20, 27), (21, 28), (22, 29), (23, 30), (24, 31), (25, 32), (33, 33), (34, 34), (36, 35), (37, 36), (39, 37), (41, 38), (42, 39), (45, 40), (48, 41)),
    ((0, -527), (1, -527), (2, -527), (4, -527), (5, -527), (6, -527), (7, -527), (8, -527), (9, -527), (11, 11), (12, -527), (14, -527), (15, -527), (16, -527), (28, 13), (43, 42)),
    ((0, -26), (1, -26), (2, -26), (4, -26), (5, -26), (6, -26), (7, -26), (8, -26), (9, -26), (11, -26), (12, -26), (14, -26), (15, -26), (16, -26)),
    ((0, -33), (1, -33), (2, -33), (4, -33), (5, -33), (6, -33), (7, -33), (8, -33), (9, -33), (11, 11), (12, -33), (14, -33), (15, -33), (16, -33), (28, 43), (31, 44)),
    ((0, -33), (1, -33), (2, -33), (4, -33), (5, -33), (6, -33), (7, -33), (8, -33), (9, -33), (11, 11), (12, -33), (14, -33), (15, -33), (16, -33), (28, 43), (31, 45)),
    ((0, -33), (1, -33), (2, -33), (4, -33), (5, -33), (6, -33), (7, -33), (8, -33), (9, -33), (11, 11), (12, -33), (14, -33), (15, -33), (16, -33), (28, 43), (31, 46)),
    ((0, -33), (1, -33), (2, -33), (4, -33), (5, -33), (6, -33), (7, -33), (8, -33), (9, -33), (11, 11), (12, -33), (14, -33), (15, -33), (16, -33), (28, 43), (31, 47)),
    ((0, -33), (1, -33), (2, -33), (4, -33), (5, -33), (6, -33), (7, -33), (8, -33), (9, -33), (11, 11), (12, -33), (14, -33), (15, -33), (16, -33), (28, 43), (31, 48)),
    ((0, -33), (1, -33), (2, -33), (4, -33), (5, -33), (6, -33), (7, -33), (8, -33), (9, -33), (11, 11), (12, -33), (14, -33), (15, -33), (16, -33), (28, 43), (31, 49)),
    ((0, -33), (1, -33), (2, -33), (4, -33), (5, -33), (6, -33), (7, -33), (8, -33), (9, -33), (11, 11), (12, -33), (14, -33), (15, -33), (16, -33), (28, 43), (31, 50)),
    ((0, -33), (1, -33), (2, -33), (4, -33), (5, -33), (6, -33), (7, -33), (8, -33), (9, -33), (11, 11), (12, -33), (14, -33), (15, -33), (16, -33), (28, 43), (31, 51)),
    ((0, -69), (1, -69), (6, -69), (7, -69), (12, 22), (15, -69), (42, 52)),
    ((0, -70), (1, -70), (2, 17), (4, 18), (5, 19), (6, -70), (7, -70), (8, 20), (9, 21), (12, 22), (14, 23), (15, -70), (16, 24), (18, 53), (20, 54), (21, 55), (22, 56), (23, 57), (24, 58), (25, 59), (33, 33), (36, 60), (37, 36), (39, 37), (41, 38), (42, 39), (45, 40), (48, 41)),
    ((0, -198), (1, -198), (2, 17), (5, 19), (6, -198), (7, -198), (8, 20), (9, 21), (12, 22), (14, 23), (15, -198), (16, 24), (18, 61), (21, 62), (22, 63), (23, 64), (24, 65), (25, 66), (33, 33), (37, 36), (39, 37), (41, 67), (42, 39), (45, 40), (48, 41)),
    ((0, -262), (1, -262), (2, 17), (5, 19), (6, -262), (7, -262), (8, 20), (12, 22), (14, 23), (15, -262), (16, 24), (18, 68), (22, 69), (23, 70), (24, 71), (25, 72), (33, 33), (37, 73), (39, 37), (42, 39), (45, 40), (48, 41)),
    ((0, -294), (1, -294), (2, 17), (6, -294), (7, -294), (8, 20), (12, 22), (14, 23), (15, -294), (16, 24), (18, 74), (23, 75), (24, 76), (25, 77), (33, 33), (39, 37), (42, 39), (45, 40), (48, 78)),
    ((0, -310), (1, -310), (2, 17), (6, -310), (7, -310), (8, 20), (12, 22), (14, 23), (15, -310), (18, 79), (24, 80), (25, 81), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -318), (1, -318), (2, 17), (6, -318), (7, -318), (8, 20), (12, 22), (15, -318), (18, 83), (25, 84), (33, 85), (39, 37), (42, 39)),
    ((0, -322), (1, -322), (6, -322), (7, -322), (8, 20), (12, 22), (15, -322), (18, 86), (39, 87), (42, 39)),
    ((0, -14), (1, -14), (2, -14), (6, -14), (7, -14), (8, -14), (12, -14), (15, -14)),
    ((0, -546), (1, -546), (6, 88), (7, 89), (15, 90), (26, 91), (29, 92), (38, 93), (46, 94)),
    ((0, -4), (1, -4), (2, -4), (4, -4), (5, -4), (6, -4), (7, -4), (8, -4), (9, -4), (12, -4), (14, -4), (15, -4), (16, -4)),
    ((0, -8), (1, -8), (2, -8), (5, -8), (6, -8), (7, -8), (8, -8), (12, -8), (14, -8), (15, -8), (16, -8)),
    ((0, -16), (1, -16), (6, -16), (7, -16), (8, -16), (12, -16), (15, -16)),
    ((0, -6), (1, -6), (2, -6), (5, -6), (6, -6), (7, -6), (8, -6), (9, -6), (12, -6), (14, -6), (15, -6), (16, -6)),
    ((0, -2), (1, -2), (6, -2), (7, -2), (12, -2), (15, -2)),
    ((0, -12), (1, -12), (2, -12), (6, -12), (7, -12), (8, -12), (12, -12), (14, -12), (15, -12)),
    ((0, -10), (1, -10), (2, -10), (6, -10), (7, -10), (8, -10), (12, -10), (14, -10), (15, -10), (16, -10)),
    ((0, -68), (1, -68), (2, 17), (4, 18), (5, 19), (6, -68), (7, -68), (8, 20), (9, 21), (12, 22), (14, 23), (15, -68), (16, 24), (18, 25), (19, 26), (20, 27), (21, 28), (22, 29), (23, 30), (24, 31), (25, 32), (33, 33), (34, 95), (36, 35), (37, 36), (39, 37), (41, 38), (42, 39), (45, 40), (48, 41)),
    ((0, -34), (1, -34), (2, -34), (4, -34), (5, -34), (6, -34), (7, -34), (8, -34), (9, -34), (11, 16), (12, -34), (14, -34), (15, -34), (16, -34)),
    ((0, -36), (1, -36), (2, -36), (4, 18), (5, 19), (6, -36), (7, -36), (8, -36), (9, 21), (12, -36), (14, 23), (15, -36), (16, 24), (19, 96), (20, 97), (21, 98), (22, 99), (23, 100), (36, 35), (37, 36), (41, 38), (45, 40), (48, 41)),
    ((0, -325), (1, -325), (2, -325), (4, -325), (5, -325), (6, -325), (7, -325), (8, -325), (9, -325), (12, -325), (14, -325), (15, -325), (16, -325)),
    ((0, -326), (1, -326), (2, -326), (4, 18), (5, -326), (6, -326), (7, -326), (8, -326), (9, 21), (12, -326), (14, -326), (15, -326), (16, -326), (19, 101), (20, 102), (36, 35), (41, 38)),
    ((0, -331), (1, -331), (2, 17), (4, 18), (5, 19), (6, -331), (7, -331), (8, -331), (9, 21), (12, -331), (14, 23), (15, -331), (16, 24), (19, 103), (20, 104), (21, 105), (22, 106), (23, 107), (24, 108), (33, 33), (36, 35), (37, 36), (41, 38), (45, 40), (48, 41)),
    ((0, -397), (1, -397), (2, -397), (4, 18), (5, -397), (6, -397), (7, -397), (8, -397), (9, -397), (12, -397), (14, -397), (15, -397), (16, -397), (19, 109), (36, 35)),
    ((0, -399), (1, -399), (2, 17), (4, 18), (5, 19), (6, -399), (7, -399), (8, 20), (9, 21), (12, -399), (14, 23), (15, -399), (16, 24), (19, 110), (20, 111), (21, 112), (22, 113), (23, 114), (24, 115), (25, 116), (33, 33), (36, 35), (37, 36), (39, 37), (41, 38), (45, 40), (48, 41)),
    ((0, -530), (1, -530), (2, -530), (4, 18), (5, 19), (6, -530), (7, -530), (8, -530), (9, 21), (12, -530), (14, -530), (15, -530), (16, 24), (19, 117), (20, 118), (21, 119), (22, 120), (36, 35), (37, 36), (41, 38), (48, 41)),
    ((0, -556), (1, -556), (2, -556), (4, 18), (5, 19), (6, -556), (7, -556), (8, -556), (9, 21), (12, -556), (14, -556), (15, -556), (16, -556), (19, 121), (20, 122), (21, 123), (36, 35), (37, 36), (41, 38)),
    ((0, -1), (1, -1), (6, -1), (7, -1), (12, -1), (15, -1)),
    ((0, -71), (1, -71), (6, -71), (7, -71), (12, 22), (15, -71), (42, 52)),
    ((0, -72), (1, -72), (2, 17), (5, 19), (6, -72), (7, -72), (8, 20), (9, 21), (12, 22), (14, 23), (15, -72), (16, 24), (18, 124), (21, 125), (22, 126), (23, 127), (24, 128), (25, 129), (33, 33), (37, 36), (39, 37), (41, 67), (42, 39), (45, 40), (48, 41)),
    ((0, -136), (1, -136), (2, 17), (5, 19), (6, -136), (7, -136), (8, 20), (12, 22), (14, 23), (15, -136), (16, 24), (18, 130), (22, 131), (23, 132), (24, 133), (25, 134), (33, 33), (37, 73), (39, 37), (42, 39), (45, 40), (48, 41)),
    ((0, -168), (1, -168), (2, 17), (6, -168), (7, -168), (8, 20), (12, 22), (14, 23), (15, -168), (16, 24), (18, 135), (23, 136), (24, 137), (25, 138), (33, 33), (39, 37), (42, 39), (45, 40), (48, 78)),
    ((0, -184), (1, -184), (2, 17), (6, -184), (7, -184), (8, 20), (12, 22), (14, 23), (15, -184), (18, 139), (24, 140), (25, 141), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -192), (1, -192), (2, 17), (6, -192), (7, -192), (8, 20), (12, 22), (15, -192), (18, 142), (25, 143), (33, 85), (39, 37), (42, 39)),
    ((0, -196), (1, -196), (6, -196), (7, -196), (8, 20), (12, 22), (15, -196), (18, 144), (39, 87), (42, 39)),
    ((0, -3), (1, -3), (2, -3), (4, -3), (5, -3), (6, -3), (7, -3), (8, -3), (9, -3), (12, -3), (14, -3), (15, -3), (16, -3)),
    ((0, -199), (1, -199), (6, -199), (7, -199), (12, 22), (15, -199), (42, 52)),
    ((0, -200), (1, -200), (2, 17), (5, 19), (6, -200), (7, -200), (8, 20), (12, 22), (14, 23), (15, -200), (16, 24), (18, 145), (22, 146), (23, 147), (24, 148), (25, 149), (33, 33), (37, 73), (39, 37), (42, 39), (45, 40), (48, 41)),
    ((0, -232), (1, -232), (2, 17), (6, -232), (7, -232), (8, 20), (12, 22), (14, 23), (15, -232), (16, 24), (18, 150), (23, 151), (24, 152), (25, 153), (33, 33), (39, 37), (42, 39), (45, 40), (48, 78)),
    ((0, -248), (1, -248), (2, 17), (6, -248), (7, -248), (8, 20), (12, 22), (14, 23), (15, -248), (18, 154), (24, 155), (25, 156), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -256), (1, -256), (2, 17), (6, -256), (7, -256), (8, 20), (12, 22), (15, -256), (18, 157), (25, 158), (33, 85), (39, 37), (42, 39)),
    ((0, -260), (1, -260), (6, -260), (7, -260), (8, 20), (12, 22), (15, -260), (18, 159), (39, 87), (42, 39)),
    ((0, -5), (1, -5), (2, -5), (5, -5), (6, -5), (7, -5), (8, -5), (9, -5), (12, -5), (14, -5), (15, -5), (16, -5)),
    ((0, -263), (1, -263), (6, -263), (7, -263), (12, 22), (15, -263), (42, 52)),
    ((0, -264), (1, -264), (2, 17), (6, -264), (7, -264), (8, 20), (12, 22), (14, 23), (15, -264), (16, 24), (18, 160), (23, 161), (24, 162), (25, 163), (33, 33), (39, 37), (42, 39), (45, 40), (48, 78)),
    ((0, -280), (1, -280), (2, 17), (6, -280), (7, -280), (8, 20), (12, 22), (14, 23), (15, -280), (18, 164), (24, 165), (25, 166), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -288), (1, -288), (2, 17), (6, -288), (7, -288), (8, 20), (12, 22), (15, -288), (18, 167), (25, 168), (33, 85), (39, 37), (42, 39)),
    ((0, -292), (1, -292), (6, -292), (7, -292), (8, 20), (12, 22), (15, -292), (18, 169), (39, 87), (42, 39)),
    ((0, -7), (1, -7), (2, -7), (5, -7), (6, -7), (7, -7), (8, -7), (12, -7), (14, -7), (15, -7), (16, -7)),
    ((0, -295), (1, -295), (6, -295), (7, -295), (12, 22), (15, -295), (42, 52)),
    ((0, -296), (1, -296), (2, 17), (6, -296), (7, -296), (8, 20), (12, 22), (14, 23), (15, -296), (18, 170), (24, 171), (25, 172), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -304), (1, -304), (2, 17), (6, -304), (7, -304), (8, 20), (12, 22), (15, -304), (18, 173), (25, 174), (33, 85), (39, 37), (42, 39)),
    ((0, -308), (1, -308), (6, -308), (7, -308), (8, 20), (12, 22), (15, -308), (18, 175), (39, 87), (42, 39)),
    ((0, -9), (1, -9), (2, -9), (6, -9), (7, -9), (8, -9), (12, -9), (14, -9), (15, -9), (16, -9)),
    ((0, -311), (1, -311), (6, -311), (7, -311), (12, 22), (15, -311), (42, 52)),
    ((0, -312), (1, -312), (2, 17), (6, -312), (7, -312), (8, 20), (12, 22), (15, -312), (18, 176), (25, 177), (33, 85), (39, 37), (42, 39)),
    ((0, -316), (1, -316), (6, -316), (7, -316), (8, 20), (12, 22), (15, -316), (18, 178), (39, 87), (42, 39)),
    ((0, -11), (1, -11), (2, -11), (6, -11), (7, -11), (8, -11), (12, -11), (14, -11), (15, -11)),
    ((0, -319), (1, -319), (6, -319), (7, -319), (12, 22), (15, -319), (42, 52)),
    ((0, -320), (1, -320), (6, -320), (7, -320), (8, 20), (12, 22), (15, -320), (18, 179), (39, 87), (42, 39)),
    ((0, -13), (1, -13), (2, -13), (6, -13), (7, -13), (8, -13), (12, -13), (15, -13)),
    ((0, -323), (1, -323), (6, -323), (7, -323), (12, 22), (15, -323), (42, 52)),
    ((0, -15), (1, -15), (6, -15), (7, -15), (8, -15), (12, -15), (15, -15)),
    ((0, -17), (1, -17), (6, -17), (7, -17), (15, -17)),
    ((0, -27), (1, -27), (7, -27), (15, -27)),
    ((0, -28), (1, -28), (7, -28), (15, -28)),
    ((0, -330), (1, -330), (6, 180), (7, -330), (15, -330)),
    ((0, -547), (1, -547), (7, 181), (15, 182)),
    ((0, -546), (1, -546), (7, 89), (15, 90), (29, 92), (46, 183)),
    ((0, -550), (1, 184), (30, 185), (32, 186)),
    ((0, -546), (1, -546), (6, 88), (7, 89), (15, 90), (26, 91), (29, 92), (38, 187), (46, 188)),
    ((0, -37), (1, -37), (2, -37), (4, 18), (5, 19), (6, -37), (7, -37), (8, -37), (9, 21), (12, -37), (14, 23), (15, -37), (16, 24), (20, 189), (21, 190), (22, 191), (23, 192), (36, 60), (37, 36), (41, 38), (45, 40), (48, 41)),
    ((0, -53), (1, -53), (2, -53), (5, 19), (6, -53), (7, -53), (8, -53), (9, 21), (12, -53), (14, 23), (15, -53), (16, 24), (21, 193), (22, 194), (23, 195), (37, 36), (41, 67), (45, 40), (48, 41)),
    ((0, -61), (1, -61), (2, -61), (5, 19), (6, -61), (7, -61), (8, -61), (12, -61), (14, 23), (15, -61), (16, 24), (22, 196), (23, 197), (37, 73), (45, 40), (48, 41)),
    ((0, -65), (1, -65), (2, -65), (6, -65), (7, -65), (8, -65), (12, -65), (14, 23), (15, -65), (16, 24), (23, 198), (45, 40), (48, 78)),
    ((0, -67), (1, -67), (2, -67), (6, -67), (7, -67), (8, -67), (12, -67), (14, 23), (15, -67), (45, 82)),
    ((0, -327), (1, -327), (2, -327), (4, 18), (5, -327), (6, -327), (7, -327), (8, -327), (9, 21), (12, -327), (14, -327), (15, -327), (16, -327), (20, 199), (36, 60), (41, 38)),
    ((0, -329), (1, -329), (2, -329), (5, -329), (6, -329), (7, -329), (8, -329), (9, 21), (12, -329), (14, -329), (15, -329), (16, -329), (41, 67)),
    ((0, -332), (1, -332), (2, 17), (4, 18), (5, 19), (6, -332), (7, -332), (8, -332), (9, 21), (12, -332), (14, 23), (15, -332), (16, 24), (20, 200), (21, 201), (22, 202), (23, 203), (24, 204), (33, 33), (36, 60), (37, 36), (41, 38), (45, 40), (48, 41)),
    ((0, -364), (1, -364), (2, 17), (5, 19), (6, -364), (7, -364), (8, -364), (9, 21), (12, -364), (14, 23), (15, -364), (16, 24), (21, 205), (22, 206), (23, 207), (24, 208), (33, 33), (37, 36), (41, 67), (45, 40), (48, 41)),
    ((0, -380), (1, -380), (2, 17), (5, 19), (6, -380), (7, -380), (8, -380), (12, -380), (14, 23), (15, -380), (16, 24), (22, 209), (23, 210), (24, 211), (33, 33), (37, 73), (45, 40), (48, 41)),
    ((0, -388), (1, -388), (2, 17), (6, -388), (7, -388), (8, -388), (12, -388), (14, 23), (15, -388), (16, 24), (23, 212), (24, 213), (33, 33), (45, 40), (48, 78)),
    ((0, -392), (1, -392), (2, 17), (6, -392), (7, -392), (8, -392), (12, -392), (14, 23), (15, -392), (24, 214), (33, 33), (45, 82)),
    ((0, -394), (1, -394), (2, 17), (6, -394), (7, -394), (8, -394), (12, -394), (15, -394), (33, 85)),
    ((0, -398), (1, -398), (2, -398), (4, 18), (5, -398), (6, -398), (7, -398), (8, -398), (9, -398), (12, -398), (14, -398), (15, -398), (16, -398), (36, 60)),
    ((0, -400), (1, -400), (2, 17), (4, 18), (5, 19), (6, -400), (7, -400), (8, 20), (9, 21), (12, -400), (14, 23), (15, -400), (16, 24), (20, 215), (21, 216), (22, 217), (23, 218), (24, 219), (25, 220), (33, 33), (36, 60), (37, 36), (39, 37), (41, 38), (45, 40), (48, 41)),
    ((0, -464), (1, -464), (2, 17), (5, 19), (6, -464), (7, -464), (8, 20), (9, 21), (12, -464), (14, 23), (15, -464), (16, 24), (21, 221), (22, 222), (23, 223), (24, 224), (25, 225), (33, 33), (37, 36), (39, 37), (41, 67), (45, 40), (48, 41)),
    ((0, -496), (1, -496), (2, 17), (5, 19), (6, -496), (7, -496), (8, 20), (12, -496), (14, 23), (15, -496), (16, 24), (22, 226), (23, 227), (24, 228), (25, 229), (33, 33), (37, 73), (39, 37), (45, 40), (48, 41)),
    ((0, -512), (1, -512), (2, 17), (6, -512), (7, -512), (8, 20), (12, -512), (14, 23), (15, -512), (16, 24), (23, 230), (24, 231), (25, 232), (33, 33), (39, 37), (45, 40), (48, 78)),
    ((0, -520), (1, -520), (2, 17), (6, -520), (7, -520), (8, 20), (12, -520), (14, 23), (15, -520), (24, 233), (25, 234), (33, 33), (39, 37), (45, 82)),
    ((0, -524), (1, -524), (2, 17), (6, -524), (7, -524), (8, 20), (12, -524), (15, -524), (25, 235), (33, 85), (39, 37)),
    ((0, -526), (1, -526), (6, -526), (7, -526), (8, 20), (12, -526), (15, -526), (39, 87)),
    ((0, -531), (1, -531), (2, -531), (4, 18), (5, 19), (6, -531), (7, -531), (8, -531), (9, 21), (12, -531), (14, -531), (15, -531), (16, 24), (20, 236), (21, 237), (22, 238), (36, 60), (37, 36), (41, 38), (48, 41)),
    ((0, -539), (1, -539), (2, -539), (5, 19), (6, -539), (7, -539), (8, -539), (9, 21), (12, -539), (14, -539), (15, -539), (16, 24), (21, 239), (22, 240), (37, 36), (41, 67), (48, 41)),
    ((0, -543), (1, -543), (2, -543), (5, 19), (6, -543), (7, -543), (8, -543), (12, -543), (14, -543), (15, -543), (16, 24), (22, 241), (37, 73), (48, 41)),
    ((0, -545), (1, -545), (2, -545), (6, -545), (7, -545), (8, -545), (12, -545), (14, -545), (15, -545), (16, 24), (48, 78)),
    ((0, -557), (1, -557), (2, -557), (4, 18), (5, 19), (6, -557), (7, -557), (8, -557), (9, 21), (12, -557), (14, -557), (15, -557), (16, -557), (20, 242), (21, 243), (36, 60), (37, 36), (41, 38)),
    ((0, -561), (1, -561), (2, -561), (5, 19), (6, -561), (7, -561), (8, -561), (9, 21), (12, -561), (14, -561), (15, -561), (16, -561), (21, 244), (37, 36), (41, 67)),
    ((0, -563), (1, -563), (2, -563), (5, 19), (6, -563), (7, -563), (8, -563), (12, -563), (14, -563), (15, -563), (16, -563), (37, 73)),
    ((0, -73), (1, -73), (6, -73), (7, -73), (12, 22), (15, -73), (42, 52)),
    ((0, -74), (1, -74), (2, 17), (5, 19), (6, -74), (7, -74), (8, 20), (12, 22), (14, 23), (15, -74), (16, 24), (18, 245), (22, 246), (23, 247), (24, 248), (25, 249), (33, 33), (37, 73), (39, 37), (42, 39), (45, 40), (48, 41)),
    ((0, -106), (1, -106), (2, 17), (6, -106), (7, -106), (8, 20), (12, 22), (14, 23), (15, -106), (16, 24), (18, 250), (23, 251), (24, 252), (25, 253), (33, 33), (39, 37), (42, 39), (45, 40), (48, 78)),
    ((0, -122), (1, -122), (2, 17), (6, -122), (7, -122), (8, 20), (12, 22), (14, 23), (15, -122), (18, 254), (24, 255), (25, 256), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -130), (1, -130), (2, 17), (6, -130), (7, -130), (8, 20), (12, 22), (15, -130), (18, 257), (25, 258), (33, 85), (39, 37), (42, 39)),
    ((0, -134), (1, -134), (6, -134), (7, -134), (8, 20), (12, 22), (15, -134), (18, 259), (39, 87), (42, 39)),
    ((0, -137), (1, -137), (6, -137), (7, -137), (12, 22), (15, -137), (42, 52)),
    ((0, -138), (1, -138), (2, 17), (6, -138), (7, -138), (8, 20), (12, 22), (14, 23), (15, -138), (16, 24), (18, 260), (23, 261), (24, 262), (25, 263), (33, 33), (39, 37), (42, 39), (45, 40), (48, 78)),
    ((0, -154), (1, -154), (2, 17), (6, -154), (7, -154), (8, 20), (12, 22), (14, 23), (15, -154), (18, 264), (24, 265), (25, 266), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -162), (1, -162), (2, 17), (6, -162), (7, -162), (8, 20), (12, 22), (15, -162), (18, 267), (25, 268), (33, 85), (39, 37), (42, 39)),
    ((0, -166), (1, -166), (6, -166), (7, -166), (8, 20), (12, 22), (15, -166), (18, 269), (39, 87), (42, 39)),
    ((0, -169), (1, -169), (6, -169), (7, -169), (12, 22), (15, -169), (42, 52)),
    ((0, -170), (1, -170), (2, 17), (6, -170), (7, -170), (8, 20), (12, 22), (14, 23), (15, -170), (18, 270), (24, 271), (25, 272), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -178), (1, -178), (2, 17), (6, -178), (7, -178), (8, 20), (12, 22), (15, -178), (18, 273), (25, 274), (33, 85), (39, 37), (42, 39)),
    ((0, -182), (1, -182), (6, -182), (7, -182), (8, 20), (12, 22), (15, -182), (18, 275), (39, 87), (42, 39)),
    ((0, -185), (1, -185), (6, -185), (7, -185), (12, 22), (15, -185), (42, 52)),
    ((0, -186), (1, -186), (2, 17), (6, -186), (7, -186), (8, 20), (12, 22), (15, -186), (18, 276), (25, 277), (33, 85), (39, 37), (42, 39)),
    ((0, -190), (1, -190), (6, -190), (7, -190), (8, 20), (12, 22), (15, -190), (18, 278), (39, 87), (42, 39)),
    ((0, -193), (1, -193), (6, -193), (7, -193), (12, 22), (15, -193), (42, 52)),
    ((0, -194), (1, -194), (6, -194), (7, -194), (8, 20), (12, 22), (15, -194), (18, 279), (39, 87), (42, 39)),
    ((0, -197), (1, -197), (6, -197), (7, -197), (12, 22), (15, -197), (42, 52)),
    ((0, -201), (1, -201), (6, -201), (7, -201), (12, 22), (15, -201), (42, 52)),
    ((0, -202), (1, -202), (2, 17), (6, -202), (7, -202), (8, 20), (12, 22), (14, 23), (15, -202), (16, 24), (18, 280), (23, 281), (24, 282), (25, 283), (33, 33), (39, 37), (42, 39), (45, 40), (48, 78)),
    ((0, -218), (1, -218), (2, 17), (6, -218), (7, -218), (8, 20), (12, 22), (14, 23), (15, -218), (18, 284), (24, 285), (25, 286), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -226), (1, -226), (2, 17), (6, -226), (7, -226), (8, 20), (12, 22), (15, -226), (18, 287), (25, 288), (33, 85), (39, 37), (42, 39)),
    ((0, -230), (1, -230), (6, -230), (7, -230), (8, 20), (12, 22), (15, -230), (18, 289), (39, 87), (42, 39)),
    ((0, -233), (1, -233), (6, -233), (7, -233), (12, 22), (15, -233), (42, 52)),
    ((0, -234), (1, -234), (2, 17), (6, -234), (7, -234), (8, 20), (12, 22), (14, 23), (15, -234), (18, 290), (24, 291), (25, 292), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -242), (1, -242), (2, 17), (6, -242), (7, -242), (8, 20), (12, 22), (15, -242), (18, 293), (25, 294), (33, 85), (39, 37), (42, 39)),
    ((0, -246), (1, -246), (6, -246), (7, -246), (8, 20), (12, 22), (15, -246), (18, 295), (39, 87), (42, 39)),
    ((0, -249), (1, -249), (6, -249), (7, -249), (12, 22), (15, -249), (42, 52)),
    ((0, -250), (1, -250), (2, 17), (6, -250), (7, -250), (8, 20), (12, 22), (15, -250), (18, 296), (25, 297), (33, 85), (39, 37), (42, 39)),
    ((0, -254), (1, -254), (6, -254), (7, -254), (8, 20), (12, 22), (15, -254), (18, 298), (39, 87), (42, 39)),
    ((0, -257), (1, -257), (6, -257), (7, -257), (12, 22), (15, -257), (42, 52)),
    ((0, -258), (1, -258), (6, -258), (7, -258), (8, 20), (12, 22), (15, -258), (18, 299), (39, 87), (42, 39)),
    ((0, -261), (1, -261), (6, -261), (7, -261), (12, 22), (15, -261), (42, 52)),
    ((0, -265), (1, -265), (6, -265), (7, -265), (12, 22), (15, -265), (42, 52)),
    ((0, -266), (1, -266), (2, 17), (6, -266), (7, -266), (8, 20), (12, 22), (14, 23), (15, -266), (18, 300), (24, 301), (25, 302), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -274), (1, -274), (2, 17), (6, -274), (7, -274), (8, 20), (12, 22), (15, -274), (18, 303), (25, 304), (33, 85), (39, 37), (42, 39)),
    ((0, -278), (1, -278), (6, -278), (7, -278), (8, 20), (12, 22), (15, -278), (18, 305), (39, 87), (42, 39)),
    ((0, -281), (1, -281), (6, -281), (7, -281), (12, 22), (15, -281), (42, 52)),
    ((0, -282), (1, -282), (2, 17), (6, -282), (7, -282), (8, 20), (12, 22), (15, -282), (18, 306), (25, 307), (33, 85), (39, 37), (42, 39)),
    ((0, -286), (1, -286), (6, -286), (7, -286), (8, 20), (12, 22), (15, -286), (18, 308), (39, 87), (42, 39)),
    ((0, -289), (1, -289), (6, -289), (7, -289), (12, 22), (15, -289), (42, 52)),
    ((0, -290), (1, -290), (6, -290), (7, -290), (8, 20), (12, 22), (15, -290), (18, 309), (39, 87), (42, 39)),
    ((0, -293), (1, -293), (6, -293), (7, -293), (12, 22), (15, -293), (42, 52)),
    ((0, -297), (1, -297), (6, -297), (7, -297), (12, 22), (15, -297), (42, 52)),
    ((0, -298), (1, -298), (2, 17), (6, -298), (7, -298), (8, 20), (12, 22), (15, -298), (18, 310), (25, 311), (33, 85), (39, 37), (42, 39)),
    ((0, -302), (1, -302), (6, -302), (7, -302), (8, 20), (12, 22), (15, -302), (18, 312), (39, 87), (42, 39)),
    ((0, -305), (1, -305), (6, -305), (7, -305), (12, 22), (15, -305), (42, 52)),
    ((0, -306), (1, -306), (6, -306), (7, -306), (8, 20), (12, 22), (15, -306), (18, 313), (39, 87), (42, 39)),
    ((0, -309), (1, -309), (6, -309), (7, -309), (12, 22), (15, -309), (42, 52)),
    ((0, -313), (1, -313), (6, -313), (7, -313), (12, 22), (15, -313), (42, 52)),
    ((0, -314), (1, -314), (6, -314), (7, -314), (8, 20), (12, 22), (15, -314), (18, 314), (39, 87), (42, 39)),
    ((0, -317), (1, -317), (6, -317), (7, -317), (12, 22), (15, -317), (42, 52)),
    ((0, -321), (1, -321), (6, -321), (7, -321), (12, 22), (15, -321), (42, 52)),
    ((0, -18), (1, -18), (6, -18), (7, -18), (15, -18)),
    ((0, -29), (1, -29), (7, -29), (15, -29)),
    ((0, -30), (1, -30), (7, -30), (15, -30)),
    ((0, -548), (1, 184), (30, 315), (32, 186)),
    ((0, -33), (1, -33), (2, -33), (4, -33), (5, -33), (8, -33), (9, -33), (11, 11), (12, -33), (14, -33), (16, -33), (28, 43), (31, 316)),
    ((0, -551), (1, 184), (32, 317)),
    ((0, -32), (1, -32)),
    ((0, -546), (1, -546), (7, 89), (15, 90), (29, 92), (46, 318)),
    ((0, -554), (1, 184), (30, 319), (32, 186)),
    ((0, -38), (1, -38), (2, -38), (5, 19), (6, -38), (7, -38), (8, -38), (9, 21), (12, -38), (14, 23), (15, -38), (16, 24), (21, 320), (22, 321), (23, 322), (37, 36), (41, 67), (45, 40), (48, 41)),
    ((0, -46), (1, -46), (2, -46), (5, 19), (6, -46), (7, -46), (8, -46), (12, -46), (14, 23), (15, -46), (16, 24), (22, 323), (23, 324), (37, 73), (45, 40), (48, 41)),
    ((0, -50), (1, -50), (2, -50), (6, -50), (7, -50), (8, -50), (12, -50), (14, 23), (15, -50), (16, 24), (23, 325), (45, 40), (48, 78)),
    ((0, -52), (1, -52), (2, -52), (6, -52), (7, -52), (8, -52), (12, -52), (14, 23), (15, -52), (45, 82)),
    ((0, -54), (1, -54), (2, -54), (5, 19), (6, -54), (7, -54), (8, -54), (12, -54), (14, 23), (15, -54), (16, 24), (22, 326), (23, 327), (37, 73), (45, 40), (48, 41)),
    ((0, -58), (1, -58), (2, -58), (6, -58), (7, -58), (8, -58), (12, -58), (14, 23), (15, -58), (16, 24), (23, 328), (45, 40), (48, 78)),
    ((0, -60), (1, -60), (2, -60), (6, -60), (7, -60), (8, -60), (12, -60), (14, 23), (15, -60), (45, 82)),
    ((0, -62), (1, -62), (2, -62), (6, -62), (7, -62), (8, -62), (12, -62), (14, 23), (15, -62), (16, 24), (23, 329), (45, 40), (48, 78)),
    ((0, -64), (1, -64), (2, -64), (6, -64), (7, -64), (8, -64), (12, -64), (14, 23), (15, -64), (45, 82)),
    ((0, -66), (1, -66), (2, -66), (6, -66), (7, -66), (8, -66), (12, -66), (14, 23), (15, -66), (45, 82)),
    ((0, -328), (1, -328), (2, -328), (5, -328), (6, -328), (7, -328), (8, -328), (9, 21), (12, -328), (14, -328), (15, -328), (16, -328), (41, 67)),
    ((0, -333), (1, -333), (2, 17), (5, 19), (6, -333), (7, -333), (8, -333), (9, 21), (12, -333), (14, 23), (15, -333), (16, 24), (21, 330), (22, 331), (23, 332), (24, 333), (33, 33), (37, 36), (41, 67), (45, 40), (48, 41)),
    ((0, -349), (1, -349), (2, 17), (5, 19), (6, -349), (7, -349), (8, -349), (12, -349), (14, 23), (15, -349), (16, 24), (22, 334), (23, 335), (24, 336), (33, 33), (37, 73), (45, 40), (48, 41)),
    ((0, -357), (1, -357), (2, 17), (6, -357), (7, -357), (8, -357), (12, -357), (14, 23), (15, -357), (16, 24), (23, 337), (24, 338), (33, 33), (45, 40), (48, 78)),
    ((0, -361), (1, -361), (2, 17), (6, -361), (7, -361), (8, -361), (12, -361), (14, 23), (15, -361), (24, 339), (33, 33), (45, 82)),
    ((0, -363), (1, -363), (2, 17), (6, -363), (7, -363), (8, -363), (12, -363), (15, -363), (33, 85)),
    ((0, -365), (1, -365), (2, 17), (5, 19), (6, -365), (7, -365), (8, -365), (12, -365), (14, 23), (15, -365), (16, 24), (22, 340), (23, 341), (24, 342), (33, 33), (37, 73), (45, 40), (48, 41)),
    ((0, -373), (1, -373), (2, 17), (6, -373), (7, -373), (8, -373), (12, -373), (14, 23), (15, -373), (16, 24), (23, 343), (24, 344), (33, 33), (45, 40), (48, 78)),
    ((0, -377), (1, -377), (2, 17), (6, -377), (7, -377), (8, -377), (12, -377), (14, 23), (15, -377), (24, 345), (33, 33), (45, 82)),
    ((0, -379), (1, -379), (2, 17), (6, -379), (7, -379), (8, -379), (12, -379), (15, -379), (33, 85)),
    ((0, -381), (1, -381), (2, 17), (6, -381), (7, -381), (8, -381), (12, -381), (14, 23), (15, -381), (16, 24), (23, 346), (24, 347), (33, 33), (45, 40), (48, 78)),
    ((0, -385), (1, -385), (2, 17), (6, -385), (7, -385), (8, -385), (12, -385), (14, 23), (15, -385), (24, 348), (33, 33), (45, 82)),
    ((0, -387), (1, -387), (2, 17), (6, -387), (7, -387), (8, -387), (12, -387), (15, -387), (33, 85)),
    ((0, -389), (1, -389), (2, 17), (6, -389), (7, -389), (8, -389), (12, -389), (14, 23), (15, -389), (24, 349), (33, 33), (45, 82)),
    ((0, -391), (1, -391), (2, 17), (6, -391), (7, -391), (8, -391), (12, -391), (15, -391), (33, 85)),
    ((0, -393), (1, -393), (2, 17), (6, -393), (7, -393), (8, -393), (12, -393), (15, -393), (33, 85)),
    ((0, -401), (1, -401), (2, 17), (5, 19), (6, -401), (7, -401), (8, 20), (9, 21), (12, -401), (14, 23), (15, -401), (16, 24), (21, 350), (22, 351), (23, 352), (24, 353), (25, 354), (33, 33), (37, 36), (39, 37), (41, 67), (45, 40), (48, 41)),
    ((0, -433), (1, -433), (2, 17), (5, 19), (6, -433), (7, -433), (8, 20), (12, -433), (14, 23), (15, -433), (16, 24), (22, 355), (23, 356), (24, 357), (25, 358), (33, 33), (37, 73), (39, 37), (45, 40), (48, 41)),
    ((0, -449), (1, -449), (2, 17), (6, -449), (7, -449), (8, 20), (12, -449), (14, 23), (15, -449), (16, 24), (23, 359), (24, 360), (25, 361), (33, 33), (39, 37), (45, 40), (48, 78)),
    ((0, -457), (1, -457), (2, 17), (6, -457), (7, -457), (8, 20), (12, -457), (14, 23), (15, -457), (24, 362), (25, 363), (33, 33), (39, 37), (45, 82)),
    ((0, -461), (1, -461), (2, 17), (6, -461), (7, -461), (8, 20), (12, -461), (15, -461), (25, 364), (33, 85), (39, 37)),
    ((0, -463), (1, -463), (6, -463), (7, -463), (8, 20), (12, -463), (15, -463), (39, 87)),
    ((0, -465), (1, -465), (2, 17), (5, 19), (6, -465), (7, -465), (8, 20), (12, -465), (14, 23), (15, -465), (16, 24), (22, 365), (23, 366), (24, 367), (25, 368), (33, 33), (37, 73), (39, 37), (45, 40), (48, 41)),
    ((0, -481), (1, -481), (2, 17), (6, -481), (7, -481), (8, 20), (12, -481), (14, 23), (15, -481), (16, 24), (23, 369), (24, 370), (25, 371), (33, 33), (39, 37), (45, 40), (48, 78)),
    ((0, -489), (1, -489), (2, 17), (6, -489), (7, -489), (8, 20), (12, -489), (14, 23), (15, -489), (24, 372), (25, 373), (33, 33), (39, 37), (45, 82)),
    ((0, -493), (1, -493), (2, 17), (6, -493), (7, -493), (8, 20), (12, -493), (15, -493), (25, 374), (33, 85), (39, 37)),
    ((0, -495), (1, -495), (6, -495), (7, -495), (8, 20), (12, -495), (15, -495), (39, 87)),
    ((0, -497), (1, -497), (2, 17), (6, -497), (7, -497), (8, 20), (12, -497), (14, 23), (15, -497), (16, 24), (23, 375), (24, 376), (25, 377), (33, 33), (39, 37), (45, 40), (48, 78)),
    ((0, -505), (1, -505), (2, 17), (6, -505), (7, -505), (8, 20), (12, -505), (14, 23), (15, -505), (24, 378), (25, 379), (33, 33), (39, 37), (45, 82)),
    ((0, -509), (1, -509), (2, 17), (6, -509), (7, -509), (8, 20), (12, -509), (15, -509), (25, 380), (33, 85), (39, 37)),
    ((0, -511), (1, -511), (6, -511), (7, -511), (8, 20), (12, -511), (15, -511), (39, 87)),
    ((0, -513), (1, -513), (2, 17), (6, -513), (7, -513), (8, 20), (12, -513), (14, 23), (15, -513), (24, 381), (25, 382), (33, 33), (39, 37), (45, 82)),
    ((0, -517), (1, -517), (2, 17), (6, -517), (7, -517), (8, 20), (12, -517), (15, -517), (25, 383), (33, 85), (39, 37)),
    ((0, -519), (1, -519), (6, -519), (7, -519), (8, 20), (12, -519), (15, -519), (39, 87)),
    ((0, -521), (1, -521), (2, 17), (6, -521), (7, -521), (8, 20), (12, -521), (15, -521), (25, 384), (33, 85), (39, 37)),
    ((0, -523), (1, -523), (6, -523), (7, -523), (8, 20), (12, -523), (15, -523), (39, 87)),
    ((0, -525), (1, -525), (6, -525), (7, -525), (8, 20), (12, -525), (15, -525), (39, 87)),
    ((0, -532), (1, -532), (2, -532), (5, 19), (6, -532), (7, -532), (8, -532), (9, 21), (12, -532), (14, -532), (15, -532), (16, 24), (21, 385), (22, 386), (37, 36), (41, 67), (48, 41)),
    ((0, -536), (1, -536), (2, -536), (5, 19), (6, -536), (7, -536), (8, -536), (12, -536), (14, -536), (15, -536), (16, 24), (22, 387), (37, 73), (48, 41)),
    ((0, -538), (1, -538), (2, -538), (6, -538), (7, -538), (8, -538), (12, -538), (14, -538), (15, -538), (16, 24), (48, 78)),
    ((0, -540), (1, -540), (2, -540), (5, 19), (6, -540), (7, -540), (8, -540), (12, -540), (14, -540), (15, -540), (16, 24), (22, 388), (37, 73), (48, 41)),
    ((0, -542), (1, -542), (2, -542), (6, -542), (7, -542), (8, -542), (12, -542), (14, -542), (15, -542), (16, 24), (48, 78)),
    ((0, -544), (1, -544), (2, -544), (6, -544), (7, -544), (8, -544), (12, -544), (14, -544), (15, -544), (16, 24), (48, 78)),
    ((0, -558), (1, -558), (2, -558), (5, 19), (6, -558), (7, -558), (8, -558), (9, 21), (12, -558), (14, -558), (15, -558), (16, -558), (21, 389), (37, 36), (41, 67)),
    ((0, -560), (1, -560), (2, -560), (5, 19), (6, -560), (7, -560), (8, -560), (12, -560), (14, -560), (15, -560), (16, -560), (37, 73)),
    ((0, -562), (1, -562), (2, -562), (5, 19), (6, -562), (7, -562), (8, -562), (12, -562), (14, -562), (15, -562), (16, -562), (37, 73)),
    ((0, -75), (1, -75), (6, -75), (7, -75), (12, 22), (15, -75), (42, 52)),
    ((0, -76), (1, -76), (2, 17), (6, -76), (7, -76), (8, 20), (12, 22), (14, 23), (15, -76), (16, 24), (18, 390), (23, 391), (24, 392), (25, 393), (33, 33), (39, 37), (42, 39), (45, 40), (48, 78)),
    ((0, -92), (1, -92), (2, 17), (6, -92), (7, -92), (8, 20), (12, 22), (14, 23), (15, -92), (18, 394), (24, 395), (25, 396), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -100), (1, -100), (2, 17), (6, -100), (7, -100), (8, 20), (12, 22), (15, -100), (18, 397), (25, 398), (33, 85), (39, 37), (42, 39)),
    ((0, -104), (1, -104), (6, -104), (7, -104), (8, 20), (12, 22), (15, -104), (18, 399), (39, 87), (42, 39)),
    ((0, -107), (1, -107), (6, -107), (7, -107), (12, 22), (15, -107), (42, 52)),
    ((0, -108), (1, -108), (2, 17), (6, -108), (7, -108), (8, 20), (12, 22), (14, 23), (15, -108), (18, 400), (24, 401), (25, 402), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -116), (1, -116), (2, 17), (6, -116), (7, -116), (8, 20), (12, 22), (15, -116), (18, 403), (25, 404), (33, 85), (39, 37), (42, 39)),
    ((0, -120), (1, -120), (6, -120), (7, -120), (8, 20), (12, 22), (15, -120), (18, 405), (39, 87), (42, 39)),
    ((0, -123), (1, -123), (6, -123), (7, -123), (12, 22), (15, -123), (42, 52)),
    ((0, -124), (1, -124), (2, 17), (6, -124), (7, -124), (8, 20), (12, 22), (15, -124), (18, 406), (25, 407), (33, 85), (39, 37), (42, 39)),
    ((0, -128), (1, -128), (6, -128), (7, -128), (8, 20), (12, 22), (15, -128), (18, 408), (39, 87), (42, 39)),
    ((0, -131), (1, -131), (6, -131), (7, -131), (12, 22), (15, -131), (42, 52)),
    ((0, -132), (1, -132), (6, -132), (7, -132), (8, 20), (12, 22), (15, -132), (18, 409), (39, 87), (42, 39)),
    ((0, -135), (1, -135), (6, -135), (7, -135), (12, 22), (15, -135), (42, 52)),
    ((0, -139), (1, -139), (6, -139), (7, -139), (12, 22), (15, -139), (42, 52)),
    ((0, -140), (1, -140), (2, 17), (6, -140), (7, -140), (8, 20), (12, 22), (14, 23), (15, -140), (18, 410), (24, 411), (25, 412), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -148), (1, -148), (2, 17), (6, -148), (7, -148), (8, 20), (12, 22), (15, -148), (18, 413), (25, 414), (33, 85), (39, 37), (42, 39)),
    ((0, -152), (1, -152), (6, -152), (7, -152), (8, 20), (12, 22), (15, -152), (18, 415), (39, 87), (42, 39)),
    ((0, -155), (1, -155), (6, -155), (7, -155), (12, 22), (15, -155), (42, 52)),
    ((0, -156), (1, -156), (2, 17), (6, -156), (7, -156), (8, 20), (12, 22), (15, -156), (18, 416), (25, 417), (33, 85), (39, 37), (42, 39)),
    ((0, -160), (1, -160), (6, -160), (7, -160), (8, 20), (12, 22), (15, -160), (18, 418), (39, 87), (42, 39)),
    ((0, -163), (1, -163), (6, -163), (7, -163), (12, 22), (15, -163), (42, 52)),
    ((0, -164), (1, -164), (6, -164), (7, -164), (8, 20), (12, 22), (15, -164), (18, 419), (39, 87), (42, 39)),
    ((0, -167), (1, -167), (6, -167), (7, -167), (12, 22), (15, -167), (42, 52)),
    ((0, -171), (1, -171), (6, -171), (7, -171), (12, 22), (15, -171), (42, 52)),
    ((0, -172), (1, -172), (2, 17), (6, -172), (7, -172), (8, 20), (12, 22), (15, -172), (18, 420), (25, 421), (33, 85), (39, 37), (42, 39)),
    ((0, -176), (1, -176), (6, -176), (7, -176), (8, 20), (12, 22), (15, -176), (18, 422), (39, 87), (42, 39)),
    ((0, -179), (1, -179), (6, -179), (7, -179), (12, 22), (15, -179), (42, 52)),
    ((0, -180), (1, -180), (6, -180), (7, -180), (8, 20), (12, 22), (15, -180), (18, 423), (39, 87), (42, 39)),
    ((0, -183), (1, -183), (6, -183), (7, -183), (12, 22), (15, -183), (42, 52)),
    ((0, -187), (1, -187), (6, -187), (7, -187), (12, 22), (15, -187), (42, 52)),
    ((0, -188), (1, -188), (6, -188), (7, -188), (8, 20), (12, 22), (15, -188), (18, 424), (39, 87), (42, 39)),
    ((0, -191), (1, -191), (6, -191), (7, -191), (12, 22), (15, -191), (42, 52)),
    ((0, -195), (1, -195), (6, -195), (7, -195), (12, 22), (15, -195), (42, 52)),
    ((0, -203), (1, -203), (6, -203), (7, -203), (12, 22), (15, -203), (42, 52)),
    ((0, -204), (1, -204), (2, 17), (6, -204), (7, -204), (8, 20), (12, 22), (14, 23), (15, -204), (18, 425), (24, 426), (25, 427), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -212), (1, -212), (2, 17), (6, -212), (7, -212), (8, 20), (12, 22), (15, -212), (18, 428), (25, 429), (33, 85), (39, 37), (42, 39)),
    ((0, -216), (1, -216), (6, -216), (7, -216), (8, 20), (12, 22), (15, -216), (18, 430), (39, 87), (42, 39)),
    ((0, -219), (1, -219), (6, -219), (7, -219), (12, 22), (15, -219), (42, 52)),
    ((0, -220), (1, -220), (2, 17), (6, -220), (7, -220), (8, 20), (12, 22), (15, -220), (18, 431), (25, 432), (33, 85), (39, 37), (42, 39)),
    ((0, -224), (1, -224), (6, -224), (7, -224), (8, 20), (12, 22), (15, -224), (18, 433), (39, 87), (42, 39)),
    ((0, -227), (1, -227), (6, -227), (7, -227), (12, 22), (15, -227), (42, 52)),
    ((0, -228), (1, -228), (6, -228), (7, -228), (8, 20), (12, 22), (15, -228), (18, 434), (39, 87), (42, 39)),
    ((0, -231), (1, -231), (6, -231), (7, -231), (12, 22), (15, -231), (42, 52)),
    ((0, -235), (1, -235), (6, -235), (7, -235), (12, 22), (15, -235), (42, 52)),
    ((0, -236), (1, -236), (2, 17), (6, -236), (7, -236), (8, 20), (12, 22), (15, -236), (18, 435), (25, 436), (33, 85), (39, 37), (42, 39)),
    ((0, -240), (1, -240), (6, -240), (7, -240), (8, 20), (12, 22), (15, -240), (18, 437), (39, 87), (42, 39)),
    ((0, -243), (1, -243), (6, -243), (7, -243), (12, 22), (15, -243), (42, 52)),
    ((0, -244), (1, -244), (6, -244), (7, -244), (8, 20), (12, 22), (15, -244), (18, 438), (39, 87), (42, 39)),
    ((0, -247), (1, -247), (6, -247), (7, -247), (12, 22), (15, -247), (42, 52)),
    ((0, -251), (1, -251), (6, -251), (7, -251), (12, 22), (15, -251), (42, 52)),
    ((0, -252), (1, -252), (6, -252), (7, -252), (8, 20), (12, 22), (15, -252), (18, 439), (39, 87), (42, 39)),
    ((0, -255), (1, -255), (6, -255), (7, -255), (12, 22), (15, -255), (42, 52)),
    ((0, -259), (1, -259), (6, -259), (7, -259), (12, 22), (15, -259), (42, 52)),
    ((0, -267), (1, -267), (6, -267), (7, -267), (12, 22), (15, -267), (42, 52)),
    ((0, -268), (1, -268), (2, 17), (6, -268), (7, -268), (8, 20), (12, 22), (15, -268), (18, 440), (25, 441), (33, 85), (39, 37), (42, 39)),
    ((0, -272), (1, -272), (6, -272), (7, -272), (8, 20), (12, 22), (15, -272), (18, 442), (39, 87), (42, 39)),
    ((0, -275), (1, -275), (6, -275), (7, -275), (12, 22), (15, -275), (42, 52)),
    ((0, -276), (1, -276), (6, -276), (7, -276), (8, 20), (12, 22), (15, -276), (18, 443), (39, 87), (42, 39)),
    ((0, -279), (1, -279), (6, -279), (7, -279), (12, 22), (15, -279), (42, 52)),
    ((0, -283), (1, -283), (6, -283), (7, -283), (12, 22), (15, -283), (42, 52)),
    ((0, -284), (1, -284), (6, -284), (7, -284), (8, 20), (12, 22), (15, -284), (18, 444), (39, 87), (42, 39)),
    ((0, -287), (1, -287), (6, -287), (7, -287), (12, 22), (15, -287), (42, 52)),
    ((0, -291), (1, -291), (6, -291), (7, -291), (12, 22), (15, -291), (42, 52)),
    ((0, -299), (1, -299), (6, -299), (7, -299), (12, 22), (15, -299), (42, 52)),
    ((0, -300), (1, -300), (6, -300), (7, -300), (8, 20), (12, 22), (15, -300), (18, 445), (39, 87), (42, 39)),
    ((0, -303), (1, -303), (6, -303), (7, -303), (12, 22), (15, -303), (42, 52)),
    ((0, -307), (1, -307), (6, -307), (7, -307), (12, 22), (15, -307), (42, 52)),
    ((0, -315), (1, -315), (6, -315), (7, -315), (12, 22), (15, -315), (42, 52)),
    ((0, -549), (1, 184), (32, 317)),
    ((0, -68), (1, -68), (2, 17), (4, 18), (5, 19), (8, 20), (9, 21), (12, 22), (14, 23), (16, 24), (18, 25), (19, 26), (20, 27), (21, 28), (22, 29), (23, 30), (24, 31), (25, 32), (33, 33), (34, 446), (36, 35), (37, 36), (39, 37), (41, 38), (42, 39), (45, 40), (48, 41)),
    ((0, -31), (1, -31)),
    ((0, -552), (1, 184), (30, 447), (32, 186)),
    ((0, -555), (1, 184), (32, 317)),
    ((0, -39), (1, -39), (2, -39), (5, 19), (6, -39), (7, -39), (8, -39), (12, -39), (14, 23), (15, -39), (16, 24), (22, 448), (23, 449), (37, 73), (45, 40), (48, 41)),
    ((0, -43), (1, -43), (2, -43), (6, -43), (7, -43), (8, -43), (12, -43), (14, 23), (15, -43), (16, 24), (23, 450), (45, 40), (48, 78)),
    ((0, -45), (1, -45), (2, -45), (6, -45), (7, -45), (8, -45), (12, -45), (14, 23), (15, -45), (45, 82)),
    ((0, -47), (1, -47), (2, -47), (6, -47), (7, -47), (8, -47), (12, -47), (14, 23), (15, -47), (16, 24), (23, 451), (45, 40), (48, 78)),
    ((0, -49), (1, -49), (2, -49), (6, -49), (7, -49), (8, -49), (12, -49), (14, 23), (15, -49), (45, 82)),
    ((0, -51), (1, -51), (2, -51), (6, -51), (7, -51), (8, -51), (12, -51), (14, 23), (15, -51), (45, 82)),
    ((0, -55), (1, -55), (2, -55), (6, -55), (7, -55), (8, -55), (12, -55), (14, 23), (15, -55), (16, 24), (23, 452), (45, 40), (48, 78)),
    ((0, -57), (1, -57), (2, -57), (6, -57), (7, -57), (8, -57), (12, -57), (14, 23), (15, -57), (45, 82)),
    ((0, -59), (1, -59), (2, -59), (6, -59), (7, -59), (8, -59), (12, -59), (14, 23), (15, -59), (45, 82)),
    ((0, -63), (1, -63), (2, -63), (6, -63), (7, -63), (8, -63), (12, -63), (14, 23), (15, -63), (45, 82)),
    ((0, -334), (1, -334), (2, 17), (5, 19), (6, -334), (7, -334), (8, -334), (12, -334), (14, 23), (15, -334), (16, 24), (22, 453), (23, 454), (24, 455), (33, 33), (37, 73), (45, 40), (48, 41)),
    ((0, -342), (1, -342), (2, 17), (6, -342), (7, -342), (8, -342), (12, -342), (14, 23), (15, -342), (16, 24), (23, 456), (24, 457), (33, 33), (45, 40), (48, 78)),
    ((0, -346), (1, -346), (2, 17), (6, -346), (7, -346), (8, -346), (12, -346), (14, 23), (15, -346), (24, 458), (33, 33), (45, 82)),
    ((0, -348), (1, -348), (2, 17), (6, -348), (7, -348), (8, -348), (12, -348), (15, -348), (33, 85)),
    ((0, -350), (1, -350), (2, 17), (6, -350), (7, -350), (8, -350), (12, -350), (14, 23), (15, -350), (16, 24), (23, 459), (24, 460), (33, 33), (45, 40), (48, 78)),
    ((0, -354), (1, -354), (2, 17), (6, -354), (7, -354), (8, -354), (12, -354), (14, 23), (15, -354), (24, 461), (33, 33), (45, 82)),
    ((0, -356), (1, -356), (2, 17), (6, -356), (7, -356), (8, -356), (12, -356), (15, -356), (33, 85)),
    ((0, -358), (1, -358), (2, 17), (6, -358), (7, -358), (8, -358), (12, -358), (14, 23), (15, -358), (24, 462), (33, 33), (45, 82)),
    ((0, -360), (1, -360), (2, 17), (6, -360), (7, -360), (8, -360), (12, -360), (15, -360), (33, 85)),
    ((0, -362), (1, -362), (2, 17), (6, -362), (7, -362), (8, -362), (12, -362), (15, -362), (33, 85)),
    ((0, -366), (1, -366), (2, 17), (6, -366), (7, -366), (8, -366), (12, -366), (14, 23), (15, -366), (16, 24), (23, 463), (24, 464), (33, 33), (45, 40), (48, 78)),
    ((0, -370), (1, -370), (2, 17), (6, -370), (7, -370), (8, -370), (12, -370), (14, 23), (15, -370), (24, 465), (33, 33), (45, 82)),
    ((0, -372), (1, -372), (2, 17), (6, -372), (7, -372), (8, -372), (12, -372), (15, -372), (33, 85)),
    ((0, -374), (1, -374), (2, 17), (6, -374), (7, -374), (8, -374), (12, -374), (14, 23), (15, -374), (24, 466), (33, 33), (45, 82)),
    ((0, -376), (1, -376), (2, 17), (6, -376), (7, -376), (8, -376), (12, -376), (15, -376), (33, 85)),
    ((0, -378), (1, -378), (2, 17), (6, -378), (7, -378), (8, -378), (12, -378), (15, -378), (33, 85)),
    ((0, -382), (1, -382), (2, 17), (6, -382), (7, -382), (8, -382), (12, -382), (14, 23), (15, -382), (24, 467), (33, 33), (45, 82)),
    ((0, -384), (1, -384), (2, 17), (6, -384), (7, -384), (8, -384), (12, -384), (15, -384), (33, 85)),
    ((0, -386), (1, -386), (2, 17), (6, -386), (7, -386), (8, -386), (12, -386), (15, -386), (33, 85)),
    ((0, -390), (1, -390), (2, 17), (6, -390), (7, -390), (8, -390), (12, -390), (15, -390), (33, 85)),
    ((0, -402), (1, -402), (2, 17), (5, 19), (6, -402), (7, -402), (8, 20), (12, -402), (14, 23), (15, -402), (16, 24), (22, 468), (23, 469), (24, 470), (25, 471), (33, 33), (37, 73), (39, 37), (45, 40), (48, 41)),
    ((0, -418), (1, -418), (2, 17), (6, -418), (7, -418), (8, 20), (12, -418), (14, 23), (15, -418), (16, 24), (23, 472), (24, 473), (25, 474), (33, 33), (39, 37), (45, 40), (48, 78)),
    ((0, -426), (1, -426), (2, 17), (6, -426), (7, -426), (8, 20), (12, -426), (14, 23), (15, -426), (24, 475), (25, 476), (33, 33), (39, 37), (45, 82)),
    ((0, -430), (1, -430), (2, 17), (6, -430), (7, -430), (8, 20), (12, -430), (15, -430), (25, 477), (33, 85), (39, 37)),
    ((0, -432), (1, -432), (6, -432), (7, -432), (8, 20), (12, -432), (15, -432), (39, 87)),
    ((0, -434), (1, -434), (2, 17), (6, -434), (7, -434), (8, 20), (12, -434), (14, 23), (15, -434), (16, 24), (23, 478), (24, 479), (25, 480), (33, 33), (39, 37), (45, 40), (48, 78)),
    ((0, -442), (1, -442), (2, 17), (6, -442), (7, -442), (8, 20), (12, -442), (14, 23), (15, -442), (24, 481), (25, 482), (33, 33), (39, 37), (45, 82)),
    ((0, -446), (1, -446), (2, 17), (6, -446), (7, -446), (8, 20), (12, -446), (15, -446), (25, 483), (33, 85), (39, 37)),
    ((0, -448), (1, -448), (6, -448), (7, -448), (8, 20), (12, -448), (15, -448), (39, 87)),
    ((0, -450), (1, -450), (2, 17), (6, -450), (7, -450), (8, 20), (12, -450), (14, 23), (15, -450), (24, 484), (25, 485), (33, 33), (39, 37), (45, 82)),
    ((0, -454), (1, -454), (2, 17), (6, -454), (7, -454), (8, 20), (12, -454), (15, -454), (25, 486), (33, 85), (39, 37)),
    ((0, -456), (1, -456), (6, -456), (7, -456), (8, 20), (12, -456), (15, -456), (39, 87)),
    ((0, -458), (1, -458), (2, 17), (6, -458), (7, -458), (8, 20), (12, -458), (15, -458), (25, 487), (33, 85), (39, 37)),
    ((0, -460), (1, -460), (6, -460), (7, -460), (8, 20), (12, -460), (15, -460), (39, 87)),
    ((0, -462), (1, -462), (6, -462), (7, -462), (8, 20), (12, -462), (15, -462), (39, 87)),
    ((0, -466), (1, -466), (2, 17), (6, -466), (7, -466), (8, 20), (12, -466), (14, 23), (15, -466), (16, 24), (23, 488), (24, 489), (25, 490), (33, 33), (39, 37), (45, 40), (48, 78)),
    ((0, -474), (1, -474), (2, 17), (6, -474), (7, -474), (8, 20), (12, -474), (14, 23), (15, -474), (24, 491), (25, 492), (33, 33), (39, 37), (45, 82)),
    ((0, -478), (1, -478), (2, 17), (6, -478), (7, -478), (8, 20), (12, -478), (15, -478), (25, 493), (33, 85), (39, 37)),
    ((0, -480), (1, -480), (6, -480), (7, -480), (8, 20), (12, -480), (15, -480), (39, 87)),
    ((0, -482), (1, -482), (2, 17), (6, -482), (7, -482), (8, 20), (12, -482), (14, 23), (15, -482), (24, 494), (25, 495), (33, 33), (39, 37), (45, 82)),
    ((0, -486), (1, -486), (2, 17), (6, -486), (7, -486), (8, 20), (12, -486), (15, -486), (25, 496), (33, 85), (39, 37)),
    ((0, -488), (1, -488), (6, -488), (7, -488), (8, 20), (12, -488), (15, -488), (39, 87)),
    ((0, -490), (1, -490), (2, 17), (6, -490), (7, -490), (8, 20), (12, -490), (15, -490), (25, 497), (33, 85), (39, 37)),
    ((0, -492), (1, -492), (6, -492), (7, -492), (8, 20), (12, -492), (15, -492), (39, 87)),
    ((0, -494), (1, -494), (6, -494), (7, -494), (8, 20), (12, -494), (15, -494), (39, 87)),
    ((0, -498), (1, -498), (2, 17), (6, -498), (7, -498), (8, 20), (12, -498), (14, 23), (15, -498), (24, 498), (25, 499), (33, 33), (39, 37), (45, 82)),
    ((0, -502), (1, -502), (2, 17), (6, -502), (7, -502), (8, 20), (12, -502), (15, -502), (25, 500), (33, 85), (39, 37)),
    ((0, -504), (1, -504), (6, -504), (7, -504), (8, 20), (12, -504), (15, -504), (39, 87)),
    ((0, -506), (1, -506), (2, 17), (6, -506), (7, -506), (8, 20), (12, -506), (15, -506), (25, 501), (33, 85), (39, 37)),
    ((0, -508), (1, -508), (6, -508), (7, -508), (8, 20), (12, -508), (15, -508), (39, 87)),
    ((0, -510), (1, -510), (6, -510), (7, -510), (8, 20), (12, -510), (15, -510), (39, 87)),
    ((0, -514), (1, -514), (2, 17), (6, -514), (7, -514), (8, 20), (12, -514), (15, -514), (25, 502), (33, 85), (39, 37)),
    ((0, -516), (1, -516), (6, -516), (7, -516), (8, 20), (12, -516), (15, -516), (39, 87)),
    ((0, -518), (1, -518), (6, -518), (7, -518), (8, 20), (12, -518), (15, -518), (39, 87)),
    ((0, -522), (1, -522), (6, -522), (7, -522), (8, 20), (12, -522), (15, -522), (39, 87)),
    ((0, -533), (1, -533), (2, -533), (5, 19), (6, -533), (7, -533), (8, -533), (12, -533), (14, -533), (15, -533), (16, 24), (22, 503), (37, 73), (48, 41)),
    ((0, -535), (1, -535), (2, -535), (6, -535), (7, -535), (8, -535), (12, -535), (14, -535), (15, -535), (16, 24), (48, 78)),
    ((0, -537), (1, -537), (2, -537), (6, -537), (7, -537), (8, -537), (12, -537), (14, -537), (15, -537), (16, 24), (48, 78)),
    ((0, -541), (1, -541), (2, -541), (6, -541), (7, -541), (8, -541), (12, -541), (14, -541), (15, -541), (16, 24), (48, 78)),
    ((0, -559), (1, -559), (2, -559), (5, 19), (6, -559), (7, -559), (8, -559), (12, -559), (14, -559), (15, -559), (16, -559), (37, 73)),
    ((0, -77), (1, -77), (6, -77), (7, -77), (12, 22), (15, -77), (42, 52)),
    ((0, -78), (1, -78), (2, 17), (6, -78), (7, -78), (8, 20), (12, 22), (14, 23), (15, -78), (18, 504), (24, 505), (25, 506), (33, 33), (39, 37), (42, 39), (45, 82)),
    ((0, -86), (1, -86), (2, 17), (6, -86), (7, -86), (8, 20), (12, 22), (15, -86), (18, 507), (25, 508), (33, 85), (39, 37), (42, 39)),
    ((0, -90), (1, -90), (6, -90), (7, -90), (8, 20), (12, 22), (15, -90), (18, 509), (39, 87), (42, 39)),
    ((0, -93), (1, -93), (6, -93), (7, -93), (12, 22), (15, -93), (42, 52)),
    ((0, -94), (1, -94), (2, 17), (6, -94), (7, -94), (8, 20), (12, 22), (15, -94), (18, 510), (25, 511), (33, 85), (39, 37), (42, 39)),
    ((0, -98), (1, -98), (6, -98), (7, -98), (8, 20), (12, 22), (15, -98), (18, 512), (39, 87), (42, 39)),
    ((0, -101), (1, -101), (6, -101), (7, -101), (12, 22), (15, -101), (42, 52)),
    ((0, -102), (1, -102), (6, -102), (7, -102), (8, 20), (12, 22), (15, -102), (18, 513), (39, 87), (42, 39)),
    ((0, -105), (1, -105), (6, -105), (7, -105), (12, 22), (15, -105), (42, 52)),
    ((0, -109), (1, -109), (6, -109), (7, -109), (12, 22), (15, -109), (42, 52)),
    ((0, -110), (1, -110), (2, 17), (6, -110), (7, -110), (8, 20), (12, 22), (15, -110), (18, 514), (25, 515), (33, 85), (39, 37), (42, 39)),
    ((0, -114), (1, -114), (6, -114), (7, -114), (8, 20), (12, 22), (15, -114), (18, 516), (39, 87), (42, 39)),
    ((0, -117), (1, -117), (6, -117), (7, -117), (12, 22), (15, -117), (42, 52)),
    ((0, -118), (1, -118), (6, -118), (7, -118), (8, 20), (12, 22), (15, -118), (18, 517), (39, 87), (42, 39)),
    ((0, -121), (1, -121), (6, -121), (7, -121), (12, 22), (15, -121), (42, 52)),
    ((0, -125), (1, -125), (6, -125), (7, -125), (12, 22), (15, -125), (42, 52)),
    ((0, -126), (1, -126), (6, -126), (7, -126), (8, 20), (12, 22), (15, -126), (18, 518), (39, 87), (42, 39)),
    ((0, -129), (1, -129), (6, -129), (7, -129), (12, 22), (15, -129), (42, 52)),
    ((0, -133), (1, -133), (6, -133), (7, -133), (12, 22), (15, -133), (42, 52)),
    ((0, -141), (1, -141), (6, -141), (7, -141), (12, 22), (15, -141), (42, 52)),
    ((0, -142), (1, -142), (2, 17), (6, -142), (7, -142), (8, 20), (12, 22), (15, -142), (18, 519), (25, 520), (33, 85), (39, 37), (42, 39)),
    ((0, -146), (1, -146), (6, -146), (7, -146), (8, 20), (12, 22), (15, -146), (18, 521), (39, 87), (42, 39)),
    ((0, -149), (1, -149), (6, -149), (7, -149), (12, 22), (15, -149), (42, 52)),
    ((0, -150), (1, -150), (6, -150), (7, -150), (8, 20), (12, 22), (15, -150), (18, 522), (39, 87), (42, 39)),
    ((0, -153), (1, -153), (6, -153), (7, -153), (12, 22), (15, -153), (42, 52)),
    ((0, -157), (1, -157), (6, -157), (7, -157), (12, 22), (15, -157), (42, 52)),
    ((0, -158), (1, -158), (6, -158), (7, -158), (8, 20), (12, 22), (15, -158), (18, 523), (39, 87), (42, 39)),
    ((0, -161), (1, -161), (6, -161), (7, -161), (12, 22), (15, -161), (42, 52)),
    ((0, -165), (1, -165), (6, -165), (7, -165), (12, 22), (15, -165), (42, 52)),
    ((0, -173), (1, -173), (6, -173), (7, -173), (12, 22), (15, -173), (42, 52)),
    ((0, -174), (1, -174), (6, -174), (7, -174), (8, 20), (12, 22), (15, -174), (18, 524), (39, 87), (42, 39)),
    ((0, -177), (1, -177), (6, -177), (7, -177), (12, 22), (15, -177), (42, 52)),
    ((0, -181), (1, -181), (6, -181), (7, -181), (12, 22), (15, -181), (42, 52)),
    ((0, -189), (1, -189), (6, -189), (7, -189), (12, 22), (15, -189), (42, 52)),
    ((0, -205), (1, -205), (6, -205), (7, -205), (12, 22), (15, -205), (42, 52)),
    ((0, -206), (1, -206), (2, 17), (6, -206), (7, -206), (8, 20), (12, 22), (15, -206), (18, 525), (25, 526), (33, 85), (39, 37), (42, 39)),
    ((0, -210), (1, -210), (6, -210), (7, -210), (8, 20), (12, 22), (15, -210), (18, 527), (39, 87), (42, 39)),
    ((0, -213), (1, -213), (6, -213), (7, -213), (12, 22), (15, -213), (42, 52)),
    ((0, -214), (1, -214), (6, -214), (7, -214), (8, 20), (12, 22), (15, -214), (18, 528), (39, 87), (42, 39)),
    ((0, -217), (1, -217), (6, -217), (7, -217), (12, 22), (15, -217), (42, 52)),
    ((0, -221), (1, -221), (6, -221), (7, -221), (12, 22), (15, -221), (42, 52)),
    ((0, -222), (1, -222), (6, -222), (7, -222), (8, 20), (12, 22), (15, -222), (18, 529), (39, 87), (42, 39)),
    ((0, -225), (1, -225), (6, -225), (7, -225), (12, 22), (15, -225), (42, 52)),
    ((0, -229), (1, -229), (6, -229), (7, -229), (12, 22), (15, -229), (42, 52)),
    ((0, -237), (1, -237), (6, -237), (7, -237), (12, 22), (15, -237), (42, 52)),
    ((0, -238), (1, -238), (6, -238), (7, -238), (8, 20), (12, 22), (15, -238), (18, 530), (39, 87), (42, 39)),
    ((0, -241), (1, -241), (6, -241), (7, -241), (12, 22), (15, -241), (42, 52)),
    ((0, -245), (1, -245), (6, -245), (7, -245), (12, 22), (15, -245), (42, 52)),
    ((0, -253), (1, -253), (6, -253), (7, -253), (12, 22), (15, -253), (42, 52)),
    ((0, -269), (1, -269), (6, -269), (7, -269), (12, 22), (15, -269), (42, 52)),
    ((0, -270), (1, -270), (6, -270), (7, -270), (8, 20), (12, 22), (15, -270), (18, 531), (39, 87), (42, 39)),
    ((0, -273), (1, -273), (6, -273), (7, -273), (12, 22), (15, -273), (42, 52)),
    ((0, -277), (1, -277), (6, -277), (7, -277), (12, 22), (15, -277), (42, 52)),
    ((0, -285), (1, -285), (6, -285), (7, -285), (12, 22), (15, -285), (42, 52)),
    ((0, -301), (1, -301), (6, -301), (7, -301), (12, 22), (15, -301), (42, 52)),
    ((0, -35), (1, -35)),
    ((0, -553), (1, 184), (32, 317)),
    ((0, -40), (1, -40), (2, -40), (6, -40), (7, -40), (8, -40), (12, -40), (14, 23), (15, -40), (16, 24), (23, 532), (45, 40), (48, 78)),
    ((0, -42), (1, -42), (2, -42), (6, -42), (7, -42), (8, -42), (12, -42), (14, 23), (15, -42), (45, 82)),
    ((0, -44), (1, -44), (2, -44), (6, -44), (7, -44), (8, -44), (12, -44), (14, 23), (15, -44), (45, 82)),
    ((0, -48), (1, -48), (2, -48), (6, -48), (7, -48), (8, -48), (12, -48), (14, 23), (15, -48), (45, 82)),
    ((0, -56), (1, -56), (2, -56), (6, -56), (7, -56), (8, -56), (12, -56), (14, 23), (15, -56), (45, 82)),
    ((0, -335), (1, -335), (2, 17), (6, -335), (7, -335), (8, -335), (12, -335), (14, 23), (15, -335), (16, 24), (23, 533), (24, 534), (33, 33), (45, 40), (48, 78)),
    ((0, -339), (1, -339), (2, 17), (6, -339), (7, -339), (8, -339), (12, -339), (14, 23), (15, -339), (24, 535), (33, 33), (45, 82)),
    ((0, -341), (1, -341), (2, 17), (6, -341), (7, -341), (8, -341), (12, -341), (15, -341), (33, 85)),
    ((0, -343), (1, -343), (2, 17), (6, -343), (7, -343), (8, -343), (12, -343), (14, 23), (15, -343), (24, 536), (33, 33), (45, 82)),
    ((0, -345), (1, -345), (2, 17), (6, -345), (7, -345), (8, -345), (12, -345), (15, -345), (33, 85)),
    ((0, -347), (1, -347), (2, 17), (6, -347), (7, -347), (8, -347), (12, -347), (15, -347), (33, 85)),
    ((0, -351), (1, -351), (2, 17), (6, -351), (7, -351), (8, -351), (12, -351), (14, 23), (15, -351), (24, 537), (33, 33), (45, 82)),
    ((0, -353), (1, -353), (2, 17), (6, -353), (7, -353), (8, -353), (12, -353), (15, -353), (33, 85)),
    ((0, -355), (1, -355), (2, 17), (6, -355), (7, -355), (8, -355), (12, -355), (15, -355), (33, 85)),
    ((0, -359), (1, -359), (2, 17), (6, -359), (7, -359), (8, -359), (12, -359), (15, -359), (33, 85)),
    ((0, -367), (1, -367), (2, 17), (6, -367), (7, -367), (8, -367), (12, -367), (14, 23), (15, -367), (24, 538), (33, 33), (45, 82)),
    ((0, -369), (1, -369), (2, 17), (6, -369), (7, -369), (8, -369), (12, -369), (15, -369), (33, 85)),
    ((0, -371), (1, -371), (2, 17), (6, -371), (7, -371), (8, -371), (12, -371), (15, -371), (33, 85)),
    ((0, -375), (1, -375), (2, 17), (6, -375), (7, -375), (8, -375), (12, -375), (15, -375), (33, 85)),
    ((0, -383), (1, -383), (2, 17), (6, -383), (7, -383), (8, -383), (12, -383), (15, -383), (33, 85)),
    ((0, -403), (1, -403), (2, 17), (6, -403), (7, -403), (8, 20), (12, -403), (14, 23), (15, -403), (16, 24), (23, 539), (24, 540), (25, 541), (33, 33), (39, 37), (45, 40), (48, 78)),
    ((0, -411), (1, -411), (2, 17), (6, -411), (7, -411), (8, 20), (12, -411), (14, 23), (15, -411), (24, 542), (25, 543), (33, 33), (39, 37), (45, 82)),
    ((0, -415), (1, -415), (2, 17), (6, -415), (7, -415), (8, 20), (12, -415), (15, -415), (25, 544), (33, 85), (39, 37)),
    ((0, -417), (1, -417), (6, -417), (7, -417), (8, 20), (12, -417), (15, -417), (39, 87)),
    ((0, -419), (1, -419), (2, 17), (6, -419), (7, -419), (8, 20), (12, -419), (14, 23), (15, -419), (24, 545), (25, 546), (33, 33), (39, 37), (45, 82)),
    ((0, -423), (1, -423), (2, 17), (6, -423), (7, -423), (8, 20), (12, -423), (15, -423), (25, 547), (33, 85), (39, 37)),
    ((0, -425), (1, -425), (6, -425), (7, -425), (8, 20), (12, -425), (15, -425), (39, 87)),
    ((0, -427), (1, -427), (2, 17), (6, -427), (7, -427), (8, 20), (12, -427), (15, -427), (25, 548), (33, 85), (39, 37)),
    ((0, -429), (1, -429), (6, -429), (7, -429), (8, 20), (12, -429), (15, -429), (39, 87)),
    ((0, -431), (1, -431), (6, -431), (7, -431), (8, 20), (12, -431), (15, -431), (39, 87)),
    ((0, -435), (1, -435), (2, 17), (6, -435), (7, -435), (8, 20), (12, -435), (14, 23), (15, -435), (24, 549), (25, 550), (33, 33), (39, 37), (45, 82)),
    ((0, -439), (1, -439), (2, 17), (6, -439), (7, -439), (8, 20), (12, -439), (15, -439), (25, 551), (33, 85), (39, 37)),
    ((0, -441), (1, -441), (6, -441), (7, -441), (8, 20), (12, -441), (15, -441), (39, 87)),
    ((0, -443), (1, -443), (2, 17), (6, -443), (7, -443), (8, 20), (12, -443), (15, -443), (25, 552), (33, 85), (39, 37)),
    ((0, -445), (1, -445), (6, -445), (7, -445), (8, 20), (12, -445), (15, -445), (39, 87)),
    ((0, -447), (1, -447), (6, -447), (7, -447), (8, 20), (12, -447), (15, -447), (39, 87)),
    ((0, -451), (1, -451), (2, 17), (6, -451), (7, -451), (8, 20), (12, -451), (15, -451), (25, 553), (33, 85), (39, 37)),
    ((0, -453), (1, -453), (6, -453), (7, -453), (8, 20), (12, -453), (15, -453), (39, 87)),
    ((0, -455), (1, -455), (6, -455), (7, -455), (8, 20), (12, -455), (15, -455), (39, 87)),
    ((0, -459), (1, -459), (6, -459), (7, -459), (8, 20), (12, -459), (15, -459), (39, 87)),
    ((0, -467), (1, -467), (2, 17), (6, -467), (7, -467), (8, 20), (12, -467), (14, 23), (15, -467), (24, 554), (25, 555), (33, 33), (39, 37), (45, 82)),
    ((0, -471), (1, -471), (2, 17), (6, -471), (7, -471), (8, 20), (12, -471), (15, -471), (25, 556), (33, 85), (39, 37)),
    ((0, -473), (1, -473), (6, -473), (7, -473), (8, 20), (12, -473), (15, -473), (39, 87)),
    ((0, -475), (1, -475), (2, 17), (6, -475), (7, -475), (8, 20), (12, -475), (15, -475), (25, 557), (33, 85), (39, 37)),
    ((0, -477), (1, -477), (6, -477), (7, -477), (8, 20), (12, -477), (15, -477), (39, 87)),
    ((0, -479), (1, -479), (6, -479), (7, -479), (8, 20), (12, -479), (15, -479), (39, 87)),
    ((0, -483), (1, -483), (2, 17), (6, -483), (7, -483), (8, 20), (12, -483), (15, -483), (25, 558), (33, 85), (39, 37)),
    ((0, -485), (1, -485), (6, -485), (7, -485), (8, 20), (12, -485), (15, -485), (39, 87)),
    ((0, -487), (1, -487), (6, -487), (7, -487), (8, 20), (12, -487), (15, -487), (39, 87)),
    ((0, -491), (1, -491), (6, -491), (7, -491), (8, 20), (12, -491), (15, -491), (39, 87)),
    ((0, -499), (1, -499), (2, 17), (6, -499), (7, -499), (8, 20), (12, -499), (15, -499), (25, 559), (33, 85), (39, 37)),
    ((0, -501), (1, -501), (6, -501), (7, -501), (8, 20), (12, -501), (15, -501), (39, 87)),
    ((0, -503), (1, -503), (6, -503), (7, -503), (8, 20), (12, -503), (15, -503), (39, 87)),
    ((0, -507), (1, -507), (6, -507), (7, -507), (8, 20), (12, -507), (15, -507), (39, 87)),
    ((0, -515), (1, -515), (6, -515), (7, -515), (8, 20), (12, -515), (15, -515), (39, 87)),
    ((0, -534), (1, -534), (2, -534), (6, -534), (7, -534), (8, -534), (12, -534), (14, -534), (15, -534), (16, 24), (48, 78)),
    ((0, -79), (1, -79), (6, -79), (7, -79), (12, 22), (15, -79), (42, 52)),
    ((0, -80), (1, -80), (2, 17), (6, -80), (7, -80), (8, 20), (12, 22), (15, -80), (18, 560), (25, 561), (33, 85), (39, 37), (42, 39)),
    ((0, -84), (1, -84), (6, -84), (7, -84), (8, 20), (12, 22), (15, -84), (18, 562), (39, 87), (42, 39)),
    ((0, -87), (1, -87), (6, -87), (7, -87), (12, 22), (15, -87), (42, 52)),
    ((0, -88), (1, -88), (6, -88), (7, -88), (8, 20), (12, 22), (15, -88), (18, 563), (39, 87), (42, 39)),
    ((0, -91), (1, -91), (6, -91), (7, -91), (12, 22), (15, -91), (42, 52)),
    ((0, -95), (1, -95), (6, -95), (7, -95), (12, 22), (15, -95), (42, 52)),
    ((0, -96), (1, -96), (6, -96), (7, -96), (8, 20), (12, 22), (15, -96), (18, 564), (39, 87), (42, 39)),
    ((0, -99), (1, -99), (6, -99), (7, -99), (12, 22), (15, -99), (42, 52)),
    ((0, -103), (1, -103), (6, -103), (7, -103), (12, 22), (15, -103), (42, 52)),
    ((0, -111), (1, -111), (6, -111), (7, -111), (12, 22), (15, -111), (42, 52)),
    ((0, -112), (1, -112), (6, -112), (7, -112), (8, 20), (12, 22), (15, -112), (18, 565), (39, 87), (42, 39)),
    ((0, -115), (1, -115), (6, -115), (7, -115), (12, 22), (15, -115), (42, 52)),
    ((0, -119), (1, -119), (6, -119), (7, -119), (12, 22), (15, -119), (42, 52)),
    ((0, -127), (1, -127), (6, -127), (7, -127), (12, 22), (15, -127), (42, 52)),
    ((0, -143), (1, -143), (6, -143), (7, -143), (12, 22), (15, -143), (42, 52)),
    ((0, -144), (1, -144), (6, -144), (7, -144), (8, 20), (12, 22), (15, -144), (18, 566), (39, 87), (42, 39)),
    ((0, -147), (1, -147), (6, -147), (7, -147), (12, 22), (15, -147), (42, 52)),
    ((0, -151), (1, -151), (6, -151), (7, -151), (12, 22), (15, -151), (42, 52)),
    ((0, -159), (1, -159), (6, -159), (7, -159), (12, 22), (15, -159), (42, 52)),
    ((0, -175), (1, -175), (6, -175), (7, -175), (12, 22), (15, -175), (42, 52)),
    ((0, -207), (1, -207), (6, -207), (7, -207), (12, 22), (15, -207), (42, 52)),
    ((0, -208), (1, -208), (6, -208), (7, -208), (8, 20), (12, 22), (15, -208), (18, 567), (39, 87), (42, 39)),
    ((0, -211), (1, -211), (6, -211), (7, -211), (12, 22), (15, -211), (42, 52)),
    ((0, -215), (1, -215), (6, -215), (7, -215), (12, 22), (15, -215), (42, 52)),
    ((0, -223), (1, -223), (6, -223), (7, -223), (12, 22), (15, -223), (42, 52)),
    ((0, -239), (1, -239), (6, -239), (7, -239), (12, 22), (15, -239), (42, 52)),
    ((0, -271), (1, -271), (6, -271), (7, -271), (12, 22), (15, -271), (42, 52)),
    ((0, -41), (1, -41), (2, -41), (6, -41), (7, -41), (8, -41), (12, -41), (14, 23), (15, -41), (45, 82)),
    ((0, -336), (1, -336), (2, 17), (6, -336), (7, -336), (8, -336), (12, -336), (14, 23), (15, -336), (24, 568), (33, 33), (45, 82)),
    ((0, -338), (1, -338), (2, 17), (6, -338), (7, -338), (8, -338), (12, -338), (15, -338), (33, 85)),
    ((0, -340), (1, -340), (2, 17), (6, -340), (7, -340), (8, -340), (12, -340), (15, -340), (33, 85)),
    ((0, -344), (1, -344), (2, 17), (6, -344), (7, -344), (8, -344), (12, -344), (15, -344), (33, 85)),
    ((0, -352), (1, -352), (2, 17), (6, -352), (7, -352), (8, -352), (12, -352), (15, -352), (33, 85)),
    ((0, -368), (1, -368), (2, 17), (6, -368), (7, -368), (8, -368), (12, -368), (15, -368), (33, 85)),
    ((0, -404), (1, -404), (2, 17), (6, -404), (7, -404), (8, 20), (12, -404), (14, 23), (15, -404), (24, 569), (25, 570), (33, 33), (39, 37), (45, 82)),
    ((0, -408), (1, -408), (2, 17), (6, -408), (7, -408), (8, 20), (12, -408), (15, -408), (25, 571), (33, 85), (39, 37)),
    ((0, -410), (1, -410), (6, -410), (7, -410), (8, 20), (12, -410), (15, -410), (39, 87)),
    ((0, -412), (1, -412), (2, 17), (6, -412), (7, -412), (8, 20), (12, -412), (15, -412), (25, 572), (33, 85), (39, 37)),
    ((0, -414), (1, -414), (6, -414), (7, -414), (8, 20), (12, -414), (15, -414), (39, 87)),
    ((0, -416), (1, -416), (6, -416), (7, -416), (8, 20), (12, -416), (15, -416), (39, 87)),
    ((0, -420), (1, -420), (2, 17), (6, -420), (7, -420), (8, 20), (12, -420), (15, -420), (25, 573), (33, 85), (39, 37)),
    ((0, -422), (1, -422), (6, -422), (7, -422), (8, 20), (12, -422), (15, -422), (39, 87)),
    ((0, -424), (1, -424), (6, -424), (7, -424), (8, 20), (12, -424), (15, -424), (39, 87)),
    ((0, -428), (1, -428), (6, -428), (7, -428), (8, 20), (12, -428), (15, -428), (39, 87)),
    ((0, -436), (1, -436), (2, 17), (6, -436), (7, -436), (8, 20), (12, -436), (15, -436), (25, 574), (33, 85), (39, 37)),
    ((0, -438), (1, -438), (6, -438), (7, -438), (8, 20), (12, -438), (15, -438), (39, 87)),
    ((0, -440), (1, -440), (6, -440), (7, -440), (8, 20), (12, -440), (15, -440), (39, 87)),
    ((0, -444), (1, -444), (6, -444), (7, -444), (8, 20), (12, -444), (15, -444), (39, 87)),
    ((0, -452), (1, -452), (6, -452), (7, -452), (8, 20), (12, -452), (15, -452), (39, 87)),
    ((0, -468), (1, -468), (2, 17), (6, -468), (7, -468), (8, 20), (12, -468), (15, -468), (25, 575), (33, 85), (39, 37)),
    ((0, -470), (1, -470), (6, -470), (7, -470), (8, 20), (12, -470), (15, -470), (39, 87)),
    ((0, -472), (1, -472), (6, -472), (7, -472), (8, 20), (12, -472), (15, -472), (39, 87)),
    ((0, -476), (1, -476), (6, -476), (7, -476), (8, 20), (12, -476), (15, -476), (39, 87)),
    ((0, -484), (1, -484), (6, -484), (7, -484), (8, 20), (12, -484), (15, -484), (39, 87)),
    ((0, -500), (1, -500), (6, -500), (7, -500), (8, 20), (12, -500), (15, -500), (39, 87)),
    ((0, -81), (1, -81), (6, -81), (7, -81), (12, 22), (15, -81), (42, 52)),
    ((0, -82), (1, -82), (6, -82), (7, -82), (8, 20), (12, 22), (15, -82), (18, 576), (39, 87), (42, 39)),
    ((0, -85), (1, -85), (6, -85), (7, -85), (12, 22), (15, -85), (42, 52)),
    ((0, -89), (1, -89), (6, -89), (7, -89), (12, 22), (15, -89), (42, 52)),
    ((0, -97), (1, -97), (6, -97), (7, -97), (12, 22), (15, -97), (42, 52)),
    ((0, -113), (1, -113), (6, -113), (7, -113), (12, 22), (15, -113), (42, 52)),
    ((0, -145), (1, -145), (6, -145), (7, -145), (12, 22), (15, -145), (42, 52)),
    ((0, -209), (1, -209), (6, -209), (7, -209), (12, 22), (15, -209), (42, 52)),
    ((0, -337), (1, -337), (2, 17), (6, -337), (7, -337), (8, -337), (12, -337), (15, -337), (33, 85)),
    ((0, -405), (1, -405), (2, 17), (6, -405), (7, -405), (8, 20), (12, -405), (15, -405), (25, 577), (33, 85), (39, 37)),
    ((0, -407), (1, -407), (6, -407), (7, -407), (8, 20), (12, -407), (15, -407), (39, 87)),
    ((0, -409), (1, -409), (6, -409), (7, -409), (8, 20), (12, -409), (15, -409), (39, 87)),
    ((0, -413), (1, -413), (6, -413), (7, -413), (8, 20), (12, -413), (15, -413), (39, 87)),
    ((0, -421), (1, -421), (6, -421), (7, -421), (8, 20), (12, -421), (15, -421), (39, 87)),
    ((0, -437), (1, -437), (6, -437), (7, -437), (8, 20), (12, -437), (15, -437), (39, 87)),
    ((0, -469), (1, -469), (6, -469), (7, -469), (8, 20), (12, -469), (15, -469), (39, 87)),
    ((0, -83), (1, -83), (6, -83), (7, -83), (12, 22), (15, -83), (42, 52)),
    ((0, -406), (1, -406), (6, -406), (7, -406), (8, 20), (12, -406), (15, -406), (39, 87)),
)
START: int = 0
END: int = 7
