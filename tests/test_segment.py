from eventwire.nlp.segment import segment


def kinds(text):
    return [(b.kind, text[b.start : b.end]) for b in segment(text)]


def test_headline_divider_trailer():
    text = (
        "Leaders meet after months of tensions\n"
        "Colombia and Peru held talks on Tuesday.\n"
        "- 'Off the rails' -\n"
        "The talks ended.\n"
        "E.Molitor--LiLuX"
    )
    assert kinds(text) == [
        ("headline", "Leaders meet after months of tensions"),
        ("body", "Colombia and Peru held talks on Tuesday."),
        ("divider", "- 'Off the rails' -"),
        ("body", "The talks ended."),
        ("trailer", "E.Molitor--LiLuX"),
    ]


def test_single_paragraph_is_body_and_sentence_first_line_is_not_headline():
    assert kinds("Russia invaded Ukraine.") == [("body", "Russia invaded Ukraine.")]
    text = "Russia invaded Ukraine on Thursday.\nThe war began."
    assert [k for k, _ in kinds(text)] == ["body", "body"]


def test_reuters_trailer_and_hyphenated_body_line_kept():
    text = (
        "Title here\nA well-known - and long - story went on.\n"
        "Reporting by Jane Doe; Editing by X"
    )
    assert [k for k, _ in kinds(text)] == ["headline", "body", "trailer"]


def test_a_title_case_first_line_is_a_headline_even_with_a_full_stop():
    for title in ("Trump's New Visa Rule Blames Migrants For Crime In Cities.",
                  "Kenya and Uganda Sign a Border Pact in Nairobi.",
                  "Ghana, Togo Agree To Reopen Border"):
        text = title + "\nKenya and Uganda signed a border pact on Monday."
        assert [k for k, _ in kinds(text)] == ["headline", "body"], title
    # a first sentence of the body keeps its verbs in lower case
    for first in ("Vladimir Putin met Xi Jinping in Beijing.",
                  "EU leaders agree on sanctions against Belarus.",
                  "Peru recalled its ambassador from Mexico on Friday."):
        text = first + "\nThe talks ended."
        assert [k for k, _ in kinds(text)] == ["body", "body"], first


def test_dateline_is_cut_off_the_first_paragraph():
    """A wire dateline opening the first paragraph is its own block, so that its place is
    not parsed as the subject of the story's first sentence; later paragraphs and
    sentences with a dash inside are left whole."""
    text = ("Quake relief reaches mountain villages\n"
            "LIMA, Peru (Reuters) - Rescuers reached three villages on Sunday.\n"
            "HUANCAYO - a town that was cut off - got water on Monday.")
    assert kinds(text) == [
        ("headline", "Quake relief reaches mountain villages"),
        ("dateline", "LIMA, Peru (Reuters) - "),
        ("body", "Rescuers reached three villages on Sunday."),
        ("body", "HUANCAYO - a town that was cut off - got water on Monday."),
    ]
    assert kinds("Tbilisi (AFP) -- Georgia recalled its envoy.") == [
        ("dateline", "Tbilisi (AFP) -- "), ("body", "Georgia recalled its envoy.")]
    assert kinds("Georgia said - in a note - it recalled its envoy.") == [
        ("body", "Georgia said - in a note - it recalled its envoy.")]
