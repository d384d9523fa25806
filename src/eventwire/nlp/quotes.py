"""Direct quotes and their speakers.

Quote marks: straight ("), curly (“ ”) and guillemets (« »). A quote opened and not
closed within its sentence continues into the next sentences of the paragraph.
The speaker is the subject of a speech verb outside the quote in the same
sentence ("Trump said", "said Felipe Botero", "he added"), the object of
"according to", or, for a quote with no attribution of its own, the speaker
of the previous quote in the same paragraph. Scare quotes (one or two words
with no speech verb) are not quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SPEECH_VERBS = {
    "say", "add", "tell", "warn", "write", "declare", "insist", "state", "note", "explain",
    "argue", "claim", "announce", "stress", "tweet", "post", "remark", "reply", "respond",
    "ask", "urge", "continue", "acknowledge", "admit", "vow", "promise", "predict", "caution",
    "complain", "recall", "joke", "quip", "conclude", "observe", "suggest", "assert",
}
OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offsets of the quoted words (marks excluded), relative to the block
    end: int


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Spans between matching quote marks in one paragraph."""
    spans: list[QuoteSpan] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPEN_CLOSE:
            close = text.find(OPEN_CLOSE[ch], i + 1)
            end = close if close != -1 else n
            spans.append(QuoteSpan(i + 1, end))
            i = end + 1
            continue
        if ch == '"':
            close = text.find('"', i + 1)
            end = close if close != -1 else n
            spans.append(QuoteSpan(i + 1, end))
            i = end + 1
            continue
        i += 1
    out = []
    for s in spans:
        a, b = s.start, s.end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(QuoteSpan(a, b))
    return out


def _inside(tok, spans: list[QuoteSpan]) -> bool:
    return any(s.start <= tok.idx < s.end for s in spans)


def speaker_token(sent, spans: list[QuoteSpan]):
    """The token naming who speaks in this sentence, outside any quote, or None."""
    for tok in sent:
        if _inside(tok, spans):
            continue
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in {"VERB", "AUX"}:
            subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}
                    and not _inside(c, spans)]
            if subj:
                return subj[0]
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            objs = [c for c in tok.nbor().children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def is_scare_quote(text: str) -> bool:
    return len(re.findall(r"\w+", text)) <= 2
