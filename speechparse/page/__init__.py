"""Page-level reading: what stands around the body of a speech.

The body (numbered parts, run-in points) is read by the markers and the
grammar; everything around it is read here, one module per thing read:

* :mod:`.noise`: page furniture (navigation, metadata keys, captions, badges);
* :mod:`.packed`: a page head glued into one line, cut into its parts;
* :mod:`.salutation`: the address the speech opens with, in all its forms;
* :mod:`.head`: where the speech begins, and title, subtitle, dateline,
  byline, date, place, occasion and speaker above it;
* :mod:`.tail`: page noise after the text, appended documents, the sign-off;
* :mod:`.closing`: the closing appeal;
* :mod:`.genre`: speech, summary, article or other;
* :mod:`.vocab`: the word lists they share.
"""
