"""The rules, one module each; importing this package registers them all.

The list below is the registry's order: the order findings of one line are
reported in, and the order of the README's rule table.
"""

from . import (  # noqa: F401
    g501_document_parts,
    h301_heading_end_mark,
    h302_run_in_end_mark,
    h303_parallel,
    h304_duplicate_titles,
    h305_mixed_run_in,
    h306_marker_alone,
    n201_sequence,
    n202_mark_after_number,
    n203_mark_after_bracket,
    n204_brackets,
    n205_level_order,
    n206_mixed_styles,
    n207_single_child,
    n208_depth,
    n209_ordinal_punctuation,
    n210_point_sequence,
    n211_marker_spaces,
    s101_salutation,
    s102_salutation_colon,
    s103_announced_count,
    s104_closing,
    s105_empty_heading,
    w401_two_before_measure,
    w402_dates,
)
