import eventwire


def test_public_api_is_pinned():
    assert eventwire.__all__ == [
        "Actor", "Document", "Event", "EventStore", "EventwireError", "Place", "Quote", "Skip",
        "__version__", "code_document", "code_text", "open_store", "read_document", "timeline",
        "top",
    ]


def test_code_text_returns_events_with_dict(engine):
    events = eventwire.code_text("Russia invaded Ukraine.", published="2022-02-24", engine=engine)
    assert [(e.source.code, e.cameo, e.target.code) for e in events] == [("RUS", "192", "UKR")]
    d = events[0].to_dict()
    assert d["plover"] == {"event": "ASSAULT", "mode": None}  # PLOVER manual
    assert d["cameo_label"] == "Occupy territory"
    assert d["goldstein"] == -9.5
    assert d["quad_class"] == 4


def test_code_text_drops_unstorable_characters(engine):
    # A lone surrogate or NUL (from a broken decoder upstream) cannot be hashed into a
    # doc_id or stored: it is removed, and the sentence is still coded.
    text = "Peru expelled\x00 the Bolivian ambassador.\ud800"
    events = eventwire.code_text(text, published="2024-05-06", engine=engine)
    assert [(e.source.code, e.cameo[:2], e.target.code) for e in events] == [
        ("PER", "16", "BOLGOV")]
    assert "\x00" not in events[0].sentence
